package io.crmsync.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.crmsync.base.ui.Notifications;
import io.crmsync.security.NewUser;
import io.crmsync.security.PasswordGenerator;
import io.crmsync.security.PasswordPolicy;
import io.crmsync.security.Role;
import io.crmsync.security.UserChangeRejected;
import io.crmsync.security.UserService;
import io.crmsync.security.UsernamePolicy;

/** Creates a user with an initial password that they must change at their first sign-in. */
class NewUserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final TextField password = new TextField("Initial password");
    final Button save = new Button("Create user");

    NewUserDialog(UserService users, Runnable onCreated) {
        setHeaderTitle("New user");
        username.setHelperText(UsernamePolicy.RULE);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.VIEWER);
        role.setHelperText(Role.VIEWER.description());
        role.addValueChangeListener(
                change ->
                        role.setHelperText(
                                change.getValue() == null
                                        ? null
                                        : change.getValue().description()));
        password.setValue(PasswordGenerator.generate());
        password.setHelperText(
                PasswordPolicy.RULE + " Give it to the user; they change it at first sign-in.");

        FormLayout form = new FormLayout(username, displayName, role, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new Paragraph("The user signs in with this password once, then chooses their own."),
                form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(
                click -> {
                    clearErrors();
                    try {
                        var created =
                                users.create(
                                        new NewUser(
                                                username.getValue(),
                                                displayName.getValue(),
                                                role.getValue(),
                                                password.getValue()));
                        Notifications.success("User " + created.username() + " created.");
                        onCreated.run();
                        close();
                    } catch (UserChangeRejected rejected) {
                        showAtField(rejected);
                    }
                });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void showAtField(UserChangeRejected rejected) {
        switch (rejected.field()) {
            case USERNAME -> invalid(username, rejected.getMessage());
            case DISPLAY_NAME -> invalid(displayName, rejected.getMessage());
            case PASSWORD -> invalid(password, rejected.getMessage());
            case ROLE -> {
                role.setErrorMessage(rejected.getMessage());
                role.setInvalid(true);
            }
            default -> Notifications.error(rejected.getMessage());
        }
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (TextField field : new TextField[] {username, displayName, password}) {
            field.setInvalid(false);
        }
        role.setInvalid(false);
    }
}
