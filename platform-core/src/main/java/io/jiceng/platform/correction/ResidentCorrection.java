package io.jiceng.platform.correction;

import io.jiceng.platform.casework.CaseType;

/**
 * The core's own first workflow: a clerk asks to correct a resident record, the township reviews it.
 * Declared as a case type of the core module ({@link io.jiceng.platform.module.CoreModule}).
 */
public final class ResidentCorrection {

    public static final String MODULE_ID = "core";
    public static final String CASE_TYPE = "resident-correction";
    public static final String PROCESS_KEY = "resident-correction";
    public static final CaseType TYPE = new CaseType(MODULE_ID, CASE_TYPE, "RC", PROCESS_KEY);

    private ResidentCorrection() {
    }
}
