package io.jiceng.platform.workitem;

import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.ProcessVariables;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.staff.StaffService;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox (我的待办) over the engine's tasks. A user sees and acts on tasks assigned to them or offered to one
 * of their roles at their division, and only for cases in their division subtree.
 */
@Service
public class WorkItemService {

    /** What {@code task.module-form} calls the screen of a step whose diagram does not name it. */
    private static final String MODULE_SCREEN = "task.module-form.screen";

    private final TaskService tasks;
    private final CaseService cases;
    private final CurrentStaff currentStaff;
    private final StepDecisions stepDecisions;
    private final AuditLog audit;
    private final TransactionTemplate ownTransaction;
    private final StaffService staffService;
    private final TaskAccess access;
    private final CoSigning coSigning;
    private final OpenTaskMapper openTasks;
    private final CommandExecutor engine;

    WorkItemService(TaskService tasks, CaseService cases, CurrentStaff currentStaff,
                    StepDecisions stepDecisions, AuditLog audit, PlatformTransactionManager transactions,
                    StaffService staffService, TaskAccess access, CoSigning coSigning, OpenTaskMapper openTasks,
                    ProcessEngineConfigurationImpl engineConfiguration) {
        this.openTasks = openTasks;
        this.engine = engineConfiguration.getCommandExecutorTxRequired();
        this.staffService = staffService;
        this.access = access;
        this.coSigning = coSigning;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.tasks = tasks;
        this.cases = cases;
        this.currentStaff = currentStaff;
        this.stepDecisions = stepDecisions;
        this.audit = audit;
    }

    /** My tasks (with the steps I was asked to co-sign first), or the tasks my roles may claim. */
    public WorkItemPage inbox(WorkItemFilter filter) {
        StaffMember staff = currentStaff.get();
        long coSigns = filter.scope() == WorkItemScope.MINE ? coSigning.countFor(staff, filter) : 0;
        List<WorkItem> items = new java.util.ArrayList<>();
        if (filter.offset() < coSigns) {
            items.addAll(coSigning.itemsFor(staff, filter, filter.offset(), filter.limit()));
        }
        var criteria = InboxCriteria.of(staff, filter);
        if (criteria.isEmpty()) {
            return new WorkItemPage(items, coSigns);
        }
        long total = openTasks.countInbox(criteria.get());
        int room = filter.limit() - items.size();
        if (room > 0) {
            int offset = (int) Math.max(0, filter.offset() - coSigns);
            items.addAll(workItemsOf(openTasks.inbox(criteria.get(), criteria.get().groups(), offset, room)));
        }
        return new WorkItemPage(items, coSigns + total);
    }

    /** How many tasks the inbox would list, without loading them (for tab captions and paging). */
    public long count(WorkItemFilter filter) {
        StaffMember staff = currentStaff.get();
        long coSigns = filter.scope() == WorkItemScope.MINE ? coSigning.countFor(staff, filter) : 0;
        return coSigns + InboxCriteria.of(staff, filter).map(openTasks::countInbox).orElse(0L);
    }

    /** The open tasks of one case that the current user may work, with the steps they were asked to co-sign. */
    public List<WorkItem> openFor(CaseRecord record) {
        StaffMember staff = currentStaff.get();
        if (record.processInstanceId() == null) {
            return List.of();
        }
        List<OpenTask> open = openTasks.ofCase(record.id(), staff.candidateGroups());
        Set<String> workable = open.stream().filter(task -> TaskAccess.mayWork(staff, task))
                .map(OpenTask::id).collect(Collectors.toSet());
        Set<String> awaitingSignatures = open.stream().filter(OpenTask::awaitsCoSigners)
                .map(OpenTask::id).collect(Collectors.toSet());
        return workItemsOf(open).stream()
                .map(item -> awaitingSignatures.contains(item.taskId()) ? asCoSign(item, staff) : item)
                .filter(item -> item.isAssignedTo(staff.username()) || workable.contains(item.taskId())).toList();
    }

