package io.jiceng.modules.assistance.family;

import io.jiceng.platform.casework.CaseType;

/** The 家庭帮扶 case type: its code, case-number prefix, process and the steps the module fills in. */
public final class FamilyCase {

    /** The module's id (the descriptor's, repeated here so this package does not depend on the descriptor class). */
    public static final String MODULE_ID = "precise-assistance";
    /** Who may see the family-assistance screen; granted in the descriptor. */
    public static final String USE = "PRECISE_ASSISTANCE_FAMILY";

    public static final String CASE_TYPE = "family";
    public static final String NUMBER_PREFIX = "BF";
    public static final String PROCESS_KEY = "family-assistance";
    public static final CaseType TYPE = new CaseType(MODULE_ID, CASE_TYPE, NUMBER_PREFIX, PROCESS_KEY);
    public static final String BPMN = "bpmn/precise-assistance/family-assistance.bpmn";

    public static final String ASSESSMENT = "assessment";
    public static final String TEAM = "team";
    public static final String PLAN = "plan";
    public static final String VISIT = "visit";
    /** The boundary timer that opens the plan's visits. */
    public static final String VISIT_TIMER = "visitDue";
    public static final String EVALUATION = "evaluation";

    private FamilyCase() {
    }
}
