package io.jiceng.modules.assistance.award;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.screen.ProblemMessages;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * 奖励扶助申请: the clerk finds the resident, chooses the scheme, records the family; the rules are checked as the
 * form changes, and a failing rule asks for a written reason. Below, the latest applications; choosing one shows
 * what reviewers need, as the case page does too ({@link AwardCaseDetails}).
 */
@PermitAll
public class AwardView extends VerticalLayout {

    final TextField idNumber = new TextField();
    final Span residentName = new Span();
    final ComboBox<Scheme> scheme = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final Checkbox rural = new Checkbox();
    final Checkbox outOfPolicy = new Checkbox();
    final TextField spouseName = new TextField();
    final TextField spouseIdNumber = new TextField();
    final Grid<Child> children = new Grid<>();
    final Select<String> childSex = new Select<>();
    final IntegerField childBirthYear = new IntegerField();
    final Checkbox childAlive = new Checkbox();
    final IntegerField childGrade = new IntegerField();
    final VerticalLayout ruleList = new VerticalLayout();
    final TextArea overrideReason = new TextArea();
    final TextField note = new TextField();
    final Button submit = new Button();
    final Grid<AwardApplication> applications = new Grid<>();
    final AwardDetailsPanel details;

    private final AwardService awards;
    private final ResidentService residents;
    private final AwardForm form = new AwardForm();
    private Resident resident;

    public AwardView(AwardService awards, EligibilityRules rules, ResidentService residents) {
        this.awards = awards;
        this.residents = residents;
        this.details = new AwardDetailsPanel(awards, true);
        idNumber.setLabel(getTranslation("precise-assistance.award.resident-id-number"));
        Button find = new Button(getTranslation("precise-assistance.award.find"), click -> findResident());
        scheme.setLabel(getTranslation("precise-assistance.award.scheme"));
        scheme.setItems(rules.schemes());
        scheme.setItemLabelGenerator(s -> s.name(getLocale()));
        scheme.setWidth("26em");
        year.setLabel(getTranslation("precise-assistance.award.year"));
        year.setValue(AwardService.currentYear());
        rural.setLabel(getTranslation("precise-assistance.award.rural"));
        outOfPolicy.setLabel(getTranslation("precise-assistance.award.out-of-policy"));
        spouseName.setLabel(getTranslation("precise-assistance.award.spouse-name"));
        spouseIdNumber.setLabel(getTranslation("precise-assistance.award.spouse-id-number"));
        childSex.setLabel(getTranslation("precise-assistance.award.child.sex-label"));
        childSex.setItems("M", "F");
        childSex.setItemLabelGenerator(sex -> getTranslation("precise-assistance.award.sex." + sex));
        childBirthYear.setLabel(getTranslation("precise-assistance.award.child.birth-year-label"));
        childAlive.setLabel(getTranslation("precise-assistance.award.child.alive"));
        childAlive.setValue(true);
        childGrade.setLabel(getTranslation("precise-assistance.award.child.grade-label"));
        Button addChild = new Button(getTranslation("precise-assistance.award.child.add"), click -> addChild());
        children.addColumn(c -> getTranslation("precise-assistance.award.sex." + c.sex())).setHeader(getTranslation("precise-assistance.award.child.sex-label"));
        children.addColumn(Child::birthYear).setHeader(getTranslation("precise-assistance.award.child.birth-year-label"));
        children.addColumn(c -> getTranslation(c.alive() ? "precise-assistance.yes" : "precise-assistance.no")).setHeader(getTranslation("precise-assistance.award.child.alive"));
        children.addColumn(c -> c.disabilityGrade() == null ? "" : String.valueOf(c.disabilityGrade())).setHeader(getTranslation("precise-assistance.award.child.grade-label"));
        children.addComponentColumn(c -> new Button(getTranslation("precise-assistance.award.child.remove"), click -> {
            form.getChildren().remove(c);
            refresh();
        }));
        children.setAllRowsVisible(true);
        ruleList.setId("award-rules");
        details.setId("award-details");
        overrideReason.setLabel(getTranslation("precise-assistance.award.override-reason"));
        overrideReason.setWidth("40em");
        overrideReason.setVisible(false);
        note.setLabel(getTranslation("precise-assistance.award.note"));
        note.setWidth("40em");
        submit.setText(getTranslation("precise-assistance.award.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        scheme.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        rural.addValueChangeListener(e -> refresh());
        outOfPolicy.addValueChangeListener(e -> refresh());
        spouseIdNumber.addValueChangeListener(e -> refresh());

        applications.addColumn(a -> a.caseId()).setHeader(getTranslation("precise-assistance.award.case-id"));
        applications.addColumn(a -> a.confirmYear()).setHeader(getTranslation("precise-assistance.award.year"));
        applications.addColumn(a -> rules.schemes().stream().filter(s -> s.code().equals(a.schemeCode())).findFirst()
                .map(s -> s.name(getLocale())).orElse(a.schemeCode())).setHeader(getTranslation("precise-assistance.award.scheme"));
        applications.addColumn(a -> getTranslation("precise-assistance.outcome." + a.outcome().name())).setHeader(getTranslation("precise-assistance.award.outcome"));
        applications.addColumn(a -> a.overridden() ? getTranslation("precise-assistance.award.overridden") : "")
                .setHeader(getTranslation("precise-assistance.award.rules"));
        applications.addItemClickListener(click -> details.show(click.getItem().caseId()));
        applications.setItems(awards.latest(50));

        HorizontalLayout who = new HorizontalLayout(idNumber, find, residentName);
        who.setAlignItems(Alignment.BASELINE);
        HorizontalLayout child = new HorizontalLayout(childSex, childBirthYear, childAlive, childGrade, addChild);
        child.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("precise-assistance.award.menu")), who, new HorizontalLayout(scheme, year),
                new HorizontalLayout(rural, outOfPolicy), new HorizontalLayout(spouseName, spouseIdNumber),
                new H3(getTranslation("precise-assistance.award.children")), child, children,
                new H3(getTranslation("precise-assistance.award.rules")), ruleList, overrideReason, note, submit,
                new H3(getTranslation("precise-assistance.award.latest")), applications, details);
        refresh();
    }

