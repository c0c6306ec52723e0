package io.jiceng.ui.modules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.jiceng.platform.module.ModuleRegistry;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.module.ModuleView;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.ui.shell.MainLayout;
import io.jiceng.ui.shell.MenuEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;


/**
 * The screens of the enabled modules: their routes exist only while the module is enabled (module views carry
 * no {@code @Route}), they appear in the side menu, and a view guarded by a permission refuses users without it.
 */
@org.springframework.stereotype.Component
public class ModuleRoutes implements VaadinServiceInitListener {

    private final List<ModuleView> views;
    private final Map<Class<?>, ModuleView> byClass;
    private final List<MenuEntry> menuEntries;
    private final CurrentStaff currentStaff;

    /** Checks every module view at start: a wrong view class or icon name stops the start, naming the route. */
    public ModuleRoutes(ModuleRegistry modules, CurrentStaff currentStaff) {
        this.views = modules.enabled().stream().flatMap(module -> module.views().stream()).toList();
        this.byClass = views.stream().collect(Collectors.toMap(ModuleView::viewClass, Function.identity()));
        this.menuEntries = views.stream().map(view -> new MenuEntry(view.menuOrder(), view.menuLabelKey(),
                componentClass(view), icon(view), view.permission())).toList();
        this.currentStaff = currentStaff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        views.forEach(view -> routes.setRoute(view.route(), componentClass(view), MainLayout.class));
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            ModuleView view = byClass.get(enter.getNavigationTarget());
            if (view != null && view.permission() != null
                    && currentStaff.find().map(me -> !me.has(view.permission())).orElse(true)) {
                // A screen the user may not use looks like one that does not exist.
                enter.rerouteToError(new NotFound("page", "/" + view.route()), "");
            }
        }));
    }

    public List<MenuEntry> menuEntries() {
        return menuEntries;
    }

    private static VaadinIcon icon(ModuleView view) {
        try {
            return VaadinIcon.valueOf(view.icon().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The view of route '" + view.route() + "' names the icon '" + view.icon()
                    + "', which is not a Vaadin icon (e.g. clipboard-check)", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> componentClass(ModuleView view) {
        if (!Component.class.isAssignableFrom(view.viewClass())) {
            throw new IllegalStateException("The view " + view.viewClass().getName() + " of route '" + view.route()
                    + "' is not a Vaadin component");
        }
        return (Class<? extends Component>) view.viewClass();
    }
}
