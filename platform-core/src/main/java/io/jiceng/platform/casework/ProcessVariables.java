package io.jiceng.platform.casework;

/**
 * The variables every case process carries. Processes hold ids and decisions only; the case's data (its number,
 * module, type and title too) stays in the platform's and the module's tables, where the inbox reads it.
 */
public final class ProcessVariables {

    public static final String CASE_ID = "caseId";
    public static final String DIVISION_CODE = "divisionCode";
    public static final String INITIATOR = "initiator";
    /** The decision of the step just completed (a {@link Decision} name). */
    public static final String DECISION = "decision";
    /**
     * The written opinion given with the decision, for listeners that record it elsewhere (an objection's finding).
     * Transient: it lives until the end of the completing transaction and is never stored by the engine.
     */
    public static final String OPINION = "opinion";

    private ProcessVariables() {
    }
}