    private void findResident() {
        resident = residents.search(new ResidentQuery(idNumber.getValue(), null, 0, 1)).residents().stream().findFirst().orElse(null);
        residentName.setText(resident == null ? getTranslation("precise-assistance.award.resident.not-found")
                : resident.maskedName() + " · " + resident.maskedIdNumber());
        refresh();
    }

    private void addChild() {
        if (childSex.getValue() == null || childBirthYear.getValue() == null) {
            Notification.show(getTranslation("precise-assistance.award.child.incomplete"));
            return;
        }
        form.addChild(new Child(null, childSex.getValue(), childBirthYear.getValue(), childAlive.getValue(), childGrade.getValue()));
        childBirthYear.clear();
        childGrade.clear();
        refresh();
    }

    private void fillForm() {
        form.setSchemeCode(scheme.getValue() == null ? null : scheme.getValue().code());
        form.setConfirmYear(year.getValue());
        form.setRuralHousehold(rural.getValue());
        form.setOutOfPolicyBirth(outOfPolicy.getValue());
        form.setSpouseName(spouseName.getValue());
        form.setSpouseIdNumber(spouseIdNumber.getValue());
        form.setOverrideReason(overrideReason.getValue());
        form.setNote(note.getValue());
    }

    /** The live rule check: each rule of the scheme with its wording, met or not. */
    void refresh() {
        fillForm();
        children.setItems(List.copyOf(form.getChildren()));
        ruleList.removeAll();
        if (resident == null || form.getSchemeCode() == null) {
            ruleList.add(new Span(getTranslation("precise-assistance.award.rules.pending")));
            overrideReason.setVisible(false);
            return;
        }
        try {
            List<RuleResult> results = awards.check(resident.id(), form);
            results.forEach(r -> {
                Span line = new Span((r.passed() ? "✓ " : "✗ ") + r.wording(getLocale()));
                line.getStyle().set("color", r.passed() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
                ruleList.add(line);
            });
            overrideReason.setVisible(results.stream().anyMatch(r -> !r.passed()));
        } catch (Problem problem) {
            ruleList.add(new Span(ProblemMessages.text(problem)));
        }
    }

    /**
     * Ready for the next applicant of a batch: the scheme and year stay, the person's facts, children and reason go,
     * so that nothing of one family is filed with the next.
     */
    private void clearApplicant() {
        resident = null;
        idNumber.clear();
        residentName.setText("");
        rural.clear();
        outOfPolicy.clear();
        spouseName.clear();
        spouseIdNumber.clear();
        form.getChildren().clear();
        overrideReason.clear();
        overrideReason.setInvalid(false);
        note.clear();
        refresh();
        idNumber.focus();
    }

    void submit() {
        if (resident == null) {
            Notification.show(getTranslation("precise-assistance.award.resident.not-found"));
            return;
        }
        fillForm();
        try {
            CaseRecord record = awards.apply(resident.id(), form);
            Notification.show(getTranslation("precise-assistance.award.submitted", record.caseNo()));
            applications.setItems(awards.latest(50));
            details.show(record.id());
            clearApplicant();
        } catch (InvalidField invalid) {
            if ("overrideReason".equals(invalid.field())) {
                overrideReason.setVisible(true);
                overrideReason.setInvalid(true);
                overrideReason.setErrorMessage(ProblemMessages.text(invalid));
            }
            Notification.show(ProblemMessages.text(invalid));
        } catch (Problem problem) {
            Notification.show(ProblemMessages.text(problem));
        }
    }
}
