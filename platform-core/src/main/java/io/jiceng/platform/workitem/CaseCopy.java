package io.jiceng.platform.workitem;

import java.time.Instant;

/** 抄送: a case sent to a colleague for information, read-only for them, until they mark it read. */
public record CaseCopy(Long id, long caseId, String stepKey, String stepName, String sentBy, String recipient, String note,
                       Instant sentAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
