package io.jiceng.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.jiceng.platform.staff.Permission;

/**
 * One entry of the side menu. The core contributes its own; each installed module contributes beans of this
 * type for its views. An entry with a permission is shown only to users who hold it.
 */
public record MenuEntry(int order, String labelKey, Class<? extends Component> view, VaadinIcon icon,
                        Permission permission) {
}
