package io.jiceng.platform.workitem;

import io.jiceng.platform.search.TextSearch;

/** Inbox filters; every criterion but the scope is optional. */
public record WorkItemFilter(WorkItemScope scope, String moduleId, String caseType, boolean overdueOnly, String text,
                             int offset, int limit) {

    public WorkItemFilter {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, 500));
    }

    /** A LIKE pattern for case numbers and titles containing the typed text, or null if nothing was typed. */
    String textPattern() {
        return TextSearch.containing(text);
    }

    public static WorkItemFilter of(WorkItemScope scope) {
        return new WorkItemFilter(scope, null, null, false, null, 0, 50);
    }
}
