package io.jiceng.platform.casework;

/** Where a case (业务件) stands. The process moves it; the last three are final. */
public enum CaseStatus {
    IN_REVIEW,
    RETURNED,
    /** Approved, waiting for the public notice (公示) of its division to be published. */
    AWAITING_NOTICE,
    /** Listed in a public notice whose period runs. */
    IN_NOTICE,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
