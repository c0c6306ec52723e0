package io.jiceng.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.jiceng.platform.staff.Permission;

/**
 * One entry of the side menu: the application's own come as beans, each enabled module's from its descriptor.
 * An entry with a permission (a core {@link Permission} name or a module's permission) is shown only to users
 * who hold it.
 */
public record MenuEntry(int order, String labelKey, Class<? extends Component> view, VaadinIcon icon,
                        String permission) {
}
