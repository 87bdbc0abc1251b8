package io.crmsync.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.crmsync.base.ui.Notifications;
import io.crmsync.base.ui.UserTime;
import io.crmsync.base.ui.ViewHeader;
import io.crmsync.security.AppRoles;
import io.crmsync.security.Role;
import io.crmsync.security.UserChangeRejected;
import io.crmsync.security.UserService;
import io.crmsync.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Admins list users, create them, change roles, disable, unlock and reset passwords. */
@Route("users")
@PageTitle("Users | crmsync")
@Menu(order = 80, icon = "vaadin:users", title = "Users")
@RolesAllowed(AppRoles.ADMIN)
class UsersView extends VerticalLayout {

    final Grid<UserSummary> grid = new Grid<>();
    final Button create = new Button("New user", VaadinIcon.PLUS.create());
    final Select<Role> role = new Select<>();
    final Button toggleEnabled = new Button("Disable");
    final Button unlock = new Button("Unlock");
    final Button resetPassword = new Button("Reset password");

    private final UserService users;
    private final Clock clock;

    UsersView(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        addClassName("users-view");
        setSizeFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewUserDialog(users, this::refresh).open());
        add(new ViewHeader("Users", "Who can sign in to crmsync, and what each may do.", create));

        configureGrid();
        add(actionBar(), grid);
        expand(grid);
        updateActions(Optional.empty());
    }

    private void configureGrid() {
        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(user -> user.role().label()).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(
                        user ->
                                user.lastLoginAt() == null
                                        ? "Never"
                                        : UserTime.format(user.lastLoginAt()))
                .setHeader("Last sign-in")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(
                        query -> users.list(query.getOffset(), query.getLimit()).stream(),
                        query -> (int) users.count())
                .setIdentifierProvider(UserSummary::id);
        grid.asSingleSelect()
                .addValueChangeListener(
                        change -> updateActions(Optional.ofNullable(change.getValue())));
    }

    private HorizontalLayout actionBar() {
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.addValueChangeListener(
                change -> {
                    if (change.isFromClient() && change.getValue() != null) {
                        act(
                                user -> users.changeRole(user.id(), change.getValue()),
                                "Role changed to " + change.getValue().label() + ".");
                    }
                });
        toggleEnabled.addClickListener(
                click ->
                        act(
                                user -> users.setEnabled(user.id(), !user.enabled()),
                                "Account updated."));
        unlock.addClickListener(click -> act(user -> users.unlock(user.id()), "Account unlocked."));
        resetPassword.addClickListener(
                click ->
                        selected()
                                .ifPresent(
                                        user ->
                                                new ResetPasswordDialog(users, user, this::refresh)
                                                        .open()));
        HorizontalLayout bar = new HorizontalLayout(role, toggleEnabled, unlock, resetPassword);
        bar.setAlignItems(Alignment.BASELINE);
        bar.addClassName("selection-actions");
        return bar;
    }

    private void act(Function<UserSummary, UserSummary> action, String success) {
        selected()
                .ifPresent(
                        user -> {
                            try {
                                UserSummary updated = action.apply(user);
                                Notifications.success(success);
                                refresh();
                                grid.select(updated);
                            } catch (UserChangeRejected rejected) {
                                Notifications.error(rejected.getMessage());
                                role.setValue(user.role());
                            }
                        });
    }

    private Optional<UserSummary> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateActions(Optional.empty());
    }

    private void updateActions(Optional<UserSummary> user) {
        role.setEnabled(user.isPresent());
        role.setValue(user.map(UserSummary::role).orElse(null));
        toggleEnabled.setEnabled(user.isPresent());
        toggleEnabled.setText(user.map(u -> u.enabled() ? "Disable" : "Enable").orElse("Disable"));
        unlock.setEnabled(user.map(u -> u.lockedAt(clock.instant())).orElse(false));
        resetPassword.setEnabled(user.isPresent());
    }

    private Span status(UserSummary user) {
        String text;
        String theme;
        if (!user.enabled()) {
            text = "Disabled";
            theme = "badge error";
        } else if (user.lockedAt(clock.instant())) {
            text = "Locked until " + UserTime.format(user.lockedUntil());
            theme = "badge error";
        } else if (user.mustChangePassword()) {
            text = "Must change password";
            theme = "badge contrast";
        } else {
            text = "Active";
            theme = "badge success";
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
