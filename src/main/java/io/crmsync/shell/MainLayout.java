package io.crmsync.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.crmsync.base.ui.UserTime;
import io.crmsync.security.AppRoles;
import io.crmsync.security.UserService;
import io.crmsync.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;

/**
 * The frame around every signed-in view. The navigation lists only the views the user's role may
 * open, because {@link MenuConfiguration} applies the same access checks as the router.
 */
@Layout
@RolesAllowed({AppRoles.ADMIN, AppRoles.EDITOR, AppRoles.VIEWER})
public final class MainLayout extends AppLayout {

    private final UserService userService;
    private final AuthenticationContext authentication;

    MainLayout(UserService userService, AuthenticationContext authentication) {
        this.userService = userService;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle());
        addToDrawer(brand(), new Scroller(navigation()), userMenu());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UserTime.learnZone(attachEvent.getUI());
    }

    private static Component brand() {
        Icon logo = VaadinIcon.EXCHANGE.create();
        logo.addClassName("brand-logo");
        Span name = new Span("crmsync");
        name.addClassName("brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    /** An entry stays highlighted on the addresses under its own, such as a page's tabs. */
    private static SideNavItem item(MenuEntry entry) {
        SideNavItem item =
                entry.icon() == null
                        ? new SideNavItem(entry.title(), entry.path())
                        : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
        item.setMatchNested(true);
        return item;
    }

    private Component userMenu() {
        // A user removed while signed in still gets a frame, with nothing left to do but log out.
        var me = userService.me();
        String name = me.map(UserSummary::displayName).orElse("Unknown user");
        Avatar avatar = new Avatar(name);
        avatar.addClassName("user-avatar");
        Div who = new Div(new Span(name));
        me.ifPresent(user -> who.add(roleBadge(user)));
        who.addClassName("user-who");

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var item = menu.addItem(new Div(avatar, who));
        me.ifPresent(
                user ->
                        item.getSubMenu()
                                .addItem("Signed in as " + user.username())
                                .setEnabled(false));
        item.getSubMenu().addItem("Log out", click -> authentication.logout());
        return menu;
    }

    private static Span roleBadge(UserSummary me) {
        Span badge = new Span(me.role().label());
        badge.getElement().getThemeList().add("badge contrast small");
        badge.addClassName("role-badge");
        return badge;
    }
}
