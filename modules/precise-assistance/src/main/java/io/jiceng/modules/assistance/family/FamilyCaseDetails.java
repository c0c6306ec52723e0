package io.jiceng.modules.assistance.family;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.module.CaseDetails;
import io.jiceng.platform.workitem.WorkItem;
import java.util.Set;

/**
 * On the platform's case page, a family-assistance case links to its file; its steps (assessment, team, plan,
 * visit, evaluation) record data the common decision form cannot take, so the page sends the user to the file
 * for them instead of offering a bare 同意.
 */
@org.springframework.stereotype.Component
class FamilyCaseDetails implements CaseDetails {

    private static final Set<String> STEPS_WITH_DATA = Set.of(FamilyCase.ASSESSMENT, FamilyCase.TEAM, FamilyCase.PLAN,
            FamilyCase.VISIT, FamilyCase.EVALUATION);

    @Override
    public boolean handles(CaseRecord record) {
        return FamilyCase.MODULE_ID.equals(record.moduleId()) && FamilyCase.CASE_TYPE.equals(record.caseType());
    }

    @Override
    public Component details(CaseRecord record, boolean identityRevealed) {
        Button open = new Button();
        open.setText(open.getTranslation("precise-assistance.family.open-file"));
        open.addClickListener(click -> FamilyView.open(open, record.id()));
        return open;
    }

    @Override
    public Component reviseForm(CaseRecord record, WorkItem item, Runnable done) {
        if (!STEPS_WITH_DATA.contains(item.stepKey())) {
            return null;
        }
        Button open = new Button();
        open.setText(open.getTranslation("precise-assistance.family.step-in-file"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> FamilyView.open(open, record.id()));
        VerticalLayout form = new VerticalLayout(new Paragraph(open.getTranslation("precise-assistance.family.step-in-file.why")), open);
        form.setPadding(false);
        return form;
    }
}
