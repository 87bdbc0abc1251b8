package io.crmsync.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.crmsync.security.AppRoles;
import io.crmsync.security.UserService;
import jakarta.annotation.security.RolesAllowed;

/** Where a user with a temporary password is sent, and stays, until the password is changed. */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Change your password | crmsync")
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER, AppRoles.PASSWORD_CHANGE_PENDING})
class ChangePasswordView extends VerticalLayout {

    ChangePasswordView(UserService users) {
        addClassName("change-password-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var form = new ChangePasswordForm(users, () -> getUI().ifPresent(ui -> ui.navigate("")));
        var card =
                new VerticalLayout(
                        new H2("Choose a new password"),
                        new Paragraph(
                                "Your password was set by someone else. Choose your own before you go on."),
                        form);
        card.addClassName("card");
        card.setMaxWidth("28rem");
        add(card);
    }

    static Button primary(String text) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
