package io.jiceng.modules.assistance.family;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a step of a family case through the platform's inbox (so its checks, the opinions timeline and the audit
 * apply), first handing the process the routing the step decided (the team's specialist, the plan's timers).
 */
@Component
public class FamilySteps {

    private final WorkItemService workItems;
    private final TaskService tasks;

    public FamilySteps(WorkItemService workItems, TaskService tasks) {
        this.workItems = workItems;
        this.tasks = tasks;
    }

    /** The oldest open step of this kind that the current user may work on the case. */
    public Optional<WorkItem> openStep(CaseRecord record, String stepKey) {
        return workItems.openFor(record).stream().filter(item -> stepKey.equals(item.stepKey()))
                .min(Comparator.comparing(WorkItem::createdAt));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(CaseRecord record, String stepKey, Decision decision, String opinion, Map<String, Object> routing) {
        WorkItem step = openStep(record, stepKey).orElseThrow(() -> new Problem("precise-assistance.family.step-not-open"));
        if (!routing.isEmpty()) {
            tasks.setVariables(step.taskId(), routing);
        }
        workItems.completeWithModuleForm(step.taskId(), decision, opinion);
    }
}