    /** The step as its co-signer sees it, if they were asked to sign it and have not yet. */
    private WorkItem asCoSign(WorkItem item, StaffMember staff) {
        return coSigning.requestOf(item.taskId(), staff.username())
                .map(request -> new WorkItem(item.taskId(), item.stepName(), item.stepKey(), staff.username(),
                        request.requestedAt(), null, item.caseRecord(), List.of(Decision.COSIGN)))
                .orElse(item);
    }

    /** Every open step of the case, whoever works it (for urging, 催办), if the case lies in the user's subtree. */
    public List<WorkItem> waitingSteps(CaseRecord record) {
        if (record.processInstanceId() == null) {
            return List.of();
        }
        return workItemsOf(openTasks.ofCase(record.id(), Set.of()));
    }

    @Transactional
    public void claim(String taskId) {
        StaffMember staff = currentStaff.get();
        OpenTask task = visibleTask(staff, taskId);
        if (task.assignee() != null) {
            throw task.assignee().equals(staff.username())
                    ? new Problem("task.already-yours") : new Problem("task.claimed-by-other", nameOf(task.assignee()));
        }
        if (!task.offeredToReader()) {
            throw new Problem("task.not-offered-to-you");
        }
        try {
            tasks.claim(taskId, staff.username());
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new Problem("task.claimed-just-now");
        }
        auditTask(AuditAction.TASK_CLAIM, task, task.name());
    }

    /** Whether the user may hand a claimed task back to the pool of their role (签收退回). */
    public boolean canRelease(WorkItem item) {
        return item.isAssignedTo(currentStaff.get().username()) && hasCandidateGroups(item.taskId());
    }

    @Transactional
    public void unclaim(String taskId) {
        StaffMember staff = currentStaff.get();
        OpenTask task = visibleTask(staff, taskId);
        if (!staff.username().equals(task.assignee())) {
            throw new Problem("task.not-yours");
        }
        if (!hasCandidateGroups(taskId)) {
            throw new Problem("task.personal");
        }
        tasks.setAssignee(taskId, null);
        auditTask(AuditAction.TASK_UNCLAIM, task, task.name());
    }

    /**
     * Completes a task with a decision and a written opinion, claiming it first if it was offered to one of the
     * user's roles. If two people complete the same task at once, one wins and the other is told it is done.
     */
    @Transactional
    public void complete(String taskId, Decision decision, String opinion) {
        StaffMember staff = currentStaff.get();
        completeGuarded(staff, visibleTask(staff, taskId), decision, opinion, false);
    }

    /**
     * Completes a step declared {@code form=module} in its diagram, from the module's own screen after it has saved
     * the step's data (an assessment, a plan); the checks are those of {@link #complete}.
     */
    @Transactional
    public void completeWithModuleForm(String taskId, Decision decision, String opinion) {
        StaffMember staff = currentStaff.get();
        completeGuarded(staff, visibleTask(staff, taskId), decision, opinion, true);
    }

    /**
     * Any engine call of a completion may meet another completion of the same task: the task may be gone
     * (NullValueException), the engine's revision check may fail (on MySQL even a read writes the execution back), or
     * InnoDB may pick this transaction as a deadlock's loser — at the engine's flush, or already in a listener of the
     * process (the case's status update), whose failure the engine wraps in a plain ProcessEngineException. Each is
     * told as done by someone else.
     */
    private OpenTask completeGuarded(StaffMember staff, OpenTask task, Decision decision, String opinion, boolean fromModuleForm) {
        try {
            return complete(staff, task, decision, opinion, fromModuleForm);
        } catch (OptimisticLockingException | NullValueException | org.camunda.bpm.engine.TaskAlreadyClaimedException
                 | ConcurrencyFailureException e) {
            throw new Problem("task.done-by-other");
        } catch (ProcessEngineException e) {
            throw rolledBackForAnother(e) ? new Problem("task.done-by-other") : e;
        }
    }

