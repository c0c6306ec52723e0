package io.jiceng.platform.resident;

/** A search in the registry: free text (name, ID number, household number) under a division, one page. */
public record ResidentQuery(String text, String divisionCode, int offset, int limit) {

    public ResidentQuery {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, 500));
    }
}
