package io.jiceng.platform.audit;

import java.util.List;

/** One page of the audit trail, newest first, and how many entries match in all. */
public record AuditPage(List<AuditEvent> events, long total) {
}
