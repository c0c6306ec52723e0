package io.jiceng.platform.workitem;

import java.time.Instant;

/** 加签: a colleague asked to sign a step too; the step cannot be completed before {@code signedAt} is set. */
public record CoSignRequest(Long id, String taskId, long caseId, String stepKey, String stepName, String requestedBy,
                            String signer, Instant requestedAt, Instant signedAt) {
}
