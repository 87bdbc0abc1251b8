package io.crmsync.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.crmsync.base.ui.Notifications;
import io.crmsync.security.PasswordGenerator;
import io.crmsync.security.PasswordPolicy;
import io.crmsync.security.UserChangeRejected;
import io.crmsync.security.UserService;
import io.crmsync.security.UserSummary;

/** Sets a temporary password, lifts any lock, and makes the user choose a new password. */
class ResetPasswordDialog extends Dialog {

    final TextField password = new TextField("Temporary password");
    final Button save = new Button("Reset password");

    ResetPasswordDialog(UserService users, UserSummary user, Runnable onReset) {
        setHeaderTitle("Reset the password of " + user.username());
        password.setValue(PasswordGenerator.generate());
        password.setHelperText(PasswordPolicy.RULE);
        password.setWidthFull();
        add(
                new Paragraph(
                        "Give this password to "
                                + user.displayName()
                                + ". They must choose a new one when they next sign in."),
                password);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(
                click -> {
                    try {
                        users.resetPassword(user.id(), password.getValue());
                        Notifications.success("Password of " + user.username() + " reset.");
                        onReset.run();
                        close();
                    } catch (UserChangeRejected rejected) {
                        password.setErrorMessage(rejected.getMessage());
                        password.setInvalid(true);
                    }
                });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
