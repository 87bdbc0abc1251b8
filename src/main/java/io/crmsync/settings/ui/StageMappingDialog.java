package io.crmsync.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import io.crmsync.base.ui.Notifications;
import io.crmsync.settings.DealStageService;
import io.crmsync.settings.StageChoices;
import io.crmsync.settings.StageMappingRejected;
import io.crmsync.spi.Pipeline;
import io.crmsync.spi.Stage;
import io.crmsync.sync.StageMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds or changes one deal stage mapping: a record type, then one of the stages its sales process
 * allows, then a HubSpot pipeline, then one of its stages. The service checks it; a refusal shows
 * at the field it names.
 */
class StageMappingDialog extends Dialog {

    final ComboBox<Pipeline> recordType = new ComboBox<>("Salesforce record type");
    final ComboBox<Stage> salesforceStage = new ComboBox<>("Salesforce stage");
    final ComboBox<Pipeline> pipeline = new ComboBox<>("HubSpot pipeline");
    final ComboBox<Stage> hubSpotStage = new ComboBox<>("HubSpot stage");
    final Button save = new Button("Save");

    private final DealStageService stages;
    private final StageMapping editing;
    private final Consumer<StageMapping> saved;

    /**
     * @param editing the stored mapping to change, or one with id 0 to add, filled in as far as
     *     known (the record type and stage of an unmapped stage)
     */
    StageMappingDialog(
            DealStageService stages,
            StageChoices choices,
            StageMapping editing,
            Consumer<StageMapping> saved) {
        this.stages = stages;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing.id() == 0 ? "Add a stage mapping" : "Edit the stage mapping");
        setWidth("36rem");
        List.of(recordType, pipeline).forEach(this::pipelineField);
        List.of(salesforceStage, hubSpotStage).forEach(this::stageField);
        recordType.setHelperText(
                StageLabels.EVERY_RECORD_TYPE
                        + " applies to opportunities whose record type has no mapping of its own"
                        + " for the stage.");
        hubSpotStage.setHelperText(
                "A stage maps to a stage of the same outcome: open, closed won or closed lost.");
        recordType.addValueChangeListener(
                change -> offer(salesforceStage, change.getValue(), null));
        pipeline.addValueChangeListener(change -> offer(hubSpotStage, change.getValue(), null));
        recordType.setItems(with(choices.recordTypes(), editing.recordTypeId()));
        pipeline.setItems(with(choices.pipelines(), editing.hubSpotPipeline()));
        recordType.setValue(find(recordType, editing.recordTypeId()));
        offer(salesforceStage, recordType.getValue(), editing.salesforceStage());
        pipeline.setValue(
                editing.hubSpotPipeline() == null
                        ? null
                        : find(pipeline, editing.hubSpotPipeline()));
        offer(hubSpotStage, pipeline.getValue(), editing.hubSpotStage());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(recordType, salesforceStage, pipeline, hubSpotStage);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** For a Viewer: everything shows, nothing changes. */
    void setReadOnly() {
        List.of(recordType, pipeline).forEach(field -> field.setReadOnly(true));
        List.of(salesforceStage, hubSpotStage).forEach(field -> field.setReadOnly(true));
        save.setEnabled(false);
    }

    private void pipelineField(ComboBox<Pipeline> field) {
        field.setItemLabelGenerator(Pipeline::label);
        field.setWidthFull();
    }

    private void stageField(ComboBox<Stage> field) {
        field.setItemLabelGenerator(StageLabels::caption);
        field.setWidthFull();
    }

    /** Offers the stages of the record type or pipeline, keeping or choosing the named one. */
    private static void offer(ComboBox<Stage> field, Pipeline of, String keep) {
        String wanted = keep != null ? keep : field.isEmpty() ? null : field.getValue().id();
        List<Stage> items = new ArrayList<>(of == null ? List.of() : of.stages());
        Stage chosen =
                items.stream()
                        .filter(s -> s.id().equalsIgnoreCase(String.valueOf(wanted)))
                        .findFirst()
                        .orElse(null);
        if (chosen == null && keep != null) {
            chosen = new Stage(keep, keep + " (not found)", Integer.MAX_VALUE, Map.of());
            items.add(chosen);
        }
        field.setItems(items);
        field.setValue(chosen);
    }

    private void save() {
        List.of(recordType, pipeline).forEach(field -> field.setInvalid(false));
        List.of(salesforceStage, hubSpotStage).forEach(field -> field.setInvalid(false));
        if (recordType.isEmpty()) {
            recordType.setErrorMessage(
                    "Choose a record type, or " + StageLabels.EVERY_RECORD_TYPE + ".");
            recordType.setInvalid(true);
            return;
        }
        StageMapping form =
                new StageMapping(
                        editing.id(),
                        recordType.getValue().id(),
                        salesforceStage.isEmpty() ? null : salesforceStage.getValue().id(),
                        pipeline.isEmpty() ? null : pipeline.getValue().id(),
                        hubSpotStage.isEmpty() ? null : hubSpotStage.getValue().id());
        try {
            StageMapping result = stages.save(form);
            close();
            saved.accept(result);
        } catch (StageMappingRejected rejected) {
            switch (rejected.field()) {
                case RECORD_TYPE -> invalid(recordType, rejected);
                case SALESFORCE_STAGE -> invalid(salesforceStage, rejected);
                case HUBSPOT_STAGE -> invalid(hubSpotStage, rejected);
                case NONE -> Notifications.error(rejected.getMessage());
            }
        }
    }

    private static void invalid(ComboBox<?> field, StageMappingRejected rejected) {
        field.setErrorMessage(rejected.getMessage());
        field.setInvalid(true);
    }

    /** The choices, plus the stored id when the CRM no longer lists it. */
    private static List<Pipeline> with(List<Pipeline> choices, String id) {
        List<Pipeline> items = new ArrayList<>(choices);
        if (id != null && items.stream().noneMatch(p -> p.id().equals(id))) {
            items.add(new Pipeline(id, id + " (not found)", List.of()));
        }
        return items;
    }

    private static Pipeline find(ComboBox<Pipeline> field, String id) {
        return field.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElse(null);
    }
}
