package io.jiceng.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.ui.modules.ModuleRoutes;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.notification.NotificationService;
import io.jiceng.platform.staff.StaffService;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The shell: side menu from the installed modules, the user's name, role and division, language, logout. */
@PermitAll
public class MainLayout extends AppLayout implements RouterLayout {

    public MainLayout(List<MenuEntry> menu, ModuleRoutes moduleRoutes, CurrentStaff currentStaff, DivisionService divisions,
                      AuthenticationContext authentication, NotificationService notifications, StaffService staff) {
        StaffMember me = currentStaff.get();
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, new DrawerToggle(), title(), new NotificationBell(notifications, staff), userBox(me, divisions, authentication));
        List<MenuEntry> entries = new java.util.ArrayList<>(menu);
        entries.addAll(moduleRoutes.menuEntries());
        addToDrawer(drawer(entries, me));
    }

    private H1 title() {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("flex-grow", "1");
        return title;
    }

    private HorizontalLayout userBox(StaffMember me, DivisionService divisions, AuthenticationContext authentication) {
        String roles = me.roles().stream().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining("、"));
        Span who = new Span(me.displayName() + "（" + roles + "）");
        who.getStyle().set("font-weight", "600");
        Span where = new Span(divisions.fullName(me.divisionCode()));
        where.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout identity = new VerticalLayout(who, where);
        identity.setPadding(false);
        identity.setSpacing(false);
        identity.setAlignItems(FlexComponent.Alignment.END);
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(identity, new LanguageSwitch(), logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.getStyle().set("padding-right", "var(--lumo-space-m)");
        return box;
    }

    private Div drawer(List<MenuEntry> menu, StaffMember me) {
        Span brand = new Span(getTranslation("app.brand"));
        brand.getStyle().set("display", "block").set("padding", "var(--lumo-space-m)").set("font-weight", "700")
                .set("color", "var(--lumo-primary-text-color)");
        SideNav nav = new SideNav();
        menu.stream().filter(entry -> entry.permission() == null || me.has(entry.permission()))
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create())));
        Div drawer = new Div(brand, nav);
        if (me.has(Permission.PROCESS_ADMIN)) {
            Anchor cockpit = new Anchor("/camunda/app/cockpit/default/", getTranslation("menu.process-engine"));
            cockpit.setRouterIgnore(true);
            cockpit.getStyle().set("display", "block").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
            drawer.add(cockpit);
        }
        return drawer;
    }
}
