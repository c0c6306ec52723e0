package io.jiceng.platform.notification;

import java.time.Instant;

/** A message for one staff member (the bell in the shell), such as someone urging a task of theirs. */
public record Notification(Long id, String recipient, NotificationKind kind, Long caseId, String taskId, String message,
                           String sentBy, Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
