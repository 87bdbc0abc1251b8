package io.crmsync.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import io.crmsync.base.ui.Notifications;
import io.crmsync.security.PasswordPolicy;
import io.crmsync.security.UserChangeRejected;
import io.crmsync.security.UserService;

/** Current password, new password and its confirmation, with each problem shown at its field. */
class ChangePasswordForm extends Composite<FormLayout> {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField confirm = new PasswordField("Repeat the new password");
    final Button save = ChangePasswordView.primary("Change password");

    ChangePasswordForm(UserService users, Runnable onChanged) {
        next.setHelperText(PasswordPolicy.RULE);
        current.setRequired(true);
        next.setRequired(true);
        confirm.setRequired(true);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(
                click -> {
                    clearErrors();
                    if (!next.getValue().equals(confirm.getValue())) {
                        confirm.setErrorMessage("The two new passwords differ.");
                        confirm.setInvalid(true);
                        return;
                    }
                    try {
                        users.changeOwnPassword(current.getValue(), next.getValue());
                        Notifications.success("Your password was changed.");
                        current.clear();
                        next.clear();
                        confirm.clear();
                        onChanged.run();
                    } catch (UserChangeRejected rejected) {
                        PasswordField field =
                                rejected.field() == UserChangeRejected.Field.CURRENT_PASSWORD
                                        ? current
                                        : next;
                        field.setErrorMessage(rejected.getMessage());
                        field.setInvalid(true);
                    }
                });
        getContent().add(current, next, confirm, save);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    private void clearErrors() {
        for (PasswordField field : new PasswordField[] {current, next, confirm}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
