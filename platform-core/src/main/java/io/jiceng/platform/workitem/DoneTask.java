package io.jiceng.platform.workitem;

import io.jiceng.platform.casework.CaseRecord;
import java.time.Instant;

/** A task I completed (已办), and whether I can still take the case back (撤回). */
public record DoneTask(String taskId, String stepName, String stepKey, Instant completedAt, CaseRecord caseRecord,
                       boolean withdrawable) {
}
