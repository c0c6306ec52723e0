package io.jiceng.platform.correction;

import io.jiceng.platform.casework.CaseType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's own first workflow: a clerk asks to correct a resident record, the township reviews it. */
@Configuration(proxyBeanMethods = false)
public class ResidentCorrection {

    public static final String MODULE_ID = "core";
    public static final String CASE_TYPE = "resident-correction";
    public static final String PROCESS_KEY = "resident-correction";

    @Bean
    CaseType residentCorrectionCaseType() {
        return new CaseType(MODULE_ID, CASE_TYPE, "RC", PROCESS_KEY);
    }
}
