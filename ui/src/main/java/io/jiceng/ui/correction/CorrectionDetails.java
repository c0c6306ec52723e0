package io.jiceng.ui.correction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.module.CaseDetails;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.correction.CorrectionRequest;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.correction.ResidentCorrection;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.Masking;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;

/** The correction request on its case page: which field, from what to what, and why. */
@org.springframework.stereotype.Component
class CorrectionDetails implements CaseDetails {

    private final CorrectionService corrections;
    private final WorkItemService workItems;
    private final DivisionService divisions;

    CorrectionDetails(CorrectionService corrections, WorkItemService workItems, DivisionService divisions) {
        this.corrections = corrections;
        this.workItems = workItems;
        this.divisions = divisions;
    }

    @Override
    public boolean handles(CaseRecord record) {
        return ResidentCorrection.MODULE_ID.equals(record.moduleId()) && ResidentCorrection.CASE_TYPE.equals(record.caseType());
    }

    @Override
    public Component details(CaseRecord record, boolean identityRevealed) {
        CorrectionRequest request = corrections.get(record.id());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        form.addFormItem(new Span(form.getTranslation("field." + request.fieldName().name())), form.getTranslation("correction.field"));
        form.addFormItem(new Span(shown(request.fieldName(), request.oldValue(), identityRevealed)), form.getTranslation("correction.old-value"));
        form.addFormItem(new Span(shown(request.fieldName(), request.newValue(), identityRevealed)), form.getTranslation("correction.new-value"));
        form.setColspan(form.addFormItem(new Span(request.reason()), form.getTranslation("correction.reason")), 3);
        return form;
    }

    @Override
    public Component reviseForm(CaseRecord record, WorkItem item, Runnable done) {
        if (!item.decisions().contains(Decision.RESUBMIT)) {
            return null;
        }
        return new ReviseForm(corrections, workItems, corrections.get(record.id()), item, done);
    }

    /** Personal data stays masked unless the user has chosen (and been audited) to see it in full. */
    private String shown(CorrectableField field, String value, boolean identityRevealed) {
        if (value == null) {
            return "—";
        }
        if (field == CorrectableField.DIVISION) {
            return divisions.fullName(value);
        }
        if (field.isIdentity() && !identityRevealed) {
            return field == CorrectableField.NAME ? Masking.current().name(value) : Masking.current().idNumber(value);
        }
        return value;
    }
}
