package io.jiceng.ui.casepage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.platform.screen.ProblemMessages;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** 办理: the decisions the step offers, the written opinion, and the button that completes the task. */
class DecisionForm extends VerticalLayout {

    final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    final TextArea opinion = new TextArea();
    final Button submit = new Button();

    DecisionForm(WorkItemService workItems, WorkItem item, Runnable done) {
        setPadding(false);
        decision.setLabel(getTranslation("task.decision"));
        decision.setItems(item.decisions());
        decision.setItemLabelGenerator(d -> getTranslation("decision." + d.name()));
        decision.setValue(item.decisions().get(0));
        decision.setRequired(true);
        opinion.setLabel(getTranslation("task.opinion"));
        opinion.setWidthFull();
        opinion.setMaxLength(2000);
        opinion.setMinHeight("6em");
        opinion.setPlaceholder(getTranslation("task.opinion.placeholder"));
        submit.setText(getTranslation("action.submit-decision"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                workItems.complete(item.taskId(), decision.getValue(), opinion.getValue());
                done.run();
            } catch (Problem problem) {
                opinion.setInvalid("opinion.required".equals(problem.messageKey()));
                opinion.setErrorMessage(ProblemMessages.text(problem));
                throw problem;
            } finally {
                submit.setEnabled(true);
            }
        });
        add(decision, opinion, submit);
    }
}
