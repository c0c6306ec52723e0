package io.jiceng.platform.workitem;

import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.staff.StaffService;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** Who may see and work which engine task: the rules every task action of the inbox shares. */
@Component
class TaskAccess {

    private final TaskService tasks;
    private final StaffService staffService;
    private final OpenTaskMapper openTasks;

    TaskAccess(TaskService tasks, StaffService staffService, OpenTaskMapper openTasks) {
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.staffService = staffService;
    }

    /**
     * A task the user may see: it is open and belongs to a case in their subtree. One that is not is told as done by
     * someone else, which is what it usually is; a task outside the subtree is not shown as existing.
     */
    OpenTask visibleTask(StaffMember staff, String taskId) {
        OpenTask task = openTasks.find(taskId, staff.candidateGroups());
        if (task == null || !staff.covers(task.divisionCode())) {
            throw new Problem("task.done-by-other");
        }
        return task;
    }

    /** A task assigned to the user. */
    OpenTask myTask(StaffMember staff, String taskId) {
        OpenTask task = visibleTask(staff, taskId);
        if (!staff.username().equals(task.assignee())) {
            throw new Problem("task.not-yours");
        }
        return task;
    }

    /** Whether the user may work a task read for them: it is theirs, or nobody's and offered to one of their roles. */
    static boolean mayWork(StaffMember staff, OpenTask task) {
        return task.assignee() != null ? task.assignee().equals(staff.username()) : task.offeredToReader();
    }

    /** The role@division groups a task is offered to, read once. */
    Set<String> candidateGroupsOf(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** A colleague who can work the task's case: enabled and covering the case's division. */
    StaffMember colleagueFor(OpenTask task, String username) {
        return staffService.find(username).filter(StaffMember::enabled)
                .filter(member -> member.covers(task.divisionCode()))
                .orElseThrow(() -> new Problem("task.colleague.out-of-scope", username));
    }

    /** A colleague as messages name them: by their name, not their user name. */
    String nameOf(String username) {
        return staffService.find(username).map(StaffMember::displayName).orElse(username);
    }
}
