package io.jiceng.ui.casepage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.module.CaseDetails;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.workitem.CaseCopies;
import io.jiceng.platform.workitem.CoSigning;
import io.jiceng.platform.workitem.TaskWithdrawal;
import io.jiceng.platform.workitem.Urging;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.platform.screen.Formats;
import io.jiceng.platform.screen.StepNames;
import io.jiceng.ui.shell.Badges;
import io.jiceng.ui.shell.MainLayout;
import io.jiceng.ui.shell.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** 业务件: the case's data, the step waiting for a decision, the diagram, the opinions timeline, attachments. */
@Route(value = "cases/:caseId(\\d+)", layout = MainLayout.class)
@PermitAll
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final WorkItemService workItems;
    private final ResidentService residents;
    private final DivisionService divisions;
    private final List<CaseDetails> detailsByType;
    private final StaffService staff;
    private final StaffMember me;
    private final TaskWithdrawal withdrawal;
    private final CoSigning coSigning;
    private final CaseCopies copies;
    private final Urging urging;
    private CaseRecord record;
    private boolean identityRevealed;
    Button withdraw;

    public CaseView(CaseService cases, WorkItemService workItems, ResidentService residents, DivisionService divisions,
                    List<CaseDetails> detailsByType, StaffService staff, CurrentStaff currentStaff, TaskWithdrawal withdrawal,
                    CoSigning coSigning, CaseCopies copies, Urging urging) {
        this.withdrawal = withdrawal;
        this.coSigning = coSigning;
        this.copies = copies;
        this.urging = urging;
        this.staff = staff;
        this.cases = cases;
        this.workItems = workItems;
        this.residents = residents;
        this.divisions = divisions;
        this.detailsByType = detailsByType;
        this.me = currentStaff.get();
        setMaxWidth("1200px");
    }

    /** Opens the page of a case. */
    public static void open(long caseId) {
        com.vaadin.flow.component.UI.getCurrent().navigate(CaseView.class,
                new com.vaadin.flow.router.RouteParameters("caseId", String.valueOf(caseId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("caseId").orElseThrow(() -> new NotFound("case", "?"));
        record = cases.get(id);
        identityRevealed = false;
        render();
    }

    void render() {
        record = cases.get(record.id());
        removeAll();
        add(header(), info());
        if (copies.isCopiedToMe(record.id())) {
            add(copiedNote());
        }
        detailsByType.stream().filter(d -> d.handles(record)).findFirst()
                .ifPresent(details -> add(section("case.section.details", details.details(record, identityRevealed))));
        List<WorkItem> open = workItems.openFor(record);
        List<String> mine = open.stream().map(WorkItem::taskId).toList();
        List<WorkItem> othersSteps = workItems.waitingSteps(record).stream().filter(item -> !mine.contains(item.taskId())).toList();
        if (!open.isEmpty() || !othersSteps.isEmpty()) {
            VerticalLayout steps = new VerticalLayout();
            steps.setPadding(false);
            open.forEach(item -> steps.add(stepPanel(item)));
            othersSteps.forEach(item -> steps.add(waitingStep(item)));
            add(section("case.section.task", steps));
        }
        add(section("case.section.diagram", diagram()));
        add(section("case.section.opinions", new OpinionTimeline(record, cases.opinions(record.id()))));
        add(section("case.section.attachments", new AttachmentList(cases, record)));
    }

    private Component header() {
        H2 title = new H2(record.caseNo() + "　" + getTranslation("casetype." + record.moduleId() + "." + record.caseType()));
        title.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(title,
                Badges.status(record.status(), getTranslation("status." + record.status().name())));
        withdrawal.withdrawableOn(record).ifPresent(done -> {
            Button withdraw = new Button(getTranslation("action.withdraw"), click -> {
                withdrawal.withdraw(done.taskId());
                Notifications.success(getTranslation("inbox.withdrawn", record.caseNo()));
                render();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            withdraw.setTooltipText(getTranslation("case.withdraw.hint"));
            header.add(withdraw);
        });
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!record.status().isFinal() && cases.mayWithdraw(record)) {
            withdraw = new Button(getTranslation("case.withdraw"),
                    click -> new WithdrawDialog(cases, record, this::render).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            header.add(withdraw);
        } else {
            withdraw = null;
        }
        return header;
    }

    private Component info() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        if (record.residentId() != null) {
            form.addFormItem(new ResidentIdentity(residents, record.residentId(), identityRevealed,
                    me.has(io.jiceng.platform.staff.Permission.IDENTITY_FULL_VIEW), revealed -> {
                identityRevealed = revealed;
                render();
            }), getTranslation("case.resident"));
        }
        form.addFormItem(new Span(divisions.fullName(record.divisionCode())), getTranslation("case.division"));
        form.addFormItem(new Span(staff.find(record.createdBy()).map(StaffMember::displayName).orElse(record.createdBy())),
                getTranslation("case.created-by"));
        form.addFormItem(new Span(Formats.dateTime(record.createdAt(), getLocale())), getTranslation("case.created-at"));
        if (record.closedAt() != null) {
            form.addFormItem(new Span(Formats.dateTime(record.closedAt(), getLocale())), getTranslation("case.closed-at"));
        }
        return form;
    }

    private Component stepPanel(WorkItem item) {
        Div panel = new Div();
        panel.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        Span step = new Span(getTranslation("task.current-step",
                StepNames.of(this, record, item.stepKey(), item.stepName())));
        step.getStyle().set("font-weight", "600");
        HorizontalLayout head = new HorizontalLayout(step);
        if (item.dueAt() != null) {
            head.add(new Span(getTranslation("task.due") + "：" + Formats.dateTime(item.dueAt(), getLocale())));
            if (item.isOverdue(java.time.Instant.now())) {
                head.add(Badges.overdue(getTranslation("task.overdue")));
            }
        }
        panel.add(head);
        if (item.assignee() == null) {
            Button claim = new Button(getTranslation("action.claim"), click -> {
                workItems.claim(item.taskId());
                Notifications.success(getTranslation("inbox.claimed", record.caseNo()));
                render();
            });
            panel.add(new Div(new Span(getTranslation("task.offered-to-your-role")), claim));
            return panel;
        }
        if (workItems.canRelease(item)) {
            Button release = new Button(getTranslation("action.release"), click -> {
                workItems.unclaim(item.taskId());
                Notifications.success(getTranslation("task.released"));
                render();
            });
            release.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            head.add(release);
        }
        if (item.isAssignedTo(me.username()) && !item.decisions().contains(Decision.RESOLVE)
                && !item.decisions().contains(Decision.RESUBMIT) && !item.decisions().contains(Decision.COSIGN)) {
            for (Decision how : java.util.List.of(Decision.DELEGATE, Decision.TRANSFER, Decision.ADD_SIGNER)) {
                Button handOver = new Button(getTranslation("decision." + how.name()),
                        click -> new HandOverDialog(workItems, divisions, item, how, handOverAction(item, how), this::afterHandOver).open());
                handOver.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                head.add(handOver);
            }
            Button copy = new Button(getTranslation("decision.COPY"),
                    click -> new CopyDialog(workItems, copies, divisions, item, () -> {
                        Notifications.success(getTranslation("copy.done"));
                        render();
                    }).open());
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            head.add(copy);
            List<String> pending = coSigning.pendingSigners(item.taskId());
            if (!pending.isEmpty()) {
                panel.add(new Div(new Span(getTranslation("cosign.pending", String.join("、", pending)))));
            }
        }
        Component revise = detailsByType.stream().filter(d -> d.handles(record)).findFirst()
                .map(d -> d.reviseForm(record, item, this::afterDecision)).orElse(null);
        panel.add(revise != null ? revise : new DecisionForm(workItems, item, this::afterDecision));
        return panel;
    }

    private java.util.function.BiConsumer<String, String> handOverAction(WorkItem item, Decision how) {
        return switch (how) {
            case DELEGATE -> (to, note) -> workItems.delegate(item.taskId(), to, note);
            case TRANSFER -> (to, note) -> workItems.transfer(item.taskId(), to, note);
            default -> (to, note) -> coSigning.addSigner(item.taskId(), to, note);
        };
    }

    /** A step someone else works (or may claim): who has it, and 催办. */
    private Component waitingStep(WorkItem item) {
        String who = item.assignee() == null ? getTranslation("case.step.unclaimed")
                : staff.find(item.assignee()).map(StaffMember::displayName).orElse(item.assignee());
        Span step = new Span(getTranslation("case.step.waiting", StepNames.of(this, record, item.stepKey(), item.stepName()), who));
        Button urge = new Button(getTranslation("action.urge"), click -> new UrgeDialog(urging, item, () -> {
            Notifications.success(getTranslation("urge.done"));
            render();
        }).open());
        urge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout line = new HorizontalLayout(step, urge);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    /** The case was sent to me for information: read-only, with a way to mark it read. */
    private Component copiedNote() {
        Span note = new Span(getTranslation("case.copied-to-you"));
        Button read = new Button(getTranslation("action.mark-read"), click -> {
            copies.markRead(record.id());
            Notifications.success(getTranslation("case.copied.marked-read"));
            render();
        });
        read.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout line = new HorizontalLayout(note, read);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private void afterHandOver() {
        Notifications.success(getTranslation("handover.done"));
        render();
    }

    private void afterDecision() {
        Notifications.success(getTranslation("task.completed"));
        render();
    }

    private Component diagram() {
        return new Html("<div style=\"overflow-x:auto;width:100%\">" + DiagramSvg.render(cases.progress(record.id())) + "</div>");
    }

    private Component section(String titleKey, Component content) {
        H3 title = new H3(getTranslation(titleKey));
        title.getStyle().set("margin-bottom", "0");
        VerticalLayout section = new VerticalLayout(title, content);
        section.setPadding(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return (record == null ? "" : record.caseNo() + " - ") + getTranslation("app.title");
    }
}
