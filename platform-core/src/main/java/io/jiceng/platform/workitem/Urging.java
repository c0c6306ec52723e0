package io.jiceng.platform.workitem;

import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.notification.NotificationKind;
import io.jiceng.platform.notification.NotificationService;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.staff.StaffService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: anyone who may see a task asks for it to be done. The assignee is notified, or, while nobody has claimed
 * it, everyone holding the role it is offered to. A task is urged at most once an hour, by anyone.
 */
@Service
public class Urging {

    static final Duration INTERVAL = Duration.ofHours(1);

    private final TaskAccess access;
    private final NotificationService notifications;
    private final StaffService staffService;
    private final CaseService cases;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    Urging(TaskAccess access, NotificationService notifications, StaffService staffService, CaseService cases,
           CurrentStaff currentStaff, AuditLog audit) {
        this.access = access;
        this.notifications = notifications;
        this.staffService = staffService;
        this.cases = cases;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    @Transactional
    public void urge(String taskId, String message) {
        StaffMember staff = currentStaff.get();
        OpenTask task = access.visibleTask(staff, taskId);
        if (staff.username().equals(task.assignee())) {
            throw new Problem("task.urge.own");
        }
        Instant now = Instant.now();
        notifications.lastSentAbout(taskId, NotificationKind.URGE).filter(last -> last.plus(INTERVAL).isAfter(now))
                .ifPresent(last -> {
                    throw new Problem("task.urge.too-soon", Math.max(1, Duration.between(now, last.plus(INTERVAL)).toMinutes()));
                });
        List<String> recipients = recipientsOf(task);
        if (recipients.isEmpty()) {
            throw new Problem("task.urge.nobody");
        }
        long caseId = task.caseId();
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > 500) {
            throw new Problem("opinion.too-long", 500);
        }
        notifications.send(recipients, NotificationKind.URGE, caseId, taskId, text);
        cases.addOpinion(caseId, taskId, task.stepKey(), task.name(), Decision.URGE, text, staff);
        audit.record(AuditAction.TASK_URGE, AuditLog.CASE, caseId, task.divisionCode(), String.join(",", recipients));
    }

    private List<String> recipientsOf(OpenTask task) {
        if (task.assignee() != null) {
            return List.of(task.assignee());
        }
        Set<String> groups = access.candidateGroupsOf(task.id());
        return staffService.coveringDivision(task.divisionCode()).stream()
                .filter(member -> member.candidateGroups().stream().anyMatch(groups::contains))
                .map(StaffMember::username).filter(username -> !username.equals(currentStaff.get().username())).toList();
    }
}
