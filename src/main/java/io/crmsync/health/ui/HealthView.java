package io.crmsync.health.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.budget.ApiBudgetService;
import io.crmsync.health.ErrorCard;
import io.crmsync.health.SyncHealthService;
import io.crmsync.health.SyncPace;
import io.crmsync.health.SyncPaceService;
import io.crmsync.security.AppRoles;
import io.crmsync.spi.ErrorType;
import io.crmsync.sync.SyncSuspension;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * Sync Health (PRODUCT.md S1–S5): the sync's lag and throughput, API use and allocation, a card per
 * error type, a details panel on the right, and the suspension banner. It follows the sync by
 * server push while it is open.
 */
@Route("integration/sync-health")
@PageTitle("Sync Health | Salesforce integration | crmsync")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
class HealthView extends VerticalLayout {

    final HealthBanner banner;
    final HealthPace pace = new HealthPace();
    final HealthBudget budget;
    final HealthCards cards;
    final HealthDetails details;
    final SplitLayout split = new SplitLayout();

    final HealthRefresh<Figures> refresh;
    private final SyncHealthService health;
    private final SyncPaceService paces;

    /** Everything the page refreshes, read in one go outside the UI lock. */
    record Figures(
            List<ErrorCard> cards,
            Optional<SyncSuspension> suspension,
            List<SyncPace> pace,
            HealthBudget.Figures budget) {}

    HealthView(
            SyncHealthService health,
            SyncPaceService paces,
            ApiBudgetService budgets,
            AuthenticationContext user) {
        this.health = health;
        this.paces = paces;
        boolean admin = user.hasRole(AppRoles.ADMIN);
        boolean editor = admin || user.hasRole(AppRoles.EDITOR);
        addClassName("health-view");
        setSizeFull();
        banner = new HealthBanner(health, admin, this::refreshNow);
        budget = new HealthBudget(budgets, admin);
        cards = new HealthCards(this::openCard);
        details = new HealthDetails(health, editor, this::closeDetails);
        VerticalLayout main =
                new VerticalLayout(
                        new H2("Sync errors"),
                        cards,
                        new H2("Sync pace"),
                        pace,
                        new H2("API calls in the last 24 hours"),
                        budget);
        main.setPadding(false);
        split.addToPrimary(main);
        split.addToSecondary(details);
        split.setSizeFull();
        split.setSplitterPosition(100);
        details.setVisible(false);
        add(
                ViewHeader.ofTab(
                        "API calls, every sync error and the records it impacts, and how to fix"
                                + " them."),
                banner,
                split);
        expand(split);
        refresh = new HealthRefresh<>(this::read, this::show);
        show(read());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh.start(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        refresh.stop();
        super.onDetach(event);
    }

    /** The open card's counts when last shown: the details follow when they change. */
    private ErrorCard shownCard;

    void openCard(ErrorType type) {
        cards.select(type);
        details.setVisible(true);
        split.setSplitterPosition(30);
        details.open(type);
    }

    void closeDetails() {
        cards.select(null);
        details.setVisible(false);
        split.setSplitterPosition(100);
    }

    /** Reads the figures again now, as the periodic refresh does. */
    void refreshNow() {
        show(read());
    }

    private Figures read() {
        return new Figures(health.cards(), health.suspension(), paces.pace(), budget.read());
    }

    private void show(Figures figures) {
        if (details.isVisible() && details.type() != null) {
            ErrorCard open =
                    figures.cards().stream()
                            .filter(c -> c.type() == details.type())
                            .findFirst()
                            .orElse(null);
            if (open != null && !open.equals(shownCard)) {
                if (shownCard != null) {
                    details.refreshData();
                }
                shownCard = open;
            }
        } else {
            shownCard = null;
        }
        cards.show(figures.cards());
        banner.show(figures.suspension());
        pace.show(figures.pace());
        budget.show(figures.budget());
    }
}
