package io.jiceng.platform.workitem;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.Decision;
import java.time.Instant;
import java.util.List;

/** A task waiting for a person, seen together with its case. */
public record WorkItem(String taskId, String stepName, String stepKey, String assignee, Instant createdAt, Instant dueAt,
                       CaseRecord caseRecord, List<Decision> decisions) {

    public boolean isOverdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    public boolean isAssignedTo(String username) {
        return username.equals(assignee);
    }
}
