package io.jiceng.platform.workitem;

import io.jiceng.platform.casework.CaseRecord;

/** A copy as the recipient's inbox lists it: with its case and the sender's name. */
public record CopiedCase(CaseCopy copy, CaseRecord caseRecord, String senderName) {
}
