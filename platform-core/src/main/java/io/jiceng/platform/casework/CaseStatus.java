package io.jiceng.platform.casework;

/** Where a case (业务件) stands. The process moves it; the last three are final. */
public enum CaseStatus {
    IN_REVIEW,
    RETURNED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
