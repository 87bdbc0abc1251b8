package io.crmsync.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import io.crmsync.base.ui.Notifications;
import io.crmsync.settings.MappingChoice;
import io.crmsync.settings.MappingChoices;
import io.crmsync.settings.MappingRejected;
import io.crmsync.settings.MappingService;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncObject;
import io.crmsync.sync.SyncRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Adds or edits one mapping of an object. The service checks it; a refusal shows at the field it
 * names. A default mapping keeps its two fields: only its rule, translations, truncation and
 * default value change.
 */
class MappingDialog extends Dialog {

    final ComboBox<MappingChoice> hubSpot = new ComboBox<>("HubSpot property");
    final ComboBox<MappingChoice> salesforce = new ComboBox<>("Salesforce field");
    final RadioButtonGroup<SyncRule> rule = new RadioButtonGroup<>("Sync rule");
    final MappingTranslations translations = new MappingTranslations();
    final Paragraph stageValues = new Paragraph(DealSectionTexts.STAGE_VALUES);
    final Checkbox truncate = new Checkbox("Truncate text to the target field's length");
    final TextField defaultValue = new TextField("Default value for Salesforce");
    final Button save = new Button("Save");

    private final MappingService mappings;
    private final FieldMapping editing;
    private final Consumer<FieldMapping> saved;

    MappingDialog(
            MappingService mappings,
            MappingChoices choices,
            FieldMapping editing,
            Consumer<FieldMapping> saved) {
        this.mappings = mappings;
        this.editing = editing;
        this.saved = saved;
        String singular = mappings.object().singular();
        setHeaderTitle(
                editing == null
                        ? "Add a " + singular + " mapping"
                        : "Edit the " + singular + " mapping");
        setWidth("44rem");
        hubSpot.setItemLabelGenerator(MappingChoice::caption);
        salesforce.setItemLabelGenerator(MappingChoice::caption);
        hubSpot.setWidthFull();
        salesforce.setWidthFull();
        if (mappings.object() == SyncObject.CONTACT) {
            salesforce.setHelperText(
                    "Contact fields apply to leads too where the lead has the same field.");
        }
        hubSpot.setItems(itemsWith(choices.hubSpotProperties(), editing, true));
        salesforce.setItems(itemsWith(choices.salesforceFields(), editing, false));
        rule.setItems(SyncRule.values());
        rule.setItemLabelGenerator(SyncRule::label);
        rule.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rule.setValue(SyncRule.PREFER_SALESFORCE_UNLESS_BLANK);
        hubSpot.addValueChangeListener(change -> optionsChanged());
        salesforce.addValueChangeListener(change -> optionsChanged());
        if (editing != null) {
            hubSpot.setValue(find(hubSpot, editing.hubSpotProperty()));
            salesforce.setValue(find(salesforce, editing.salesforceField()));
            rule.setValue(editing.rule());
            translations.setValue(editing.translations());
            truncate.setValue(editing.truncate());
            defaultValue.setValue(editing.defaultValue() == null ? "" : editing.defaultValue());
            hubSpot.setReadOnly(editing.defaultMapping());
            salesforce.setReadOnly(editing.defaultMapping());
        }
        optionsChanged();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        defaultValue.setWidthFull();
        defaultValue.setClearButtonVisible(true);
        add(hubSpot, salesforce, rule, stageValues, translations, truncate, defaultValue);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** For a Viewer: everything shows, nothing changes. */
    void setReadOnly() {
        hubSpot.setReadOnly(true);
        salesforce.setReadOnly(true);
        rule.setReadOnly(true);
        translations.setReadOnly(true);
        truncate.setReadOnly(true);
        defaultValue.setReadOnly(true);
        save.setEnabled(false);
    }

    private void optionsChanged() {
        List<String> hs = hubSpot.getValue() == null ? List.of() : hubSpot.getValue().values();
        List<String> sf =
                salesforce.getValue() == null ? List.of() : salesforce.getValue().values();
        translations.setOptions(hs, sf);
        boolean throughStages =
                DealSectionTexts.throughStageMapping(
                        mappings.object(),
                        hubSpot.getValue() == null ? null : hubSpot.getValue().name(),
                        salesforce.getValue() == null ? null : salesforce.getValue().name());
        stageValues.setVisible(throughStages);
        translations.setVisible(
                !throughStages
                        && (!hs.isEmpty() || !sf.isEmpty() || !translations.getValue().isEmpty()));
        MappingChoice target = salesforce.getValue();
        int length = target == null ? 0 : target.length();
        truncate.setHelperText(
                length > 0
                        ? "Salesforce's %s takes at most %,d characters; longer text is cut instead of refused."
                                .formatted(target.name(), length)
                        : "Longer text is cut instead of refused, where the field has a length.");
        defaultValue.setHelperText(
                "Written to Salesforce when the HubSpot value is blank or cannot be written"
                        + (sf.isEmpty() ? "." : ". One of: " + String.join(", ", sf)));
    }

    private void save() {
        hubSpot.setInvalid(false);
        salesforce.setInvalid(false);
        rule.setInvalid(false);
        translations.showError(null);
        truncate.setInvalid(false);
        defaultValue.setInvalid(false);
        FieldMapping form =
                new FieldMapping(
                        editing == null ? 0 : editing.id(),
                        hubSpot.getValue() == null ? null : hubSpot.getValue().name(),
                        salesforce.getValue() == null ? null : salesforce.getValue().name(),
                        rule.getValue(),
                        editing != null && editing.defaultMapping(),
                        translations.isVisible() ? translations.getValue() : List.of(),
                        truncate.getValue(),
                        defaultValue.getValue());
        try {
            FieldMapping result = mappings.save(form);
            close();
            saved.accept(result);
        } catch (MappingRejected rejected) {
            switch (rejected.field()) {
                case HUBSPOT_PROPERTY -> invalid(hubSpot, rejected);
                case SALESFORCE_FIELD -> invalid(salesforce, rejected);
                case RULE -> {
                    rule.setInvalid(true);
                    rule.setErrorMessage(rejected.getMessage());
                }
                case TRANSLATIONS -> translations.showError(rejected.getMessage());
                case TRUNCATE -> {
                    truncate.setInvalid(true);
                    truncate.setErrorMessage(rejected.getMessage());
                }
                case DEFAULT_VALUE -> {
                    defaultValue.setInvalid(true);
                    defaultValue.setErrorMessage(rejected.getMessage());
                }
                case NONE -> Notifications.error(rejected.getMessage());
            }
        }
    }

    private static void invalid(ComboBox<MappingChoice> field, MappingRejected rejected) {
        field.setInvalid(true);
        field.setErrorMessage(rejected.getMessage());
    }

    /** The choices, plus the mapped field when the describe no longer lists it. */
    private static List<MappingChoice> itemsWith(
            List<MappingChoice> choices, FieldMapping editing, boolean hubSpotSide) {
        List<MappingChoice> items = new ArrayList<>(choices);
        if (editing != null) {
            String name = hubSpotSide ? editing.hubSpotProperty() : editing.salesforceField();
            if (items.stream().noneMatch(c -> c.name().equals(name))) {
                items.add(new MappingChoice(name, name, "not found", List.of(), List.of()));
            }
        }
        return items;
    }

    private static MappingChoice find(ComboBox<MappingChoice> box, String name) {
        return box.getListDataView()
                .getItems()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
