package io.crmsync.sandbox.ui;

import com.vaadin.flow.component.select.Select;
import io.crmsync.base.ui.Notifications;
import io.crmsync.sandbox.SandboxRecordService;
import io.crmsync.sandbox.salesforce.schema.StateCountryMode;
import java.util.Map;

/** Switches the Salesforce sandbox's State and Country/Territory Picklists, as its admin would. */
class PicklistModeSelect extends Select<StateCountryMode> {

    private static final Map<StateCountryMode, String> LABELS =
            Map.of(
                    StateCountryMode.DISABLED, "Off: state and country are free text",
                    StateCountryMode.ENABLED, "On, with Salesforce's default values",
                    StateCountryMode.CUSTOMIZED,
                            "On and customized: United States is \"USA\", United Kingdom \"UK\"");

    PicklistModeSelect(SandboxRecordService records) {
        setLabel("State and country picklists");
        setItems(StateCountryMode.values());
        setItemLabelGenerator(LABELS::get);
        setValue(records.stateCountryMode());
        setWidth("24em");
        addValueChangeListener(
                change -> {
                    records.setStateCountryMode(change.getValue());
                    Notifications.success(
                            "State and country picklists: " + LABELS.get(change.getValue()));
                });
    }
}
