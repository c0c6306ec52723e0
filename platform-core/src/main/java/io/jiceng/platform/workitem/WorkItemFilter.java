package io.jiceng.platform.workitem;

/** Inbox filters; every criterion but the scope is optional. */
public record WorkItemFilter(WorkItemScope scope, String moduleId, String caseType, boolean overdueOnly, String text,
                             int offset, int limit) {

    public WorkItemFilter {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, 500));
    }

    public static WorkItemFilter of(WorkItemScope scope) {
        return new WorkItemFilter(scope, null, null, false, null, 0, 50);
    }
}
