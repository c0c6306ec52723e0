package io.jiceng.platform.workitem;

/** Which tasks an inbox shows. */
public enum WorkItemScope {
    /** Tasks assigned to me. */
    MINE,
    /** Unassigned tasks offered to one of my roles at my division. */
    CLAIMABLE
}
