package io.jiceng.platform.workitem;

/** The case an engine task works on, as its process variables name it (read in one call). */
record TaskCase(long caseId, String caseNo, String divisionCode) {
}
