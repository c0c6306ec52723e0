package io.jiceng.platform.audit.internal;

import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditDocuments;
import io.jiceng.platform.audit.AuditPage;
import io.jiceng.platform.audit.AuditQuery;
import io.jiceng.platform.audit.AuditTrail;
import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.problem.InvalidField;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over HTTP for administrators: {@code GET /api/v1/audit-events?user=&caseNo=&idNumber=&action=&from=&to=&page=&size=}
 * ({@code from}/{@code to} ISO-8601 instants, to exclusive), newest first; {@code /api/v1/audit-events/export?format=xlsx|pdf|csv}.
 * 403 for everybody without AUDIT_READ.
 */
@RestController
class AuditController {

    private final AuditTrail trail;
    private final AuditDocuments documents;

    AuditController(AuditTrail trail, AuditDocuments documents) {
        this.trail = trail;
        this.documents = documents;
    }

    @GetMapping("/api/v1/audit-events")
    AuditPage search(@RequestParam(required = false) String user, @RequestParam(required = false) String caseNo,
                     @RequestParam(required = false) String idNumber, @RequestParam(required = false) AuditAction action,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return trail.search(new AuditQuery(user, caseNo, idNumber, action, from, to), Math.max(0, page) * size, size);
    }

    @GetMapping("/api/v1/audit-events/export")
    void export(@RequestParam(required = false) String user, @RequestParam(required = false) String caseNo,
                @RequestParam(required = false) String idNumber, @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                @RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.fromParameter(format).orElseThrow(() -> new InvalidField("format", "audit.export.format"));
        AuditQuery query = new AuditQuery(user, caseNo, idNumber, action, from, to);
        trail.count(query); // refuses before the response becomes a download
        chosen.prepare(response, documents.fileName(locale));
        documents.write(query, chosen, locale, response.getOutputStream());
    }
}
