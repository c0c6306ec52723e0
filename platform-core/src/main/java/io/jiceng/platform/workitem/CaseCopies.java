package io.jiceng.platform.workitem;

import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 抄送: whoever works a step sends the case to colleagues for information; they read it, they do not act on it. */
@Service
public class CaseCopies {

    private final TaskActionMapper mapper;
    private final TaskAccess access;
    private final CaseService cases;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    CaseCopies(TaskActionMapper mapper, TaskAccess access, CaseService cases, CurrentStaff currentStaff, AuditLog audit) {
        this.mapper = mapper;
        this.access = access;
        this.cases = cases;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    @Transactional
    public void copy(String taskId, List<String> toUsernames, String note) {
        StaffMember staff = currentStaff.get();
        OpenTask task = access.visibleTask(staff, taskId);
        if (!TaskAccess.mayWork(staff, task)) {
            throw new Problem("task.not-yours");
        }
        if (toUsernames == null || toUsernames.isEmpty()) {
            throw new Problem("task.copy.nobody");
        }
        List<StaffMember> recipients = new LinkedHashSet<>(toUsernames).stream()
                .filter(username -> !username.equals(staff.username()))
                .map(username -> access.colleagueFor(task, username)).toList();
        if (recipients.isEmpty()) {
            throw new Problem("task.copy.nobody");
        }
        long caseId = task.caseId();
        String text = note == null || note.isBlank() ? null : note.strip();
        Instant now = Instant.now();
        recipients.forEach(recipient -> mapper.insertCopy(new CaseCopy(null, caseId, task.stepKey(), task.stepName(),
                staff.username(), recipient.username(), text, now, null)));
        cases.addOpinion(caseId, taskId, task.stepKey(), task.name(), Decision.COPY,
                HandOverNote.of(recipients, note), staff);
        audit.record(AuditAction.CASE_COPY, AuditLog.CASE, caseId, task.divisionCode(),
                recipients.stream().map(StaffMember::username).collect(Collectors.joining(",")));
    }

    /** 抄送我的: the cases sent to me, latest first, on cases in my subtree. */
    public ItemPage<CopiedCase> copiedToMe(int offset, int limit) {
        String me = currentStaff.get().username();
        List<CaseCopy> copies = mapper.copiesTo(me, Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
        Map<Long, CaseRecord> records = cases.inScope(copies.stream().map(CaseCopy::caseId).collect(Collectors.toSet()));
        List<CopiedCase> items = copies.stream().filter(c -> records.containsKey(c.caseId()))
                .map(c -> new CopiedCase(c, records.get(c.caseId()), access.nameOf(c.sentBy()))).toList();
        return new ItemPage<>(items, mapper.countCopiesTo(me));
    }

    public long unreadCount() {
        return mapper.countUnreadCopiesTo(currentStaff.get().username());
    }

    /** Whether the case was sent to me for information. */
    public boolean isCopiedToMe(long caseId) {
        return mapper.countCopiesOfCase(currentStaff.get().username(), caseId) > 0;
    }

    /** Marks every copy of the case sent to me as read. */
    @Transactional
    public void markRead(long caseId) {
        CaseRecord record = cases.get(caseId);
        if (mapper.markRead(currentStaff.get().username(), caseId, Instant.now()) > 0) {
            audit.record(AuditAction.CASE_COPY_READ, AuditLog.CASE, caseId, record.divisionCode(), record.caseNo());
        }
    }
}
