package io.jiceng.platform.notice;

/** A procedure with cases waiting in a division for their notice to be published. */
public record AwaitingProcedure(String procedure, int caseCount) {
}
