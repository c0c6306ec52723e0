package io.jiceng.platform.casework;

import java.util.Map;

/**
 * What it takes to open a case: its type, subject, division, a short title (already masked: it is shown in
 * inboxes) and any extra process variables the process needs (ids and routing only).
 */
public record CaseStart(String moduleId, String caseType, Long residentId, String divisionCode, String title,
                        Map<String, Object> variables) {
}
