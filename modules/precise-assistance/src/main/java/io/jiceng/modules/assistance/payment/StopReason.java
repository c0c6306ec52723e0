package io.jiceng.modules.assistance.payment;

/** Why a recipient is not paid next year (the annual re-confirmation). */
public enum StopReason {
    DEATH,
    MOVED_AWAY,
    OTHER
}
