package io.jiceng.platform.notice;

public enum ObjectionStatus {
    PENDING,
    UPHELD,
    DISMISSED
}
