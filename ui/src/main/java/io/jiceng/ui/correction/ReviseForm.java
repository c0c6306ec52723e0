package io.jiceng.ui.correction;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.correction.CorrectionRequest;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.platform.screen.ProblemMessages;

/** A returned request back at the clerk: change the value or the reason and resubmit, or withdraw it. */
class ReviseForm extends VerticalLayout {

    final TextField newValue = new TextField();
    final TextArea reason = new TextArea();

    ReviseForm(CorrectionService corrections, WorkItemService workItems, CorrectionRequest request, WorkItem item, Runnable done) {
        setPadding(false);
        newValue.setLabel(getTranslation("correction.new-value") + "（" + getTranslation("field." + request.fieldName().name()) + "）");
        newValue.setValue(request.newValue());
        newValue.setWidth("24em");
        reason.setLabel(getTranslation("correction.reason"));
        reason.setValue(request.reason());
        reason.setWidthFull();
        Button resubmit = new Button(getTranslation("decision.RESUBMIT"), click -> {
            try {
                corrections.resubmit(item.taskId(), newValue.getValue(), reason.getValue());
                done.run();
            } catch (InvalidField invalid) {
                HasValidation field = invalid.field().equals("reason") ? reason : newValue;
                field.setErrorMessage(ProblemMessages.text(invalid));
                field.setInvalid(true);
            }
        });
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button withdraw = new Button(getTranslation("decision.WITHDRAW"), click -> {
            workItems.complete(item.taskId(), Decision.WITHDRAW, getTranslation("correction.withdrawn-by-applicant"));
            done.run();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(newValue, reason, new HorizontalLayout(resubmit, withdraw));
    }
}
