package io.crmsync.connection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks the Admin to confirm settings that reach another org or portal than the linked one. */
class SwitchConfirmDialog extends Dialog {

    final Button confirm = new Button("Switch account");
    final Button cancel = new Button("Cancel");

    SwitchConfirmDialog(String message, Runnable onConfirm) {
        setHeaderTitle("Switch to another account?");
        add(new Paragraph(message));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(
                click -> {
                    close();
                    onConfirm.run();
                });
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, confirm);
    }
}