    /** Completes a task the user may see. */
    private OpenTask complete(StaffMember staff, OpenTask task, Decision decision, String opinion, boolean fromModuleForm) {
        String taskId = task.id();
        if (!fromModuleForm && stepDecisions.hasModuleForm(task.processDefinitionId(), task.stepKey())) {
            String[] screen = stepDecisions.moduleFormTitle(task.processDefinitionId(), task.stepKey())
                    .map(title -> new String[] {title, MODULE_SCREEN}).orElse(new String[] {MODULE_SCREEN});
            throw new Problem("task.module-form", task.name(), new DefaultMessageSourceResolvable(screen));
        }
        List<CoSignRequest> coSigns = task.awaitsCoSigners() ? coSigning.openRequests(taskId) : List.of();
        var coSign = CoSigning.requestOf(coSigns, staff.username());
        if (coSign.isPresent()) {
            coSigning.sign(task, coSign.get(), decision, opinion, staff);
            return task;
        }
        if (!TaskAccess.mayWork(staff, task)) {
            throw task.assignee() != null
                    ? new Problem("task.claimed-by-other", nameOf(task.assignee())) : new Problem("task.not-offered-to-you");
        }
        if (task.awaitsDelegateOpinion()) {
            resolveDelegated(task, decision, opinion, staff);
            return task;
        }
        coSigning.requireAllSigned(coSigns);
        List<Decision> allowed = stepDecisions.of(task.processDefinitionId(), task.stepKey());
        if (!allowed.contains(decision)) {
            throw new Problem("task.decision-not-allowed", decision.name());
        }
        cases.addOpinion(task.caseId(), taskId, task.stepKey(), task.name(), decision, opinion, staff);
        var outcome = Variables.createVariables().putValue(ProcessVariables.DECISION, decision.name())
                .putValueTyped(ProcessVariables.OPINION, Variables.stringValue(opinion, true));
        if (task.assignee() == null) {
            engine.execute(new ClaimAndComplete(taskId, staff.username(), outcome));
        } else {
            tasks.complete(taskId, outcome);
        }
        audit.record(AuditAction.TASK_COMPLETE, AuditLog.CASE, task.caseId(), task.divisionCode(),
                task.name() + ": " + decision.name());
        return task;
    }

