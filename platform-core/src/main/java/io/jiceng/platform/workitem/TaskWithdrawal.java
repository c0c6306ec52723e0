package io.jiceng.platform.workitem;

import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.ProcessVariables;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 已办 and 撤回: the tasks I completed, and taking a case back from the step that followed mine while nobody has
 * touched it (not claimed, not delegated, no opinion, no co-signer). Only within the same process instance: when
 * the case has left it (a called review ended, the process finished) it is too late.
 * <p>
 * The process is moved with instance modification: my step starts again (assigned to me) and the step that
 * followed is cancelled. Before that the process variables go back to what they were when my step began, read
 * from the full history ({@link HistoricVariableUpdate}s): this undoes my {@code decision} and whatever the
 * diagram derived from it on the way to the next step (such as {@code reviewLevel}). A variable that did not
 * exist then is removed.
 */
@Service
public class TaskWithdrawal {

    static final String COMPLETED = "completed";

    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CaseService cases;
    private final CurrentStaff currentStaff;
    private final TaskAccess access;
    private final TaskActionMapper actions;
    private final AuditLog audit;

    TaskWithdrawal(HistoryService history, RuntimeService runtime, TaskService tasks, CaseService cases,
                   CurrentStaff currentStaff, TaskAccess access, TaskActionMapper actions, AuditLog audit) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.cases = cases;
        this.currentStaff = currentStaff;
        this.access = access;
        this.actions = actions;
        this.audit = audit;
    }

    /** 已办: the tasks I completed, latest first, on cases in my subtree. */
    public ItemPage<DoneTask> doneByMe(int offset, int limit) {
        StaffMember staff = currentStaff.get();
        var query = history.createHistoricTaskInstanceQuery().taskAssignee(staff.username()).finished()
                .taskDeleteReason(COMPLETED);
        long total = query.count();
        List<HistoricTaskInstance> page = query.orderByHistoricTaskInstanceEndTime().desc()
                .listPage(Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
        Map<String, Long> caseIds = caseIdsOf(page);
        Map<Long, CaseRecord> records = cases.inScope(Set.copyOf(caseIds.values()));
        List<DoneTask> items = page.stream().filter(t -> records.containsKey(caseIds.get(t.getProcessInstanceId())))
                .map(t -> new DoneTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getEndTime().toInstant(),
                        records.get(caseIds.get(t.getProcessInstanceId())), whyNot(staff, t) == null))
                .toList();
        return new ItemPage<>(items, total);
    }

    /** My last completed step of the case, if I can still take the case back from the step that followed. */
    public Optional<DoneTask> withdrawableOn(CaseRecord record) {
        StaffMember staff = currentStaff.get();
        return history.createHistoricTaskInstanceQuery().taskAssignee(staff.username()).finished().taskDeleteReason(COMPLETED)
                .processVariableValueEquals(ProcessVariables.CASE_ID, record.id())
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream()
                .filter(t -> whyNot(staff, t) == null)
                .map(t -> new DoneTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getEndTime().toInstant(), record, true))
                .findFirst();
    }

    /** Takes the case back from the step after my completed task {@code taskId}; the step comes back to me. */
    @Transactional
    public void withdraw(String taskId) {
        StaffMember staff = currentStaff.get();
        HistoricTaskInstance mine = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        // a task of a case outside my subtree is answered like one that does not exist, without naming its case
        CaseRecord record = mine == null || mine.getProcessInstanceId() == null ? null
                : cases.inScope(Set.of(caseIdOf(mine.getProcessInstanceId()))).values().stream().findFirst().orElse(null);
        if (record == null) {
            throw new NotFound("task", taskId);
        }
        long caseId = record.id();
        Problem problem = whyNot(staff, mine);
        if (problem != null) {
            throw problem;
        }
        Task next = tasks.createTaskQuery().processInstanceId(mine.getProcessInstanceId()).active().singleResult();
        String nextActivityInstance = history.createHistoricTaskInstanceQuery().taskId(next.getId()).singleResult()
                .getActivityInstanceId();
        restoreVariablesAsAt(mine);
        runtime.createProcessInstanceModification(mine.getProcessInstanceId())
                .startBeforeActivity(mine.getTaskDefinitionKey())
                .cancelActivityInstance(nextActivityInstance)
                .execute();
        Task again = tasks.createTaskQuery().processInstanceId(mine.getProcessInstanceId()).active()
                .taskDefinitionKey(mine.getTaskDefinitionKey()).singleResult();
        if (!staff.username().equals(again.getAssignee())) {
            tasks.setAssignee(again.getId(), staff.username());
        }
        cases.addOpinion(caseId, again.getId(), mine.getTaskDefinitionKey(), mine.getName(), Decision.WITHDRAW_STEP,
                null, staff);
        audit.record(AuditAction.TASK_WITHDRAW, AuditLog.CASE, caseId, record.divisionCode(),
                mine.getName() + " ← " + next.getName());
    }

    /** Why I cannot take the case back from the step after my task, or null if I can. */
    private Problem whyNot(StaffMember staff, HistoricTaskInstance mine) {
        if (!staff.username().equals(mine.getAssignee()) || mine.getEndTime() == null
                || !COMPLETED.equals(mine.getDeleteReason())) {
            return new Problem("task.withdraw.not-yours");
        }
        String processInstanceId = mine.getProcessInstanceId();
        boolean endedSince = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).finished()
                .list().stream().anyMatch(t -> !t.getId().equals(mine.getId())
                        && CreationOrder.createdAfter(t.getId(), t.getEndTime(), mine.getId(), mine.getEndTime()));
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).active().list();
        if (endedSince || open.size() != 1) {
            return new Problem("task.withdraw.too-late");
        }
        Task next = open.get(0);
        boolean claimed = next.getAssignee() != null && !access.candidateGroupsOf(next.getId()).isEmpty();
        boolean touched = claimed || next.getOwner() != null
                || !actions.openCoSigns(next.getId()).isEmpty()
                || cases.opinions(caseIdOf(processInstanceId)).stream().anyMatch(o -> next.getId().equals(o.taskId()));
        return touched ? new Problem("task.withdraw.already-acted") : null;
    }

    /** Puts back the values the process variables had when my step began (see the class comment). */
    private void restoreVariablesAsAt(HistoricTaskInstance mine) {
        String processInstanceId = mine.getProcessInstanceId();
        List<HistoricVariableUpdate> updates = history.createHistoricDetailQuery().variableUpdates()
                .processInstanceId(processInstanceId).list().stream()
                .filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
                .filter(u -> processInstanceId.equals(u.getExecutionId()) && u.getTaskId() == null)
                .toList();
        Predicate<HistoricVariableUpdate> sinceMyStepBegan = u -> CreationOrder.createdAfter(u.getId(), u.getTime(),
                mine.getId(), mine.getStartTime());
        Set<String> changed = updates.stream().filter(sinceMyStepBegan)
                .map(HistoricVariableUpdate::getVariableName).collect(Collectors.toSet());
        Map<String, HistoricVariableUpdate> before = updates.stream().filter(sinceMyStepBegan.negate())
                .collect(Collectors.toMap(HistoricVariableUpdate::getVariableName, Function.identity(),
                        (a, b) -> latest().compare(a, b) >= 0 ? a : b));
        for (String name : changed) {
            HistoricVariableUpdate earlier = before.get(name);
            if (earlier == null) {
                runtime.removeVariable(processInstanceId, name);
            } else {
                runtime.setVariable(processInstanceId, name, earlier.getTypedValue());
            }
        }
    }

    private static Comparator<HistoricVariableUpdate> latest() {
        return Comparator.comparing((HistoricVariableUpdate u) -> u.getTime()).thenComparingInt(u -> u.getRevision());
    }

    private long caseIdOf(String processInstanceId) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(ProcessVariables.CASE_ID).singleResult();
        return ((Number) variable.getValue()).longValue();
    }

    private Map<String, Long> caseIdsOf(List<HistoricTaskInstance> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        return history.createHistoricVariableInstanceQuery().variableName(ProcessVariables.CASE_ID)
                .processInstanceIdIn(page.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toArray(String[]::new))
                .list().stream()
                .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, v -> ((Number) v.getValue()).longValue(),
                        (a, b) -> a));
    }
}
