package io.jiceng.ui.correction;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.Resident;
import io.jiceng.ui.casepage.CaseView;
import io.jiceng.platform.screen.ProblemMessages;
import io.jiceng.ui.shell.Notifications;

/** 申请信息更正: a clerk asks the township to correct one field of a resident record. */
public class CorrectionDialog extends Dialog {

    final Select<CorrectableField> field = new Select<>();
    final TextField newValue = new TextField();
    final TextArea reason = new TextArea();
    final Button submit = new Button();

    public CorrectionDialog(CorrectionService corrections, Resident resident) {
        setHeaderTitle(getTranslation("correction.dialog.title", resident.maskedName()));
        field.setLabel(getTranslation("correction.field"));
        field.setItems(CorrectableField.values());
        field.setItemLabelGenerator(f -> getTranslation("field." + f.name()));
        field.setValue(CorrectableField.PHONE);
        newValue.setLabel(getTranslation("correction.new-value"));
        newValue.setRequired(true);
        newValue.setHelperText(getTranslation("correction.new-value.help"));
        reason.setLabel(getTranslation("correction.reason"));
        reason.setRequired(true);
        reason.setMaxLength(1000);
        FormLayout form = new FormLayout(field, newValue, reason);
        form.setColspan(reason, 2);
        add(form);

        submit.setText(getTranslation("correction.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            try {
                CaseRecord record = corrections.submit(resident.id(), field.getValue(), newValue.getValue(), reason.getValue());
                close();
                Notifications.success(getTranslation("correction.submitted", record.caseNo()));
                CaseView.open(record.id());
            } catch (InvalidField invalid) {
                HasValidation target = "reason".equals(invalid.field()) ? reason : newValue;
                target.setErrorMessage(ProblemMessages.text(invalid));
                target.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
    }
}