    /**
     * Whether the database rolled this transaction back in favour of a concurrent one (SQLSTATE class 40): on MySQL,
     * InnoDB's deadlock detection picks the loser of two completions before the engine's revision check can.
     */
    private static boolean rolledBackForAnother(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 委派: asks a colleague for an opinion on a task of mine; when they give it, the task comes back to me.
     * The colleague must work at (or above) the case's division.
     */
    @Transactional
    public void delegate(String taskId, String toUsername, String opinion) {
        StaffMember staff = currentStaff.get();
        OpenTask task = myTask(staff, taskId);
        StaffMember colleague = colleagueFor(task, toUsername);
        cases.addOpinion(task.caseId(), taskId, task.stepKey(), task.name(), Decision.DELEGATE,
                HandOverNote.of(colleague, opinion), staff);
        tasks.delegateTask(taskId, colleague.username());
        auditTask(AuditAction.TASK_DELEGATE, task, colleague.username());
    }

    /** 转办: hands a task of mine over to a colleague of the same role, who finishes it. */
    @Transactional
    public void transfer(String taskId, String toUsername, String opinion) {
        StaffMember staff = currentStaff.get();
        OpenTask task = myTask(staff, taskId);
        StaffMember colleague = colleagueFor(task, toUsername);
        Set<String> offeredTo = candidateGroupsOf(taskId);
        if (!offeredTo.isEmpty() && colleague.candidateGroups().stream().noneMatch(offeredTo::contains)) {
            throw new Problem("task.transfer.not-same-role", colleague.displayName());
        }
        cases.addOpinion(task.caseId(), taskId, task.stepKey(), task.name(), Decision.TRANSFER,
                HandOverNote.of(colleague, opinion), staff);
        tasks.setAssignee(taskId, colleague.username());
        auditTask(AuditAction.TASK_TRANSFER, task, colleague.username());
    }

    /** The colleagues a task of mine can be handed to: everyone covering the case's division but me. */
    public List<StaffMember> colleaguesFor(String taskId) {
        StaffMember staff = currentStaff.get();
        OpenTask task = myTask(staff, taskId);
        return staffService.coveringDivision(task.divisionCode()).stream()
                .filter(member -> !member.username().equals(staff.username())).toList();
    }

    private String nameOf(String username) {
        return access.nameOf(username);
    }

    private OpenTask myTask(StaffMember staff, String taskId) {
        return access.myTask(staff, taskId);
    }

    private StaffMember colleagueFor(OpenTask task, String username) {
        return access.colleagueFor(task, username);
    }

    /**
     * 批量审批: completes many tasks with one decision and one opinion, each task in a transaction of its own, so
     * a task that cannot be completed leaves no trace and does not stop the others.
     */
    public List<BatchResult> completeAll(List<String> taskIds, Decision decision, String opinion) {
        return taskIds.stream().map(taskId -> {
            try {
                String caseNo = ownTransaction.execute(status -> {
                    StaffMember staff = currentStaff.get();
                    return completeGuarded(staff, visibleTask(staff, taskId), decision, opinion, false).caseNo();
                });
                return new BatchResult(taskId, caseNo, null);
            } catch (Problem problem) {
                return new BatchResult(taskId, null, problem);
            }
        }).toList();
    }

    /** A delegated colleague answers with an opinion (RESOLVE only); the task goes back to the delegator. */
    private void resolveDelegated(OpenTask task, Decision decision, String opinion, StaffMember staff) {
        if (decision != Decision.RESOLVE) {
            throw new Problem("task.decision-not-allowed", decision.name());
        }
        if (opinion == null || opinion.isBlank()) {
            throw new Problem("opinion.required");
        }
        cases.addOpinion(task.caseId(), task.id(), task.stepKey(), task.name(), Decision.RESOLVE, opinion, staff);
        tasks.resolveTask(task.id());
        audit.record(AuditAction.TASK_COMPLETE, AuditLog.CASE, task.caseId(), task.divisionCode(), task.name() + ": RESOLVE");
    }

    /** The case a task belongs to, if the user may see the task. */
    public long caseOf(String taskId) {
        return visibleTask(currentStaff.get(), taskId).caseId();
    }

    private OpenTask visibleTask(StaffMember staff, String taskId) {
        return access.visibleTask(staff, taskId);
    }

    /** A task the process gave to one person (such as revising a returned request) cannot go back to a pool. */
    private boolean hasCandidateGroups(String taskId) {
        return !candidateGroupsOf(taskId).isEmpty();
    }

    private Set<String> candidateGroupsOf(String taskId) {
        return access.candidateGroupsOf(taskId);
    }

    private List<WorkItem> workItemsOf(List<OpenTask> page) {
        Map<Long, CaseRecord> records = cases.inScope(page.stream().map(OpenTask::caseId).collect(Collectors.toSet()));
        return page.stream().filter(task -> records.containsKey(task.caseId()))
                .map(task -> new WorkItem(task.id(), task.name(), task.stepKey(), task.assignee(), task.createdAt(),
                        task.dueAt(), records.get(task.caseId()), decisionsOf(task)))
                .toList();
    }

    /** What the assignee may decide: the step's decisions, or only an opinion on a task delegated to them. */
    private List<Decision> decisionsOf(OpenTask task) {
        return task.awaitsDelegateOpinion()
                ? List.of(Decision.RESOLVE) : stepDecisions.of(task.processDefinitionId(), task.stepKey());
    }

    private void auditTask(AuditAction action, OpenTask task, String detail) {
        audit.record(action, AuditLog.CASE, task.caseId(), task.divisionCode(), detail);
    }
}
