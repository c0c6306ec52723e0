package io.jiceng.platform.notice.internal;

import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.ProcessVariables;
import io.jiceng.platform.event.NoticeClosed;
import io.jiceng.platform.event.internal.PlatformEvents;
import io.jiceng.platform.notice.EntryStatus;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.notice.NoticeStatus;
import io.jiceng.platform.notice.Objection;
import io.jiceng.platform.notice.ObjectionStatus;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the notice processes call back ({@code noticeProcess} in {@code public-notice.bpmn} and
 * {@code notice-objection.bpmn}): the end of a period and the finding of an objection.
 */
@Component("noticeProcess")
public class NoticeProcess {

    private final NoticeMapper mapper;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final RuntimeService runtime;
    private final PlatformEvents events;

    public NoticeProcess(NoticeMapper mapper, CurrentStaff currentStaff, AuditLog audit, RuntimeService runtime,
                         PlatformEvents events) {
        this.mapper = mapper;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.runtime = runtime;
        this.events = events;
    }

    /**
     * The end of the period ({@code public-notice}): every listed entry without an open objection passes and its
     * case goes on; entries still under investigation wait for the finding.
     */
    public void close(DelegateExecution execution) {
        long noticeId = longVariable(execution, "noticeId");
        if (mapper.lockStatus(noticeId).orElseThrow() != NoticeStatus.OPEN) {
            return;
        }
        mapper.close(noticeId, Instant.now());
        List<Long> passed = new ArrayList<>();
        List<Long> held = new ArrayList<>();
        for (NoticeMapper.EntryRow entry : mapper.findEntries(noticeId)) {
            if (entry.status() != EntryStatus.LISTED) {
                continue;
            }
            if (mapper.pendingObjections(noticeId, entry.caseId()) > 0) {
                mapper.updateEntry(noticeId, entry.caseId(), EntryStatus.HELD);
                held.add(entry.caseId());
            } else {
                pass(entry);
                passed.add(entry.caseId());
            }
        }
        audit.record(AuditAction.NOTICE_CLOSE, AuditLog.NOTICE, noticeId, null,
                "passed " + passed.size() + ", held " + held.size());
        Notice notice = mapper.findById(noticeId).orElseThrow();
        events.publish(new NoticeClosed(noticeId, notice.procedureCode(), notice.divisionCode(), passed, held));
    }

    /** An objection found right ({@code notice-objection}): the entry leaves the notice, its case ends rejected. */
    public void objectionUpheld(DelegateExecution execution) {
        Objection objection = decide(execution, ObjectionStatus.UPHELD);
        if (objection == null) {
            return;
        }
        NoticeMapper.EntryRow entry = mapper.findEntry(objection.noticeId(), objection.caseId()).orElseThrow();
        if (entry.status() == EntryStatus.LISTED || entry.status() == EntryStatus.HELD) {
            mapper.updateEntry(entry.noticeId(), entry.caseId(), EntryStatus.REMOVED);
            runtime.createMessageCorrelation("noticeEntryRemoved").processInstanceId(entry.entryProcessId())
                    .setVariable("noticeObjectionId", objection.id()).correlate();
        }
    }

    /** An objection found groundless: the entry stays; if the notice has closed meanwhile, the case goes on now. */
    public void objectionDismissed(DelegateExecution execution) {
        Objection objection = decide(execution, ObjectionStatus.DISMISSED);
        if (objection == null) {
            return;
        }
        NoticeMapper.EntryRow entry = mapper.findEntry(objection.noticeId(), objection.caseId()).orElseThrow();
        if (entry.status() == EntryStatus.HELD && mapper.pendingObjections(entry.noticeId(), entry.caseId()) == 0) {
            pass(entry);
        }
    }

    private Objection decide(DelegateExecution execution, ObjectionStatus status) {
        long objectionId = longVariable(execution, "objectionId");
        Objection objection = mapper.findObjection(objectionId).orElseThrow();
        mapper.lockStatus(objection.noticeId());
        String finding = (String) execution.getVariable(ProcessVariables.OPINION);
        String decidedBy = currentStaff.find().map(StaffMember::username).orElse("system");
        if (mapper.decide(objectionId, status, finding, decidedBy, Instant.now()) == 0) {
            return null;
        }
        audit.record(AuditAction.OBJECTION_DECIDE, AuditLog.CASE, objection.caseId(), null, status.name());
        return mapper.findObjection(objectionId).orElseThrow();
    }

    private void pass(NoticeMapper.EntryRow entry) {
        mapper.updateEntry(entry.noticeId(), entry.caseId(), EntryStatus.PASSED);
        runtime.createMessageCorrelation("noticePassed").processInstanceId(entry.entryProcessId()).correlate();
    }

    private static long longVariable(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }
}
