package io.jiceng.platform.audit;

import java.time.Instant;

/**
 * What an administrator looks for in the audit trail; every part is optional. {@code caseNo} and {@code idNumber}
 * name a case and a resident as people know them; {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditQuery(String username, String caseNo, String idNumber, AuditAction action, Instant from, Instant to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** The query in words, for the audit entry of an export. */
    String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "user", username);
        append(text, "case", caseNo);
        append(text, "resident", idNumber == null ? null : io.jiceng.platform.resident.Masking.current().idNumber(idNumber));
        append(text, "action", action == null ? null : action.name());
        append(text, "from", from == null ? null : from.toString());
        append(text, "to", to == null ? null : to.toString());
        return text.isEmpty() ? "all" : text.toString();
    }

    private static void append(StringBuilder text, String name, String value) {
        if (value != null && !value.isBlank()) {
            text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(value.strip());
        }
    }
}
