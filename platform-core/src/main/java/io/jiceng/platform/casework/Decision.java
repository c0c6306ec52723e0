package io.jiceng.platform.casework;

/** What a person decided at a step; each entry of the opinions timeline carries one. */
public enum Decision {
    SUBMIT,
    APPROVE,
    REJECT,
    RETURN,
    /** Back to the previous review level (to the applicant from the first level). */
    RETURN_PREVIOUS,
    RESUBMIT,
    WITHDRAW;

    /** Refusing or sending back must always be explained in writing. */
    public boolean needsOpinion() {
        return this == REJECT || this == RETURN || this == RETURN_PREVIOUS;
    }
}
