package io.jiceng.platform.notice;

/** A notice is open while its period runs and closes by itself when the period ends. */
public enum NoticeStatus {
    OPEN,
    CLOSED
}
