package io.jiceng.platform.casework;

/** A search for cases under a division: every criterion is optional. */
public record CaseQuery(String moduleId, String caseType, CaseStatus status, String divisionCode, String text,
                        int offset, int limit) {

    public CaseQuery {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, 500));
    }
}
