package io.crmsync.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.crmsync.base.ExternalSystem;
import io.crmsync.sandbox.SandboxRow;

/** Asks before a sandbox record is deleted: crmsync may then delete its counterpart too. */
class DeleteConfirmDialog extends Dialog {

    final Button confirm = new Button("Delete");
    final Button cancel = new Button("Cancel");

    DeleteConfirmDialog(ExternalSystem system, SandboxRow row, Runnable onConfirm) {
        setHeaderTitle("Delete " + row.type() + " " + row.id() + "?");
        add(
                new Paragraph(
                        "The record is deleted in "
                                + system.label()
                                + " as if a person deleted it there. crmsync sees the deletion"
                                + " and acts on it as its settings say."));
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
