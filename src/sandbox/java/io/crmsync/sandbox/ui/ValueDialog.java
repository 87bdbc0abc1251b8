package io.crmsync.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;

/** Asks for one value (a stage, a record id), offering usual values but accepting any. */
class ValueDialog extends Dialog {

    final ComboBox<String> value = new ComboBox<>();
    final Button ok;

    ValueDialog(
            String title,
            String label,
            List<String> suggestions,
            String confirm,
            Consumer<String> action) {
        setHeaderTitle(title);
        value.setLabel(label);
        value.setItems(suggestions);
        value.setAllowCustomValue(true);
        value.addCustomValueSetListener(custom -> value.setValue(custom.getDetail()));
        value.setWidthFull();
        add(value);
        ok =
                new Button(
                        confirm,
                        click -> {
                            if (value.getValue() == null || value.getValue().isBlank()) {
                                value.setErrorMessage("Enter a value.");
                                value.setInvalid(true);
                                return;
                            }
                            action.accept(value.getValue().strip());
                            close();
                        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), ok);
    }
}
