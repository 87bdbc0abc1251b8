package io.crmsync.health.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import io.crmsync.base.ExternalSystem;
import io.crmsync.budget.ApiBudgetService;
import io.crmsync.budget.internal.ApiCallRecorder;
import io.crmsync.connection.Connectors;
import io.crmsync.health.ErrorRow;
import io.crmsync.health.SyncHealthServiceIT.Errors;
import io.crmsync.settings.ContactMappingService;
import io.crmsync.spi.ApiCall;
import io.crmsync.spi.ErrorType;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.sync.engine.RecordSyncDriver;
import io.crmsync.sync.engine.SuspensionControl;
import io.crmsync.sync.settings.SettingsFixture;
import io.crmsync.sync.settings.StoredSyncSettings;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.MutableClock;
import io.crmsync.testsupport.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The Sync Health page: cards, the details panel, actions by role, the banner and the chart. */
@CrmsyncIntegrationTest
class HealthViewIT extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;
    @Autowired HealthNotifier notifier;
    @Autowired SuspensionControl suspensions;
    @Autowired MutableClock clock;
    @Autowired Connectors connectors;
    @Autowired ApiCallRecorder recorder;
    @Autowired ApiBudgetService budgets;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired ContactMappingService mappings;
    @Autowired StoredSyncSettings cache;

    @BeforeEach
    void someErrors() {
        Errors.clear(jdbc);
        Errors.insert(jdbc, "801", ErrorType.PICKLIST_VALUES, "INVALID_STATE", "State", "Bavaria");
        Errors.insert(jdbc, "802", ErrorType.PICKLIST_VALUES, "INVALID_STATE", "State", "Bavaria");
        Errors.insert(
                jdbc,
                "803",
                ErrorType.PICKLIST_VALUES,
                "INVALID_PICKLIST_VALUE",
                "Industry",
                "Tech");
        Errors.insert(jdbc, "804", ErrorType.DUPLICATES, "DUPLICATE_EMAIL", "", null);
    }

    @AfterEach
    void clean() {
        Errors.clear(jdbc);
        jdbc.sql("DELETE FROM api_allocation").update();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void everyErrorTypeHasACardWithItsCounts() {
        HealthView view = navigate(HealthView.class);

        assertThat(view.cards.cards).hasSize(7);
        assertThat(view.cards.cards.get(ErrorType.PICKLIST_VALUES).errors.getText())
                .isEqualTo("3 errors");
        assertThat(view.cards.cards.get(ErrorType.PICKLIST_VALUES).records.getText())
                .isEqualTo("3 impacted records");
        assertThat(view.cards.cards.get(ErrorType.CONNECTION).errors.getText())
                .isEqualTo("0 errors");
        assertThat(view.details.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void clickingACardOpensItsGroupsAndTheImpactedRecords() {
        HealthView view = navigate(HealthView.class);
        click(view.cards.cards.get(ErrorType.PICKLIST_VALUES));

        HealthDetails details = view.details;
        assertThat(details.isVisible()).isTrue();
        assertThat(details.title.getText()).isEqualTo("Picklist values");
        assertThat(test(details.groups).size()).isEqualTo(2);
        assertThat(test(details.groups).getRow(0).value()).isEqualTo("Bavaria");
        assertThat(test(details.rows).size()).isEqualTo(3);

        test(details.groups).select(0);
        assertThat(test(details.rows).size()).isEqualTo(2);
        assertThat(details.groupCaption.getText())
                .startsWith(
                        "Salesforce's state picklist does not know this state (State \"Bavaria\"):"
                                + " 2 errors on 2 records.");
        assertThat(details.resyncGroup.isEnabled()).isTrue();
        assertThat(details.translate.isEnabled()).isTrue();
        ErrorRow row = test(details.rows).getRow(0);
        assertThat(row.advice().explanation()).contains("state");

        test(details.rows).select(0);
        assertThat(details.resync.isEnabled()).isTrue();
        test(details.resync).click();
        assertThat(Errors.queued(jdbc))
                .containsExactly("HUBSPOT/contacts/" + row.record().recordId() + "/RESYNC");
        assertThat($(Notification.class).all())
                .anySatisfy(
                        n ->
                                assertThat(test(n).getText())
                                        .isEqualTo("1 record queued for a resync."));

        test(details.search).setValue("Person 802");
        assertThat(test(details.rows).size()).isEqualTo(1);
        test(details.side).selectItem("Changes from " + ExternalSystem.SALESFORCE.label());
        assertThat(test(details.groups).size()).isZero();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerSeesTheDetailsAndExportsButCannotAct() {
        HealthView view = navigate(HealthView.class);
        click(view.cards.cards.get(ErrorType.PICKLIST_VALUES));
        test(view.details.groups).select(0);
        test(view.details.rows).select(0);

        assertThat(view.details.resync.isEnabled()).isFalse();
        assertThat(view.details.resyncGroup.isEnabled()).isFalse();
        assertThat(view.details.translate.isEnabled()).isFalse();
        assertThat(view.details.remedies.translate.isVisible()).isFalse();
        assertThat(view.details.remedies.truncate.isVisible()).isFalse();
        assertThat(view.details.remedies.useDefault.isVisible()).isFalse();
        assertThat(view.details.remedies.skip.isVisible()).isFalse();
        assertThat(view.budget.saveAllocation.isEnabled()).isFalse();

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test(view.details.export).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Error type\",\"Code\",\"Field\",\"Value\",\"Record\"");
        assertThat(text.lines()).hasSize(3);
    }

    @Test
    @WithMockUser(username = TestAccounts.EDITOR, roles = "EDITOR")
    void aTooLongValueOffersTruncationWithTheFieldsLengthAndTheMappingTruncates() {
        Errors.insert(jdbc, "806", ErrorType.PROPERTY_VALUES, "STRING_TOO_LONG", "Title", "long");
        HealthView view = navigate(HealthView.class);
        click(view.cards.cards.get(ErrorType.PROPERTY_VALUES));
        test(view.details.groups).select(0);

        HealthRemedies remedies = view.details.remedies;
        assertThat(remedies.translate.isVisible()).isFalse();
        assertThat(remedies.truncate.isVisible()).isTrue();
        assertThat(remedies.useDefault.isVisible()).isTrue();
        assertThat(remedies.skip.isVisible()).isTrue();

        test(remedies.truncate).click();
        HealthTruncateDialog dialog = $(HealthTruncateDialog.class).single();
        assertThat(dialog.length.getText()).contains("at most 128 characters");
        try {
            test(dialog.apply).click();

            assertThat(mappings.mappings())
                    .filteredOn(m -> m.salesforceField().equals("Title"))
                    .singleElement()
                    .satisfies(m -> assertThat(m.truncate()).isTrue());
            assertThat(Errors.queued(jdbc)).containsExactly("HUBSPOT/contacts/806/RESYNC");
        } finally {
            SettingsFixture.restoreDefaults(jdbc, cache);
        }
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void aSuspensionShowsABannerThatAnAdminClears() {
        Errors.suspend(jdbc, "API_DISABLED");
        HealthView view = navigate(HealthView.class);

        assertThat(view.banner.isVisible()).isTrue();
        assertThat(view.banner.title.getText()).contains("API access is disabled");
        assertThat(view.banner.fix.getText()).contains("API Enabled");
        test(view.banner.clear).click();

        assertThat(view.banner.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void anOpenPageIsNotifiedWhenASuspensionStarts() {
        UI.getCurrent().navigate("integration/features");
        UI ui = UI.getCurrent();
        notifier.subscribe(ui);
        suspensions.check();

        Errors.suspend(jdbc, "OBJECT_PERMISSIONS");
        suspensions.check();
        ui.getSession().getService().runPendingAccessTasks(ui.getSession());

        assertThat($(Notification.class).all())
                .anySatisfy(
                        n ->
                                assertThat(test(n).getText())
                                        .contains("The sync is suspended (Salesforce)"));
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void aViewerCannotClearASuspension() {
        Errors.suspend(jdbc, "API_LIMIT");
        HealthView view = navigate(HealthView.class);

        assertThat(view.banner.isVisible()).isTrue();
        assertThat(view.banner.clear.isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void anOpenDetailsPanelFollowsErrorsThatClearWithoutAReload() {
        HealthView view = navigate(HealthView.class);
        click(view.cards.cards.get(ErrorType.PICKLIST_VALUES));
        assertThat(test(view.details.rows).size()).isEqualTo(3);
        view.refreshNow();

        jdbc.sql("DELETE FROM sync_error WHERE record_id IN ('801', '803')").update();
        view.refreshNow();

        assertThat(test(view.details.rows).size()).isEqualTo(1);
        assertThat(test(view.details.groups).size()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theCardsFollowNewErrorsWithoutAReload() {
        HealthView view = navigate(HealthView.class);
        Errors.insert(jdbc, "805", ErrorType.CONNECTION, "UNAVAILABLE", "", null);

        view.refreshNow();

        assertThat(view.cards.cards.get(ErrorType.CONNECTION).errors.getText())
                .isEqualTo("1 error");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theApiUseChartHas24HoursWithAFigureOnEveryBar() {
        HealthView view = navigate(HealthView.class);
        String svg = view.budget.sides.get(ExternalSystem.SALESFORCE).svg;

        assertThat(svg).startsWith("<svg");
        assertThat(svg.split("<rect class=\"bar\"", -1)).hasSize(25);
        assertThat(svg).containsPattern("<title>\\d\\d:00–\\d\\d:00: [\\d,]+ calls</title>");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void theGaugesShowTheLagAndThroughputOfARealSyncEachWay() {
        RecordSyncDriver engine = RecordSyncDriver.of(context);
        engine.reset();
        engine.settle();
        clock.advance(Duration.ofHours(1));
        String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        write(
                connectors
                        .salesforce()
                        .write(
                                "Contact",
                                WriteOperation.CREATE,
                                List.of(
                                        new RecordWrite(
                                                "r",
                                                null,
                                                null,
                                                Map.of(
                                                        "FirstName", "Ada",
                                                        "LastName", "Lovelace",
                                                        "Email", email)))));
        engine.settle();
        String hubSpotId =
                connectors
                        .hubSpot()
                        .readByKey("contacts", "email", List.of(email), List.of("email"))
                        .getFirst()
                        .id();
        write(
                connectors
                        .hubSpot()
                        .write(
                                "contacts",
                                WriteOperation.UPDATE,
                                List.of(
                                        new RecordWrite(
                                                "r",
                                                hubSpotId,
                                                null,
                                                // blank in Salesforce, so HubSpot's value goes
                                                // there
                                                Map.of("jobtitle", "Analyst")))));
        engine.settle();

        HealthView view = navigate(HealthView.class);

        HealthPace.Direction toHubSpot = view.pace.directions.get(ExternalSystem.SALESFORCE);
        assertThat(toHubSpot.name()).isEqualTo("Salesforce → HubSpot");
        assertThat(toHubSpot.lag.label.getText()).isEqualTo(HealthPace.LAG_LABEL);
        assertThat(toHubSpot.lag.figure.getText()).isEqualTo("1 min 0 s");
        assertThat(toHubSpot.lag.note.getText()).isEqualTo("95 % of 1 change written within it");
        assertThat(toHubSpot.rate.label.getText()).isEqualTo(HealthPace.RATE_LABEL);
        assertThat(toHubSpot.rate.figure.getText()).isEqualTo("0.2 records a minute");
        assertThat(toHubSpot.lag.svg)
                .startsWith("<svg")
                .contains("class=\"value\"")
                .contains("<title>Salesforce → HubSpot, " + HealthPace.LAG_LABEL + ": 1 min 0 s");
        HealthPace.Direction toSalesforce = view.pace.directions.get(ExternalSystem.HUBSPOT);
        assertThat(toSalesforce.name()).isEqualTo("HubSpot → Salesforce");
        assertThat(toSalesforce.lag.figure.getText()).isEqualTo("1 min 0 s");
        assertThat(toSalesforce.rate.figure.getText()).isEqualTo("0.2 records a minute");
    }

    @Test
    @WithMockUser(username = TestAccounts.VIEWER, roles = "VIEWER")
    void withNothingSyncedInTheLast15MinutesTheGaugesSaySo() {
        clock.advance(Duration.ofHours(1));

        HealthView view = navigate(HealthView.class);

        assertThat(view.pace.directions).hasSize(2);
        view.pace
                .directions
                .values()
                .forEach(
                        direction -> {
                            for (var gauge : List.of(direction.lag, direction.rate)) {
                                assertThat(gauge.figure.getText())
                                        .isEqualTo("No changes in the last 15 minutes");
                                assertThat(gauge.svg)
                                        .contains("class=\"track\"")
                                        .doesNotContain("class=\"value\"");
                            }
                        });
    }

    @Test
    @WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
    void theBudgetFiguresFollowNewCallsAndAllocationsByPush() {
        HealthView view = navigate(HealthView.class);
        UI ui = UI.getCurrent();
        HealthBudget.Side salesforce = view.budget.sides.get(ExternalSystem.SALESFORCE);
        long used = budgets.status(ExternalSystem.SALESFORCE).usedLast24Hours();

        for (int i = 0; i < 7; i++) {
            recorder.onCall(
                    new ApiCall(
                            ExternalSystem.SALESFORCE,
                            "Contact",
                            "query",
                            200,
                            clock.instant(),
                            Duration.ofMillis(20),
                            null,
                            null));
        }
        // another admin, in another session, sets the allocation
        budgets.setAllocation(used + 100);
        view.refresh.tick();
        ui.getSession().getService().runPendingAccessTasks(ui.getSession());

        assertThat(salesforce.used.getText())
                .isEqualTo(
                        "Calls used: %,d of %,d allocated, %,d left"
                                .formatted(used + 7, used + 100, 93));
        assertThat(salesforce.forecast.getText())
                .startsWith("At the current rate, the allocation runs out ");
        assertThat(view.budget.allocation.getValue()).isEqualTo(Long.toString(used + 100));
    }

    private static void write(List<io.crmsync.spi.WriteResult> results) {
        assertThat(results).allMatch(io.crmsync.spi.WriteResult::succeeded);
    }

    private static void click(com.vaadin.flow.component.Component card) {
        ComponentUtil.fireEvent(card, new ClickEvent<>(card));
    }
}
