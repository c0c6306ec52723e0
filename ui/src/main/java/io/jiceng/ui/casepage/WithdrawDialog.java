package io.jiceng.ui.casepage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.screen.ProblemMessages;
import io.jiceng.ui.shell.Notifications;

/** 撤回申请: the applicant takes back a case that is still open, with a reason for the timeline. */
class WithdrawDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    WithdrawDialog(CaseService cases, CaseRecord record, Runnable afterWithdrawal) {
        setHeaderTitle(getTranslation("case.withdraw.title", record.caseNo()));
        reason.setLabel(getTranslation("case.withdraw.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setWidth("28em");
        add(reason);
        confirm.setText(getTranslation("case.withdraw.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            try {
                cases.withdraw(record.id(), reason.getValue());
                close();
                Notifications.success(getTranslation("case.withdrawn", record.caseNo()));
                afterWithdrawal.run();
            } catch (InvalidField invalid) {
                reason.setErrorMessage(ProblemMessages.text(invalid));
                reason.setInvalid(true);
            } catch (Problem problem) {
                close();
                Notifications.problem(problem);
                afterWithdrawal.run();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
