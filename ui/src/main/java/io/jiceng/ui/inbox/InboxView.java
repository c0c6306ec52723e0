package io.jiceng.ui.inbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.CaseTypes;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.workitem.CaseCopies;
import io.jiceng.platform.workitem.CopiedCase;
import io.jiceng.platform.workitem.DoneTask;
import io.jiceng.platform.workitem.TaskWithdrawal;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.ui.casepage.CaseView;
import io.jiceng.platform.screen.Formats;
import io.jiceng.platform.screen.StepNames;
import io.jiceng.ui.shell.Badges;
import io.jiceng.ui.shell.MainLayout;
import io.jiceng.ui.shell.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;

/** 我的待办: tasks assigned to me, tasks my roles may claim (with filters), tasks I did (已办) and copies to me (抄送我的). */
@Route(value = "inbox", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    /** 已办 and 抄送我的 list the most recent ones only. */
    private static final int RECENT = 100;

    private final WorkItemService workItems;
    private final DivisionService divisions;
    private final String me;
    private final String myDivision;

    private final Tab mineTab = new Tab();
    private final Tab claimableTab = new Tab();
    private final Tab doneTab = new Tab();
    private final Tab copiedTab = new Tab();
    private final Tabs tabs = new Tabs(mineTab, claimableTab, doneTab, copiedTab);
    private final TaskWithdrawal withdrawal;
    private final CaseCopies copies;
    private HorizontalLayout filters;
    final Grid<DoneTask> doneGrid = new Grid<>();
    final Grid<CopiedCase> copiedGrid = new Grid<>();
    private final Select<CaseType> caseType = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final TextField text = new TextField();
    final Grid<WorkItem> grid = new Grid<>();
    final Button batchApprove = new Button();

    public InboxView(WorkItemService workItems, CaseTypes caseTypes, DivisionService divisions, CurrentStaff currentStaff,
                     TaskWithdrawal withdrawal, CaseCopies copies) {
        this.workItems = workItems;
        this.withdrawal = withdrawal;
        this.copies = copies;
        this.divisions = divisions;
        this.me = currentStaff.get().username();
        this.myDivision = currentStaff.get().divisionCode();
        setSizeFull();

        caseType.setLabel(getTranslation("inbox.filter.case-type"));
        caseType.setEmptySelectionAllowed(true);
        caseType.setEmptySelectionCaption(getTranslation("filter.all"));
        caseType.setItems(caseTypes.all());
        caseType.setItemLabelGenerator(type -> type == null ? getTranslation("filter.all") : caseTypeLabel(type.moduleId(), type.code()));
        overdueOnly.setLabel(getTranslation("inbox.filter.overdue"));
        text.setLabel(getTranslation("inbox.filter.text"));
        text.setPlaceholder(getTranslation("inbox.filter.text.placeholder"));
        text.setClearButtonVisible(true);
        text.setWidth("16em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        caseType.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        tabs.addSelectedChangeListener(e -> refresh());

        batchApprove.setText(getTranslation("inbox.batch-approve"));
        batchApprove.setEnabled(false);
        batchApprove.addClickListener(click -> new BatchApproveDialog(workItems, List.copyOf(grid.getSelectedItems()), this::refresh).open());
        filters = new HorizontalLayout(caseType, text, overdueOnly, batchApprove);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        configureDoneGrid();
        configureCopiedGrid();
        add(new H2(getTranslation("inbox.title")), tabs, filters, grid, doneGrid, copiedGrid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // 批量审批: tasks that offer APPROVE can be selected and approved together with one opinion.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // the header box ticks every task the filters leave (all pages, not just the rows drawn): a township's
        // hundreds of award applications are approved as one batch, not row by row
        ((GridMultiSelectionModel<WorkItem>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        grid.asMultiSelect().addValueChangeListener(change -> batchApprove.setEnabled(!change.getValue().isEmpty()
                && change.getValue().stream().allMatch(item -> item.decisions().contains(Decision.APPROVE))));
        grid.addColumn(item -> item.caseRecord().caseNo()).setHeader(getTranslation("case.no")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> caseTypeLabel(item.caseRecord().moduleId(), item.caseRecord().caseType()))
                .setHeader(getTranslation("case.type")).setAutoWidth(true);
        grid.addColumn(item -> item.caseRecord().title()).setHeader(getTranslation("case.subject")).setAutoWidth(true);
        grid.addColumn(item -> StepNames.of(this, item.caseRecord(), item.stepKey(), item.stepName())).setHeader(getTranslation("task.step")).setAutoWidth(true);
        grid.addColumn(item -> divisions.nameWithin(item.caseRecord().divisionCode(), myDivision)).setHeader(getTranslation("case.division"))
                .setFlexGrow(2);
        grid.addColumn(item -> Formats.dateTime(item.createdAt(), getLocale())).setHeader(getTranslation("task.arrived"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("task.due")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("task.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
    }

    /** 已办: what I completed, with 撤回 while the next person has not acted. */
    private void configureDoneGrid() {
        doneGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        doneGrid.addColumn(item -> item.caseRecord().caseNo()).setHeader(getTranslation("case.no")).setAutoWidth(true).setFlexGrow(0);
        doneGrid.addColumn(item -> item.caseRecord().title()).setHeader(getTranslation("case.subject")).setAutoWidth(true);
        doneGrid.addColumn(item -> StepNames.of(this, item.caseRecord(), item.stepKey(), item.stepName()))
                .setHeader(getTranslation("task.step")).setAutoWidth(true);
        doneGrid.addColumn(item -> getTranslation("status." + item.caseRecord().status().name()))
                .setHeader(getTranslation("inbox.done.status")).setAutoWidth(true);
        doneGrid.addColumn(item -> Formats.dateTime(item.completedAt(), getLocale())).setHeader(getTranslation("inbox.done.at"))
                .setAutoWidth(true);
        doneGrid.addComponentColumn(item -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (item.withdrawable()) {
                Button withdraw = new Button(getTranslation("action.withdraw"), click -> {
                    withdrawal.withdraw(item.taskId());
                    Notifications.success(getTranslation("inbox.withdrawn", item.caseRecord().caseNo()));
                    refresh();
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                actions.add(withdraw);
            }
            Button view = new Button(getTranslation("action.view"), click -> CaseView.open(item.caseRecord().id()));
            view.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(view);
            return actions;
        }).setHeader(getTranslation("task.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        doneGrid.setEmptyStateText(getTranslation("inbox.done.empty"));
    }

    /** 抄送我的: cases sent to me for information; opening one shows it read-only. */
    private void configureCopiedGrid() {
        copiedGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        copiedGrid.addColumn(item -> item.caseRecord().caseNo()).setHeader(getTranslation("case.no")).setAutoWidth(true).setFlexGrow(0);
        copiedGrid.addColumn(item -> item.caseRecord().title()).setHeader(getTranslation("case.subject")).setAutoWidth(true);
        copiedGrid.addColumn(item -> StepNames.of(this, item.caseRecord(), item.copy().stepKey(), item.copy().stepName()))
                .setHeader(getTranslation("task.step")).setAutoWidth(true);
        copiedGrid.addColumn(CopiedCase::senderName).setHeader(getTranslation("inbox.copied.from")).setAutoWidth(true);
        copiedGrid.addColumn(item -> item.copy().note() == null ? "" : item.copy().note()).setHeader(getTranslation("inbox.copied.note"))
                .setFlexGrow(2);
        copiedGrid.addColumn(item -> Formats.dateTime(item.copy().sentAt(), getLocale())).setHeader(getTranslation("inbox.copied.at"))
                .setAutoWidth(true);
        copiedGrid.addComponentColumn(item -> item.copy().isRead() ? new Span(getTranslation("inbox.copied.read"))
                : Badges.overdue(getTranslation("inbox.copied.unread"))).setHeader(getTranslation("inbox.copied.state")).setAutoWidth(true);
        copiedGrid.addComponentColumn(item -> {
            Button view = new Button(getTranslation("action.view"), click -> CaseView.open(item.caseRecord().id()));
            view.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return view;
        }).setHeader(getTranslation("task.actions")).setAutoWidth(true).setFlexGrow(0);
        copiedGrid.addItemDoubleClickListener(click -> CaseView.open(click.getItem().caseRecord().id()));
        copiedGrid.setEmptyStateText(getTranslation("inbox.copied.empty"));
    }

    private Component due(WorkItem item) {
        if (item.dueAt() == null) {
            return new Span();
        }
        String when = Formats.dateTime(item.dueAt(), getLocale());
        return item.isOverdue(Instant.now()) ? Badges.overdue(when + " " + getTranslation("task.overdue")) : new Span(when);
    }

    private Component actions(WorkItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        if (item.assignee() == null) {
            Button claim = new Button(getTranslation("action.claim"), click -> {
                workItems.claim(item.taskId());
                Notifications.success(getTranslation("inbox.claimed", item.caseRecord().caseNo()));
                refresh();
            });
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        }
        Button open = new Button(getTranslation(item.isAssignedTo(me) ? "action.handle" : "action.view"), click -> open(item));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        return actions;
    }

    private void open(WorkItem item) {
        CaseView.open(item.caseRecord().id());
    }

    private WorkItemFilter filter(WorkItemScope scope, int offset, int limit) {
        CaseType type = caseType.getValue();
        return new WorkItemFilter(scope, type == null ? null : type.moduleId(), type == null ? null : type.code(),
                overdueOnly.getValue(), text.getValue(), offset, limit);
    }

    void refresh() {
        WorkItemScope scope = tabs.getSelectedTab() == claimableTab ? WorkItemScope.CLAIMABLE : WorkItemScope.MINE;
        mineTab.setLabel(getTranslation("inbox.tab.mine", workItems.count(filter(WorkItemScope.MINE, 0, 1))));
        claimableTab.setLabel(getTranslation("inbox.tab.claimable", workItems.count(filter(WorkItemScope.CLAIMABLE, 0, 1))));
        doneTab.setLabel(getTranslation("inbox.tab.done"));
        copiedTab.setLabel(getTranslation("inbox.tab.copied", copies.unreadCount()));
        boolean done = tabs.getSelectedTab() == doneTab;
        boolean copied = tabs.getSelectedTab() == copiedTab;
        filters.setVisible(!done && !copied);
        grid.setVisible(!done && !copied);
        doneGrid.setVisible(done);
        copiedGrid.setVisible(copied);
        if (done) {
            doneGrid.setItems(withdrawal.doneByMe(0, RECENT).items());
            return;
        }
        if (copied) {
            copiedGrid.setItems(copies.copiedToMe(0, RECENT).items());
            return;
        }
        grid.setItems(query -> workItems.inbox(filter(scope, query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) workItems.count(filter(scope, 0, 1)));
    }

    private String caseTypeLabel(String moduleId, String code) {
        return getTranslation("casetype." + moduleId + "." + code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " - " + getTranslation("app.title");
    }
}
