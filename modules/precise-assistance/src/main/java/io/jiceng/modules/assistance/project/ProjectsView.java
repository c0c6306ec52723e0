package io.jiceng.modules.assistance.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.casework.CaseQuery;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.division.Division;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.screen.FieldErrors;
import io.jiceng.platform.screen.Texts;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * 帮扶项目: the year's projects of the user's area with budget, used, remaining and households paid (and the totals);
 * a form to record a payment to a household's family case, and for budget holders one to set up a project.
 */
@PermitAll
public class ProjectsView extends VerticalLayout {

    private final ProjectService projects;
    private final ProjectKinds kinds;
    private final CaseService cases;
    private final DivisionService divisions;
    private final StaffMember me;
    private final IntegerField year = new IntegerField();
    final Grid<ProjectUsage> grid = new Grid<>();
    private final FieldErrors fields = new FieldErrors();
    private final ComboBox<AssistanceProject> project = new ComboBox<>();

    public ProjectsView(ProjectService projects, ProjectKinds kinds, CaseService cases, DivisionService divisions,
                        CurrentStaff currentStaff) {
        this.projects = projects;
        this.kinds = kinds;
        this.cases = cases;
        this.divisions = divisions;
        this.me = currentStaff.get();
        setMaxWidth("1200px");
        year.setLabel(t("precise-assistance.project.year"));
        year.setValue(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(change -> refresh());
        grid.addColumn(u -> kindLabel(u.project().kind())).setHeader(t("precise-assistance.project.kind"));
        grid.addColumn(u -> u.project().name()).setHeader(t("precise-assistance.project.name")).setFlexGrow(2);
        grid.addColumn(u -> u.project().divisionCode() == null ? t("precise-assistance.project.total")
                : divisions.nameWithin(u.project().divisionCode(), me.divisionCode())).setHeader(t("precise-assistance.project.division"));
        grid.addColumn(u -> u.project().budget().toPlainString()).setHeader(t("precise-assistance.project.budget"));
        grid.addColumn(u -> u.project().used().toPlainString()).setHeader(t("precise-assistance.project.used"));
        grid.addColumn(u -> u.project().remaining().toPlainString()).setHeader(t("precise-assistance.project.remaining"));
        grid.addColumn(ProjectUsage::households).setHeader(t("precise-assistance.project.households"));
        grid.addColumn(ProjectUsage::disbursements).setHeader(t("precise-assistance.project.disbursements"));
        grid.setAllRowsVisible(true);
        add(new H2(t("precise-assistance.project.title")), year, grid);
        if (projects.mayDisburse()) {
            add(new H3(t("precise-assistance.disbursement.new")), disbursementForm());
        }
        if (projects.mayBudget()) {
            add(new H3(t("precise-assistance.project.new")), projectForm());
        }
        refresh();
    }

    /** The report's lines, then a total line (households summed per project: a household paid by two counts twice). */
    void refresh() {
        int chosen = year.getValue() == null ? LocalDate.now().getYear() : year.getValue();
        List<ProjectUsage> lines = new ArrayList<>(projects.report(chosen));
        project.setItems(lines.stream().map(ProjectUsage::project).toList());
        if (!lines.isEmpty()) {
            BigDecimal budget = lines.stream().map(u -> u.project().budget()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal used = lines.stream().map(u -> u.project().used()).reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(new ProjectUsage(new AssistanceProject(null, null, "", null, chosen, budget, used, null, null),
                    lines.stream().mapToLong(ProjectUsage::households).sum(), lines.stream().mapToLong(ProjectUsage::disbursements).sum()));
        }
        grid.setItems(lines);
    }

    private Component disbursementForm() {
        project.setLabel(t("precise-assistance.disbursement.project"));
        project.setItemLabelGenerator(p -> p.name() + "（" + t("precise-assistance.project.remaining") + " " + p.remaining().toPlainString() + "）");
        fields.field("projectId", project);
        TextField caseNo = fields.field("caseId", new TextField(t("precise-assistance.disbursement.case")));
        BigDecimalField amount = fields.field("amount", new BigDecimalField(t("precise-assistance.disbursement.amount")));
        DatePicker paidOn = fields.field("paidOn", new DatePicker(t("precise-assistance.disbursement.paid-on"), LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        TextField purpose = fields.field("purpose", new TextField(t("precise-assistance.disbursement.purpose")));
        return new FormLayout(project, caseNo, amount, paidOn, purpose, primary(t("precise-assistance.disbursement.submit"), () -> {
            if (project.getValue() == null) {
                throw new InvalidField("projectId", "precise-assistance.disbursement.project");
            }
            CaseRecord family = cases.search(new CaseQuery(ProjectService.FAMILY_MODULE, ProjectService.FAMILY_CASE_TYPE, null, null,
                            caseNo.getValue().strip(), 0, 5)).cases().stream()
                    .filter(c -> c.caseNo().equalsIgnoreCase(caseNo.getValue().strip())).findFirst()
                    .orElseThrow(() -> new InvalidField("caseId", "precise-assistance.disbursement.case-not-found"));
            Disbursement paid = projects.disburse(project.getValue().id(), family.id(), amount.getValue(), paidOn.getValue(), purpose.getValue());
            Notification.show(t("precise-assistance.disbursement.recorded", paid.amount().toPlainString()));
            amount.clear();
            purpose.clear();
            refresh();
        }));
    }

    private Component projectForm() {
        ComboBox<String> kind = fields.field("kind", new ComboBox<>(t("precise-assistance.project.kind")));
        kind.setItems(kinds.all());
        kind.setItemLabelGenerator(this::kindLabel);
        TextField name = fields.field("name", new TextField(t("precise-assistance.project.name")));
        ComboBox<Division> division = fields.field("divisionCode", new ComboBox<>(t("precise-assistance.project.division")));
        List<Division> choices = new ArrayList<>();
        divisions.find(me.divisionCode()).ifPresent(choices::add);
        choices.addAll(divisions.children(me.divisionCode()));
        division.setItems(choices);
        division.setItemLabelGenerator(d -> divisions.nameWithin(d.code(), me.divisionCode()));
        BigDecimalField budget = fields.field("budget", new BigDecimalField(t("precise-assistance.project.budget")));
        return new FormLayout(kind, name, division, budget, primary(t("precise-assistance.project.create"), () -> {
            AssistanceProject created = projects.create(kind.getValue(), name.getValue(),
                    division.getValue() == null ? null : division.getValue().code(),
                    year.getValue() == null ? 0 : year.getValue(), budget.getValue());
            Notification.show(t("precise-assistance.project.created", created.name()));
            refresh();
        }));
    }

    private String kindLabel(String kind) {
        if (kind == null) {
            return t("precise-assistance.project.total");
        }
        return Texts.orElse(this, ProjectKinds.labelKey(kind), kind);
    }

    /** A primary button whose refusal marks the field at fault (the platform's handler tells the message). */
    private Button primary(String label, Runnable action) {
        Button button = new Button(label, click -> fields.run(action));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }
}
