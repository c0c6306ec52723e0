package io.jiceng.platform.workitem;

/** The case an engine task works on: its id, number and division. */
record TaskCase(long caseId, String caseNo, String divisionCode) {
}
