package io.jiceng.platform.notification;

public enum NotificationKind {
    /** 催办: someone asks for a task to be done. */
    URGE
}
