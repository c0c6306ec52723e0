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
    TRANSFER,
    /** 发布公示: the case was listed in a public notice. */
    PUBLISH,
    /** 登记异议: someone objected to the case's notice entry at the counter. */
    OBJECT,
    /** 异议成立: the investigation found the objection right; the entry leaves the notice. */
    UPHOLD,
    /** 异议不成立: the investigation found the objection groundless; the entry stays. */
    DISMISS;

    /** Refusing, sending back and an objection's finding must always be explained in writing. */
    public boolean needsOpinion() {
        return this == REJECT || this == RETURN || this == RETURN_PREVIOUS || this == UPHOLD || this == DISMISS;
    }
}
