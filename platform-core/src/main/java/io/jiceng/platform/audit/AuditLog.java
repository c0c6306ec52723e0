package io.jiceng.platform.audit;

import io.jiceng.platform.audit.internal.AuditMapper;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail. An entry is written in the transaction of the change it records, so a change
 * that rolls back leaves no entry and no change goes unrecorded.
 */
@Service
public class AuditLog {

    public static final String RESIDENT = "RESIDENT";
    public static final String CASE = "CASE";
    public static final String STAFF = "STAFF";
    public static final String NOTICE = "NOTICE";

    private final AuditMapper mapper;
    private final CurrentStaff currentStaff;

    public AuditLog(AuditMapper mapper, CurrentStaff currentStaff) {
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String targetType, Object targetId, String divisionCode, String detail) {
        String username = currentStaff.find().map(StaffMember::username).orElse("system");
        write(username, action, targetType, targetId, divisionCode, detail);
    }

    /** For events outside a business transaction, such as a login. */
    @Transactional
    public void recordAlone(String username, AuditAction action, String detail) {
        // what someone typed as a user name may be longer than any real one
        String name = username.length() > 64 ? username.substring(0, 64) : username;
        write(name, action, STAFF, name, null, detail);
    }

    public List<AuditEvent> findByTarget(String targetType, Object targetId) {
        return mapper.findByTarget(targetType, String.valueOf(targetId));
    }

    private void write(String username, AuditAction action, String targetType, Object targetId, String divisionCode,
                       String detail) {
        String shortDetail = detail != null && detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        String shortName = username.length() > 64 ? username.substring(0, 64) : username;
        mapper.insert(new AuditEvent(null, Instant.now(), shortName, action, targetType, String.valueOf(targetId),
                divisionCode, shortDetail, remoteAddress()));
    }

    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }
}
