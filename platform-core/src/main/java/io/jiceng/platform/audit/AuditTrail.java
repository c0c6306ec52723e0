package io.jiceng.platform.audit;

import io.jiceng.platform.audit.internal.AuditMapper;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.platform.staff.StaffMember;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail (审计日志), for holders of {@link Permission#AUDIT_READ}: entries of their division subtree
 * and those bound to no division (logins), newest first. An export is itself an audited event.
 */
@Service
public class AuditTrail {

    /** The most entries one export holds; a larger period is exported in parts. */
    public static final int EXPORT_LIMIT = 10_000;
    static final String AUDIT = "AUDIT";

    private final AuditMapper mapper;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    public AuditTrail(AuditMapper mapper, CurrentStaff currentStaff, AuditLog audit) {
        this.mapper = mapper;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    public AuditPage search(AuditQuery query, int offset, int limit) {
        StaffMember staff = currentStaff.require(Permission.AUDIT_READ);
        Targets targets = targetsOf(query);
        if (targets == null) {
            return new AuditPage(List.of(), 0);
        }
        String scope = DivisionScope.likePattern(staff.divisionCode());
        return new AuditPage(mapper.search(query, targets.caseId, targets.residentId, scope, Math.max(0, offset),
                Math.max(1, Math.min(limit, 500))), mapper.count(query, targets.caseId, targets.residentId, scope));
    }

    public long count(AuditQuery query) {
        StaffMember staff = currentStaff.require(Permission.AUDIT_READ);
        Targets targets = targetsOf(query);
        return targets == null ? 0
                : mapper.count(query, targets.caseId, targets.residentId, DivisionScope.likePattern(staff.divisionCode()));
    }

    /** The entries to export (at most {@link #EXPORT_LIMIT}), the export recorded with its filter and size. */
    @Transactional
    public List<AuditEvent> export(AuditQuery query, String format) {
        StaffMember staff = currentStaff.require(Permission.AUDIT_READ);
        Targets targets = targetsOf(query);
        List<AuditEvent> events = targets == null ? List.of() : mapper.search(query, targets.caseId, targets.residentId,
                DivisionScope.likePattern(staff.divisionCode()), 0, EXPORT_LIMIT);
        audit.record(AuditAction.AUDIT_EXPORT, AUDIT, "export", staff.divisionCode(),
                format.toLowerCase(Locale.ROOT) + ": " + query.describe() + "; " + events.size() + " entries");
        return events;
    }

    /** The case and resident the query names, as the trail keeps them; null if it names one that does not exist. */
    private Targets targetsOf(AuditQuery query) {
        Optional<Long> caseId = blank(query.caseNo()) ? Optional.empty() : mapper.caseIdOf(query.caseNo().strip());
        Optional<Long> residentId = blank(query.idNumber()) ? Optional.empty()
                : mapper.residentIdOf(query.idNumber().strip().toUpperCase(Locale.ROOT));
        if ((!blank(query.caseNo()) && caseId.isEmpty()) || (!blank(query.idNumber()) && residentId.isEmpty())) {
            return null;
        }
        return new Targets(caseId.map(String::valueOf).orElse(null), residentId.map(String::valueOf).orElse(null));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Targets(String caseId, String residentId) {
    }
}
