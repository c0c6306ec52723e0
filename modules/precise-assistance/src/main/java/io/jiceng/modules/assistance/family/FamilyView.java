package io.jiceng.modules.assistance.family;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import io.jiceng.modules.assistance.family.FamilyForms.AreaFinding;
import io.jiceng.modules.assistance.family.FamilyForms.EvaluationForm;
import io.jiceng.modules.assistance.family.FamilyForms.NeedsAssessment;
import io.jiceng.modules.assistance.family.FamilyForms.PlanForm;
import io.jiceng.modules.assistance.family.FamilyForms.TeamForm;
import io.jiceng.modules.assistance.family.FamilyForms.VisitForm;
import io.jiceng.modules.assistance.project.Disbursement;
import io.jiceng.modules.assistance.project.ProjectService;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.screen.FieldErrors;
import io.jiceng.platform.screen.Formats;
import io.jiceng.platform.screen.StepNames;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 家庭帮扶: the households of the user's area and the application form; with {@code ?case=<id>} one household's file,
 * step by step (application, assessment, team, plan, visits, evaluation, funds), with the form of the step waiting
 * for the user. The platform's case page (opinions, diagram, attachments) opens from here.
 */
@PermitAll
public class FamilyView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "precise-assistance/family";

    private final FamilyService families;
    private final FamilySteps steps;
    private final WorkItemService workItems;
    private final ResidentService residents;
    private final StaffService staff;
    private final ProjectService projects;
    private final StaffMember me;
    /** The fields of the form on screen, so that a refusal marks its field. */
    private FieldErrors fields = new FieldErrors();

    public FamilyView(FamilyService families, FamilySteps steps, WorkItemService workItems, ResidentService residents,
                      StaffService staff, ProjectService projects, CurrentStaff currentStaff) {
        this.families = families;
        this.steps = steps;
        this.workItems = workItems;
        this.residents = residents;
        this.staff = staff;
        this.projects = projects;
        this.me = currentStaff.get();
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> caseParameter = event.getLocation().getQueryParameters().getParameters().getOrDefault("case", List.of());
        if (caseParameter.isEmpty()) {
            showList();
        } else {
            showFile(Long.parseLong(caseParameter.get(0)));
        }
    }

    static void open(Component from, long caseId) {
        from.getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.of("case", String.valueOf(caseId))));
    }

    void showList() {
        removeAll();
        fields = new FieldErrors();
        add(new H2(t("precise-assistance.family.title")));
        if (me.has(Permission.CASE_START)) {
            add(applicationForm());
        }
        Grid<CaseRecord> grid = new Grid<>();
        grid.addColumn(CaseRecord::caseNo).setHeader(t("precise-assistance.family.case-no"));
        grid.addColumn(CaseRecord::title).setHeader(t("precise-assistance.family.household"));
        grid.addColumn(c -> t("status." + c.status().name())).setHeader(t("precise-assistance.family.status"));
        grid.addColumn(c -> workItems.waitingSteps(c).stream().map(item -> stepName(c, item)).distinct()
                .reduce((a, b) -> a + "、" + b).orElse("")).setHeader(t("precise-assistance.family.current-step"));
        grid.setItems(query -> families.families(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> open(this, click.getItem().id()));
        add(new H3(t("precise-assistance.family.list")), grid);
    }

    private Component applicationForm() {
        TextField idNumber = fields.field("residentId", new TextField(t("precise-assistance.family.resident-id-number")));
        IntegerField size = fields.field("data.householdSize", new IntegerField(t("precise-assistance.family.household-size")));
        size.setMin(1);
        size.setStepButtonsVisible(true);
        TextArea difficulty = fields.field("data.difficulty", new TextArea(t("precise-assistance.family.difficulty")));
        difficulty.setWidthFull();
        Button submit = primary(t("precise-assistance.family.apply.submit"), () -> {
            Resident resident = residents.search(new ResidentQuery(idNumber.getValue().strip(), null, 0, 1)).residents().stream()
                    .findFirst().orElseThrow(() -> new InvalidField("residentId", "precise-assistance.family.resident.not-found"));
            CaseRecord record = families.apply(resident.id(), size.getValue() == null ? 0 : size.getValue(), difficulty.getValue());
            Notification.show(t("precise-assistance.family.applied", record.caseNo()));
            open(this, record.id());
        });
        FormLayout form = new FormLayout(idNumber, size, difficulty, submit);
        form.setColspan(difficulty, 2);
        return section("precise-assistance.family.apply", form);
    }

    void showFile(long caseId) {
        removeAll();
        fields = new FieldErrors();
        FamilyFile file = families.file(caseId);
        CaseRecord record = file.caseRecord();
        Button back = new Button(t("precise-assistance.family.back"), click -> getUI().ifPresent(ui -> ui.navigate(ROUTE)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button caseLink = new Button(t("precise-assistance.family.open-case"),
                click -> getUI().ifPresent(ui -> ui.navigate("cases/" + record.id())));
        caseLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new H2(record.caseNo() + "　" + record.title()),
                new Span(t("status." + record.status().name())), back, caseLink);
        header.setAlignItems(Alignment.BASELINE);
        add(header);
        yourStep(file);
        add(applicationSection(file), assessmentSection(file), teamSection(file), planSection(file), visitSection(file),
                evaluationSection(file), fundsSection(file));
    }

    private void yourStep(FamilyFile file) {
        for (String step : List.of(FamilyCase.ASSESSMENT, FamilyCase.TEAM, FamilyCase.PLAN, FamilyCase.VISIT, FamilyCase.EVALUATION)) {
            var open = steps.openStep(file.caseRecord(), step);
            if (open.isPresent()) {
                Component form = switch (step) {
                    case FamilyCase.ASSESSMENT -> assessmentForm(file);
                    case FamilyCase.TEAM -> teamForm(file);
                    case FamilyCase.PLAN -> planForm(file);
                    case FamilyCase.VISIT -> visitForm(file);
                    default -> evaluationForm(file);
                };
                VerticalLayout box = section("precise-assistance.family.section.your-step", form, stepName(file.caseRecord(), open.get()));
                box.getStyle().set("border", "1px solid var(--lumo-primary-color-50pct)")
                        .set("border-radius", "var(--lumo-border-radius-l)");
                add(box);
                return;
            }
        }
    }

    private Component applicationSection(FamilyFile file) {
        FamilyApplication application = file.application();
        FormLayout form = new FormLayout();
        form.addFormItem(new Span(String.valueOf(application.householdSize())), t("precise-assistance.family.household-size"));
        form.addFormItem(new Span(staffName(application.appliedBy())), t("precise-assistance.family.applied-by"));
        form.addFormItem(new Span(date(application.appliedAt())), t("precise-assistance.family.applied-at"));
        form.addFormItem(new Span(application.difficulty()), t("precise-assistance.family.difficulty"));
        return section("precise-assistance.family.section.application", form);
    }

    private Component assessmentSection(FamilyFile file) {
        if (file.needs().isEmpty()) {
            return section("precise-assistance.family.section.assessment", nothingYet());
        }
        Grid<Need> grid = new Grid<>();
        grid.addColumn(n -> t("precise-assistance.family.need.area." + n.area().name())).setHeader(t("precise-assistance.family.section.assessment"));
        grid.addColumn(Need::score).setHeader(t("precise-assistance.family.need.score"));
        grid.addColumn(Need::description).setHeader(t("precise-assistance.family.need.description")).setFlexGrow(3);
        grid.setItems(file.needs().stream().sorted(java.util.Comparator.comparing(Need::area)).toList());
        grid.setAllRowsVisible(true);
        return section("precise-assistance.family.section.assessment", grid);
    }

    private Component teamSection(FamilyFile file) {
        if (file.team().isEmpty()) {
            return section("precise-assistance.family.section.team", nothingYet());
        }
        HelperTeam team = file.team().get();
        FormLayout form = new FormLayout();
        form.addFormItem(new Span(team.specialistName()), t("precise-assistance.family.team.specialist"));
        form.addFormItem(new Span(withPhone(team.socialWorkerName(), team.socialWorkerPhone())), t("precise-assistance.family.team.social-worker"));
        form.addFormItem(new Span(withPhone(team.volunteerName(), team.volunteerPhone())), t("precise-assistance.family.team.volunteer"));
        return section("precise-assistance.family.section.team", form);
    }

    private Component planSection(FamilyFile file) {
        if (file.plans().isEmpty()) {
            return section("precise-assistance.family.section.plan", nothingYet());
        }
        Grid<CarePlan> grid = new Grid<>();
        grid.addColumn(CarePlan::goals).setHeader(t("precise-assistance.family.plan.goals")).setFlexGrow(3);
        grid.addColumn(p -> t("precise-assistance.family.plan.frequency." + p.frequency().name())).setHeader(t("precise-assistance.family.plan.frequency"));
        grid.addColumn(CarePlan::startsOn).setHeader(t("precise-assistance.family.plan.starts-on"));
        grid.addColumn(CarePlan::endsOn).setHeader(t("precise-assistance.family.plan.ends-on"));
        grid.addColumn(CarePlan::plannedVisits).setHeader(t("precise-assistance.family.plan.planned-visits"));
        grid.setItems(file.plans());
        grid.setAllRowsVisible(true);
        return section("precise-assistance.family.section.plan", grid);
    }

    private Component visitSection(FamilyFile file) {
        int planned = file.plans().stream().mapToInt(CarePlan::plannedVisits).sum();
        List<WorkItem> waiting = workItems.waitingSteps(file.caseRecord()).stream()
                .filter(item -> FamilyCase.VISIT.equals(item.stepKey())).toList();
        long overdue = waiting.stream().filter(item -> item.isOverdue(Instant.now())).count();
        VerticalLayout content = new VerticalLayout(new Span(t("precise-assistance.family.visit.done-vs-planned", file.visits().size(), planned)
                + "；" + t("precise-assistance.family.visit.waiting", waiting.size(), overdue)));
        content.setPadding(false);
        if (!file.visits().isEmpty()) {
            Grid<HomeVisit> grid = new Grid<>();
            grid.addColumn(HomeVisit::visitedOn).setHeader(t("precise-assistance.family.visit.visited-on"));
            grid.addColumn(HomeVisit::visitor).setHeader(t("precise-assistance.family.visit.visitor"));
            grid.addColumn(HomeVisit::notes).setHeader(t("precise-assistance.family.visit.notes")).setFlexGrow(3);
            grid.setItems(file.visits());
            grid.setAllRowsVisible(true);
            content.add(grid);
        }
        return section("precise-assistance.family.section.visits", content);
    }

    private Component evaluationSection(FamilyFile file) {
        if (file.evaluations().isEmpty()) {
            return section("precise-assistance.family.section.evaluation", nothingYet());
        }
        Grid<Evaluation> grid = new Grid<>();
        grid.addColumn(e -> date(e.evaluatedAt())).setHeader(t("precise-assistance.family.applied-at"));
        grid.addColumn(e -> t("precise-assistance.family.evaluation.outcome." + e.outcome().name())).setHeader(t("precise-assistance.family.evaluation.outcome"));
        grid.addColumn(Evaluation::summary).setHeader(t("precise-assistance.family.evaluation.summary")).setFlexGrow(3);
        grid.setItems(file.evaluations());
        grid.setAllRowsVisible(true);
        return section("precise-assistance.family.section.evaluation", grid);
    }

    private Component fundsSection(FamilyFile file) {
        List<Disbursement> paid = projects.ofCase(file.caseRecord().id());
        if (paid.isEmpty()) {
            return section("precise-assistance.family.section.funds", nothingYet());
        }
        Map<Long, String> projectNames = new HashMap<>();
        Grid<Disbursement> grid = new Grid<>();
        grid.addColumn(d -> projectNames.computeIfAbsent(d.projectId(), id -> projectName(id))).setHeader(t("precise-assistance.disbursement.project"));
        grid.addColumn(d -> d.amount().toPlainString()).setHeader(t("precise-assistance.disbursement.amount"));
        grid.addColumn(Disbursement::paidOn).setHeader(t("precise-assistance.disbursement.paid-on"));
        grid.addColumn(Disbursement::purpose).setHeader(t("precise-assistance.disbursement.purpose")).setFlexGrow(2);
        grid.setItems(paid);
        grid.setAllRowsVisible(true);
        return section("precise-assistance.family.section.funds", grid);
    }

    private String projectName(long id) {
        try {
            return projects.get(id).name();
        } catch (Problem outsideMyArea) {
            return "#" + id;
        }
    }

    private Component assessmentForm(FamilyFile file) {
        Map<NeedArea, IntegerField> scores = new EnumMap<>(NeedArea.class);
        Map<NeedArea, TextField> descriptions = new EnumMap<>(NeedArea.class);
        FormLayout form = new FormLayout();
        for (NeedArea area : NeedArea.values()) {
            IntegerField score = fields.field("needs." + area.name(), new IntegerField(t("precise-assistance.family.need.area." + area.name())
                    + " · " + t("precise-assistance.family.need.score")));
            score.setMin(0);
            score.setMax(Need.MAX_SCORE);
            score.setValue(0);
            score.setStepButtonsVisible(true);
            TextField description = new TextField(t("precise-assistance.family.need.description"));
            scores.put(area, score);
            descriptions.put(area, description);
            form.add(score, description);
        }
        Checkbox needed = new Checkbox(t("precise-assistance.family.need.help-needed"), true);
        TextArea opinion = new TextArea(t("precise-assistance.family.need.opinion"));
        form.add(needed, opinion);
        form.add(primary(t("precise-assistance.family.need.submit"), () -> {
            Map<NeedArea, AreaFinding> findings = new EnumMap<>(NeedArea.class);
            scores.forEach((area, score) -> findings.put(area, new AreaFinding(score.getValue() == null ? -1 : score.getValue(),
                    descriptions.get(area).getValue())));
            families.assess(file.caseRecord().id(), new NeedsAssessment(findings, needed.getValue(), opinion.getValue()));
            done(file);
        }));
        return form;
    }

    private Component teamForm(FamilyFile file) {
        ComboBox<StaffMember> specialist = fields.field("specialistUsername", new ComboBox<>(t("precise-assistance.family.team.specialist")));
        specialist.setItems(staff.coveringDivision(file.caseRecord().divisionCode()).stream().filter(StaffMember::enabled).toList());
        specialist.setItemLabelGenerator(StaffMember::displayName);
        TextField socialWorker = fields.field("socialWorkerName", new TextField(t("precise-assistance.family.team.social-worker")));
        TextField socialWorkerPhone = fields.field("socialWorkerPhone", new TextField(t("precise-assistance.family.team.phone")));
        TextField volunteer = fields.field("volunteerName", new TextField(t("precise-assistance.family.team.volunteer")));
        TextField volunteerPhone = fields.field("volunteerPhone", new TextField(t("precise-assistance.family.team.phone")));
        return new FormLayout(specialist, new Span(), socialWorker, socialWorkerPhone, volunteer, volunteerPhone,
                primary(t("precise-assistance.family.team.submit"), () -> {
                    families.formTeam(file.caseRecord().id(), new TeamForm(
                            specialist.getValue() == null ? null : specialist.getValue().username(), socialWorker.getValue(),
                            socialWorkerPhone.getValue(), volunteer.getValue(), volunteerPhone.getValue()));
                    done(file);
                }));
    }

    private Component planForm(FamilyFile file) {
        TextArea goals = fields.field("goals", new TextArea(t("precise-assistance.family.plan.goals")));
        RadioButtonGroup<VisitFrequency> frequency = new RadioButtonGroup<>(t("precise-assistance.family.plan.frequency"));
        frequency.setItems(VisitFrequency.values());
        frequency.setItemLabelGenerator(f -> t("precise-assistance.family.plan.frequency." + f.name()));
        frequency.setValue(VisitFrequency.BIWEEKLY);
        DatePicker endsOn = fields.field("endsOn", new DatePicker(t("precise-assistance.family.plan.ends-on")));
        endsOn.setMin(LocalDate.now(FamilyService.BEIJING).plusDays(1));
        FormLayout form = new FormLayout(goals, frequency, endsOn, primary(t("precise-assistance.family.plan.submit"), () -> {
            families.plan(file.caseRecord().id(), new PlanForm(goals.getValue(), frequency.getValue(), endsOn.getValue()));
            done(file);
        }));
        form.setColspan(goals, 2);
        return form;
    }

    private Component visitForm(FamilyFile file) {
        DatePicker visitedOn = fields.field("visitedOn", new DatePicker(t("precise-assistance.family.visit.visited-on"),
                LocalDate.now(FamilyService.BEIJING)));
        visitedOn.setMax(LocalDate.now(FamilyService.BEIJING));
        TextField visitor = fields.field("visitor", new TextField(t("precise-assistance.family.visit.visitor"), me.displayName(), ""));
        TextArea notes = fields.field("notes", new TextArea(t("precise-assistance.family.visit.notes")));
        FormLayout form = new FormLayout(visitedOn, visitor, notes, primary(t("precise-assistance.family.visit.submit"), () -> {
            families.recordVisit(file.caseRecord().id(), new VisitForm(visitedOn.getValue(), visitor.getValue(), notes.getValue()));
            done(file);
        }));
        form.setColspan(notes, 2);
        return form;
    }

    private Component evaluationForm(FamilyFile file) {
        RadioButtonGroup<Evaluation.Outcome> outcome = new RadioButtonGroup<>(t("precise-assistance.family.evaluation.outcome"));
        outcome.setItems(Evaluation.Outcome.values());
        outcome.setItemLabelGenerator(o -> t("precise-assistance.family.evaluation.outcome." + o.name()));
        TextArea summary = fields.field("summary", new TextArea(t("precise-assistance.family.evaluation.summary")));
        FormLayout form = new FormLayout(outcome, summary, primary(t("precise-assistance.family.evaluation.submit"), () -> {
            families.evaluate(file.caseRecord().id(), new EvaluationForm(outcome.getValue(), summary.getValue()));
            done(file);
        }));
        form.setColspan(summary, 2);
        return form;
    }

    private void done(FamilyFile file) {
        Notification.show(t("precise-assistance.family.saved"));
        showFile(file.caseRecord().id());
    }

    /** A primary button whose refusal marks the field at fault (the platform's handler tells the message). */
    private Button primary(String label, Runnable action) {
        Button button = new Button(label, click -> fields.run(action));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private VerticalLayout section(String titleKey, Component content, Object... arguments) {
        VerticalLayout section = new VerticalLayout(new H3(t(titleKey, arguments)), content);
        section.setWidthFull();
        return section;
    }

    private Component nothingYet() {
        return new Span(t("precise-assistance.family.nothing-yet"));
    }

    private String stepName(CaseRecord record, WorkItem item) {
        return StepNames.of(this, record, item.stepKey(), item.stepName());
    }

    private String staffName(String username) {
        return staff.find(username).map(StaffMember::displayName).orElse(username);
    }

    private static String withPhone(String name, String phone) {
        return phone == null ? name : name + "（" + phone + "）";
    }

    private String date(Instant at) {
        return Formats.date(at, getLocale());
    }

    private String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }

}
