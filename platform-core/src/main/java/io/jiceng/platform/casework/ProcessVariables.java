package io.jiceng.platform.casework;

import java.util.Locale;

/**
 * The variables every case process carries. Processes hold ids and decisions only; the case's data
 * stays in the tables of the module that owns it.
 */
public final class ProcessVariables {

    public static final String CASE_ID = "caseId";
    public static final String CASE_NO = "caseNo";
    public static final String MODULE_ID = "moduleId";
    public static final String CASE_TYPE = "caseType";
    public static final String DIVISION_CODE = "divisionCode";
    /** Case number and title, for the inbox's text filter: {@link #searchText} and {@link #searchPattern}. */
    public static final String SEARCH_TEXT = "searchText";
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

    /**
     * The {@link #SEARCH_TEXT} of a case. Characters beyond the Basic Multilingual Plane (the 𠮷 of a masked name
     * such as 𠮷*英) are written as {@code &#x20BB7;}: on MySQL, Camunda's own tables are utf8 of three bytes and
     * refuse them, and a case would not even start.
     */
    public static String searchText(String caseNo, String title) {
        return threeByteSafe(caseNo + " " + title);
    }

    /** A LIKE pattern for {@link #SEARCH_TEXT}, containing what someone typed. */
    public static String searchPattern(String typed) {
        return "%" + threeByteSafe(typed.strip()) + "%";
    }

    private static String threeByteSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isSupplementaryCodePoint(c)) {
                safe.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
