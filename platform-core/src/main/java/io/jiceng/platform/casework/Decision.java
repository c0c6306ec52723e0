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
    WITHDRAW,
    /** 委派: handed to a colleague for an opinion; the task comes back to the one who delegated it. */
    DELEGATE,
    /** The delegated colleague's opinion, which sends the task back. */
    RESOLVE,
    /** 转办: handed over to a colleague who finishes it. */
    TRANSFER;

    /** Refusing or sending back must always be explained in writing. */
    public boolean needsOpinion() {
        return this == REJECT || this == RETURN || this == RETURN_PREVIOUS;
    }
}
