package io.jiceng.ui.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.workitem.BatchResult;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.platform.screen.ProblemMessages;
import io.jiceng.ui.shell.Notifications;
import java.util.List;
import java.util.stream.Collectors;

/** 批量同意: one opinion for all selected tasks; the result says which were done and why others were not. */
class BatchApproveDialog extends Dialog {

    final TextArea opinion = new TextArea();

    BatchApproveDialog(WorkItemService workItems, List<WorkItem> selected, Runnable done) {
        setHeaderTitle(getTranslation("inbox.batch-approve.title", selected.size()));
        opinion.setLabel(getTranslation("task.opinion"));
        opinion.setValue(getTranslation("inbox.batch-approve.default-opinion"));
        opinion.setWidth("28em");
        opinion.setMaxLength(2000);
        add(opinion);
        Button approve = new Button(getTranslation("decision.APPROVE"), click -> {
            List<BatchResult> results = workItems.completeAll(selected.stream().map(WorkItem::taskId).toList(),
                    Decision.APPROVE, opinion.getValue());
            close();
            report(selected, results);
            done.run();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), approve);
    }

    private void report(List<WorkItem> selected, List<BatchResult> results) {
        long succeeded = results.stream().filter(BatchResult::succeeded).count();
        List<String> failures = results.stream().filter(r -> !r.succeeded())
                .map(r -> caseNoOf(selected, r.taskId()) + "：" + ProblemMessages.text(r.problem())).toList();
        if (failures.isEmpty()) {
            Notifications.success(getTranslation("inbox.batch-approve.done", succeeded));
        } else {
            Notifications.error(getTranslation("inbox.batch-approve.partly", succeeded, failures.size())
                    + " " + failures.stream().collect(Collectors.joining("；")));
        }
    }

    private static String caseNoOf(List<WorkItem> selected, String taskId) {
        return selected.stream().filter(item -> item.taskId().equals(taskId)).map(item -> item.caseRecord().caseNo())
                .findFirst().orElse(taskId);
    }
}
