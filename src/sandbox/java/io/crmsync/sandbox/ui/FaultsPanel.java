package io.crmsync.sandbox.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.crmsync.base.ui.Notifications;
import io.crmsync.sandbox.EndpointFaults;
import io.crmsync.sandbox.FaultSettings;
import io.crmsync.sandbox.FaultSettingsRejected;
import io.crmsync.sandbox.SandboxFaultService;
import java.util.Map;

/** Latency and failures injected into the simulated APIs, per system and endpoint. */
class FaultsPanel extends Composite<VerticalLayout> {

    final Grid<EndpointFaults> grid = new Grid<>();
    final Select<String> system = new Select<>();
    final TextField endpoint = new TextField("Endpoint");
    final IntegerField latency = millis("Latency (ms)");
    final IntegerField jitter = millis("Extra random latency (ms)");
    final NumberField rate429 = percent("Rate-limited (429) %");
    final NumberField rate500 = percent("Server error (500) %");
    final NumberField rate503 = percent("Unavailable (503) %");
    final NumberField timeoutRate = percent("Time-outs %");
    final IntegerField timeout = millis("Time-out after (ms)");
    final NumberField malformed = percent("Malformed JSON %");
    final NumberField reset = percent("Connection resets %");
    final NumberField lostAfterWrite = percent("Writes applied, response lost %");
    final Checkbox outage = new Checkbox("Outage: every request fails with 503");
    final Button apply = new Button("Apply");
    final Button clear = new Button("Clear this system's faults");

    private final SandboxFaultService faults;

    FaultsPanel(SandboxFaultService faults) {
        this.faults = faults;
        system.setLabel("System");
        system.setItems(SandboxFaultService.SYSTEMS);
        system.setItemLabelGenerator(name -> name.equals("hubspot") ? "HubSpot" : "Salesforce");
        system.setValue("salesforce");
        endpoint.setValue("*");
        endpoint.setHelperText(
                "* for every endpoint, or a path such as /services/data/v62.0/query");
        timeout.setValue(30_000);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> apply());
        clear.addClickListener(
                click -> {
                    faults.clear(system.getValue());
                    refresh();
                    Notifications.success("Faults cleared.");
                });

        grid.addColumn(EndpointFaults::system).setHeader("System").setAutoWidth(true);
        grid.addColumn(EndpointFaults::endpoint).setHeader("Endpoint").setAutoWidth(true);
        grid.addColumn(row -> summary(row.settings())).setHeader("Faults").setFlexGrow(1);
        grid.setAllRowsVisible(true);

        FormLayout form =
                new FormLayout(
                        system,
                        endpoint,
                        latency,
                        jitter,
                        rate429,
                        rate500,
                        rate503,
                        timeoutRate,
                        timeout,
                        malformed,
                        reset,
                        lostAfterWrite,
                        outage);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        getContent()
                .add(
                        new Paragraph(
                                "Make the simulated CRMs slow or unreliable, and watch crmsync"
                                        + " back off, retry and report. Faults apply at once and last until cleared."),
                        grid,
                        form,
                        new HorizontalLayout(apply, clear));
        refresh();
    }

    private void apply() {
        for (var field :
                new com.vaadin.flow.component.HasValidation[] {
                    endpoint,
                    latency,
                    jitter,
                    rate429,
                    rate500,
                    rate503,
                    timeoutRate,
                    timeout,
                    malformed,
                    reset,
                    lostAfterWrite
                }) {
            field.setInvalid(false);
        }
        try {
            faults.set(
                    system.getValue(),
                    endpoint.getValue(),
                    new FaultSettings(
                            value(latency),
                            value(jitter),
                            rate(rate429),
                            rate(rate500),
                            rate(rate503),
                            rate(timeoutRate),
                            value(timeout),
                            rate(malformed),
                            rate(reset),
                            outage.getValue(),
                            rate(lostAfterWrite)));
            refresh();
            Notifications.success(
                    "Faults applied to " + system.getValue() + " " + endpoint.getValue() + ".");
        } catch (FaultSettingsRejected rejected) {
            var field =
                    Map.<String, com.vaadin.flow.component.HasValidation>ofEntries(
                                    Map.entry("endpoint", endpoint),
                                    Map.entry("latency", latency),
                                    Map.entry("jitter", jitter),
                                    Map.entry("timeout", timeout),
                                    Map.entry("rate429", rate429),
                                    Map.entry("rate500", rate500),
                                    Map.entry("rate503", rate503),
                                    Map.entry("timeoutRate", timeoutRate),
                                    Map.entry("malformedJsonRate", malformed),
                                    Map.entry("connectionResetRate", reset),
                                    Map.entry("lostAfterWriteRate", lostAfterWrite))
                            .get(rejected.field());
            if (field == null) {
                Notifications.error(rejected.getMessage());
            } else {
                field.setErrorMessage(rejected.getMessage());
                field.setInvalid(true);
            }
        }
    }

    private void refresh() {
        grid.setItems(faults.faults());
    }

    private static String summary(FaultSettings s) {
        if (s.outage()) {
            return "Outage";
        }
        var parts = new java.util.ArrayList<String>();
        if (s.latencyMillis() > 0 || s.jitterMillis() > 0) {
            parts.add("latency " + s.latencyMillis() + "+" + s.jitterMillis() + " ms");
        }
        addRate(parts, "429", s.rate429());
        addRate(parts, "500", s.rate500());
        addRate(parts, "503", s.rate503());
        addRate(parts, "time-outs", s.timeoutRate());
        addRate(parts, "malformed", s.malformedJsonRate());
        addRate(parts, "resets", s.connectionResetRate());
        addRate(parts, "responses lost after writes", s.lostAfterWriteRate());
        return String.join(", ", parts);
    }

    private static void addRate(java.util.List<String> parts, String name, double rate) {
        if (rate > 0) {
            parts.add(name + " " + Math.round(rate * 1000) / 10.0 + " %");
        }
    }

    private static IntegerField millis(String label) {
        IntegerField field = new IntegerField(label);
        field.setValue(0);
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static NumberField percent(String label) {
        NumberField field = new NumberField(label);
        field.setValue(0.0);
        field.setHelperText("0 to 100");
        return field;
    }

    private static long value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private static double rate(NumberField field) {
        return field.getValue() == null ? -1 : field.getValue() / 100.0;
    }
}
