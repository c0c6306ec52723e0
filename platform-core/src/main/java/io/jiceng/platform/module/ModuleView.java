package io.jiceng.platform.module;

/**
 * A screen of a module: the route it is served at, the Vaadin view class (a {@code Component} without
 * {@code @Route}: the platform registers the route only while the module is enabled), its menu entry
 * (a message key, a Vaadin icon name, a position), and the permission needed to see it (null: any user).
 */
public record ModuleView(String route, Class<?> viewClass, String menuLabelKey, String icon, int menuOrder,
                         String permission) {
}
