package io.crmsync.settings.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Map;

/** A setting's choices as radio buttons, one under the other, in the order the seed gives them. */
final class Radios {

    private Radios() {}

    @SafeVarargs
    static <T> RadioButtonGroup<T> of(String label, Map<T, String> labels, T... order) {
        return of(label, labels::get, order);
    }

    @SafeVarargs
    static <T> RadioButtonGroup<T> of(String label, ItemLabelGenerator<T> labels, T... order) {
        RadioButtonGroup<T> group = new RadioButtonGroup<>(label);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(order);
        group.setItemLabelGenerator(labels);
        return group;
    }
}
