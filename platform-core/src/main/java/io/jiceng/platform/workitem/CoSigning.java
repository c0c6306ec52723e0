package io.jiceng.platform.workitem;

import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 加签: the assignee of a step asks colleagues to sign it too, and cannot complete it before each has given an
 * opinion. The requests live in a table of our own ({@code task_cosign}) rather than as engine subtasks: a subtask
 * has no process instance, so the inbox could not tell its case (nor scope it by the case's division), and
 * a co-signer's answer is an opinion, not a decision the process reads. A co-signer finds the request in their
 * inbox as a work item of the step itself (same task id) that offers only {@link Decision#COSIGN}.
 */
@Service
public class CoSigning {

    private final TaskActionMapper mapper;
    private final TaskAccess access;
    private final CaseService cases;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    CoSigning(TaskActionMapper mapper, TaskAccess access, CaseService cases, CurrentStaff currentStaff, AuditLog audit) {
        this.mapper = mapper;
        this.access = access;
        this.cases = cases;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /** Asks a colleague who covers the case's division to sign the step of my task too. */
    @Transactional
    public void addSigner(String taskId, String toUsername, String opinion) {
        StaffMember staff = currentStaff.get();
        OpenTask task = access.myTask(staff, taskId);
        StaffMember colleague = access.colleagueFor(task, toUsername);
        if (colleague.username().equals(staff.username())) {
            throw new Problem("task.cosign.not-yourself");
        }
        if (mapper.openCoSigns(taskId).stream().anyMatch(r -> r.signer().equals(colleague.username()))) {
            throw new Problem("task.cosign.already-asked", colleague.displayName());
        }
        long caseId = task.caseId();
        mapper.insertCoSign(new CoSignRequest(null, taskId, caseId, task.stepKey(), task.stepName(),
                staff.username(), colleague.username(), Instant.now(), null));
        cases.addOpinion(caseId, taskId, task.stepKey(), task.name(), Decision.ADD_SIGNER,
                HandOverNote.of(colleague, opinion), staff);
        audit.record(AuditAction.TASK_ADD_SIGNER, AuditLog.CASE, caseId, task.divisionCode(), colleague.username());
    }

    /** The co-signer's opinion on a step they were asked to sign: required, and given once. */
    void sign(OpenTask task, CoSignRequest request, Decision decision, String opinion, StaffMember staff) {
        if (decision != Decision.COSIGN) {
            throw new Problem("task.decision-not-allowed", decision.name());
        }
        if (opinion == null || opinion.isBlank()) {
            throw new Problem("task.cosign.opinion-required");
        }
        if (mapper.sign(request.id(), Instant.now()) == 0) {
            throw new Problem("task.done-by-other");
        }
        cases.addOpinion(request.caseId(), task.id(), task.stepKey(), task.name(), Decision.COSIGN, opinion, staff);
        audit.record(AuditAction.TASK_COSIGN, AuditLog.CASE, request.caseId(), task.divisionCode(), task.name());
    }

    /** The co-sign requests of a task that wait for an answer. */
    List<CoSignRequest> openRequests(String taskId) {
        return mapper.openCoSigns(taskId);
    }

    /** The user's own open request on a task, if they were asked to sign it. */
    java.util.Optional<CoSignRequest> requestOf(String taskId, String username) {
        return requestOf(openRequests(taskId), username);
    }

    static java.util.Optional<CoSignRequest> requestOf(List<CoSignRequest> open, String username) {
        return open.stream().filter(r -> r.signer().equals(username)).findFirst();
    }

    /** Stops a step from being completed while co-signers have not signed, naming them. */
    void requireAllSigned(List<CoSignRequest> open) {
        if (!open.isEmpty()) {
            throw new Problem("task.cosign.pending",
                    open.stream().map(r -> access.nameOf(r.signer())).collect(Collectors.joining("、")));
        }
    }

    /** Names of the colleagues who have not signed a step yet. */
    public List<String> pendingSigners(String taskId) {
        return mapper.openCoSigns(taskId).stream().map(r -> access.nameOf(r.signer())).toList();
    }

    long countFor(StaffMember staff, WorkItemFilter filter) {
        return mapper.countOpenCoSignsOf(staff.username(), DivisionScope.likePattern(staff.divisionCode()), filter, filter.textPattern());
    }

    /** The user's co-sign work as work items of the steps themselves, offering only COSIGN. */
    List<WorkItem> itemsFor(StaffMember staff, WorkItemFilter filter, int offset, int limit) {
        List<CoSignRequest> requests = mapper.openCoSignsOf(staff.username(), DivisionScope.likePattern(staff.divisionCode()),
                filter, filter.textPattern(), offset, limit);
        Map<Long, CaseRecord> records = cases.inScope(requests.stream().map(CoSignRequest::caseId).collect(Collectors.toSet()));
        return requests.stream().filter(r -> records.containsKey(r.caseId()))
                .map(r -> new WorkItem(r.taskId(), r.stepName(), r.stepKey(), staff.username(), r.requestedAt(), null,
                        records.get(r.caseId()), List.of(Decision.COSIGN)))
                .toList();
    }
}
