package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.workitem.CopiedCase;
import io.jiceng.platform.workitem.DoneTask;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.ui.casepage.CaseView;
import io.jiceng.ui.inbox.InboxView;
import io.jiceng.ui.shell.NotificationBell;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 已办 with 撤回, 抄送我的, and 催办 with the bell, on the screens with the demo data. */
@ScreenTest
class TaskActionsUiTest extends UiTestSupport {

    @Autowired WorkItemService workItems;
    @Autowired CaseService cases;
    @Autowired CurrentStaff currentStaff;

    private void showTab(int index) {
        UI.getCurrent().navigate(InboxView.class);
        _get(Tabs.class).setSelectedIndex(index);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewerWithdrawsACaseSheReturnedBeforeTheClerkRevisesIt() {
        CaseRecord request = new CorrectionRequests(context).returnedByXimei();
        loginAs("reviewer");
        showTab(2);
        Grid<DoneTask> done = _get(Grid.class);
        int row = IntStream.range(0, GridKt._size(done)).filter(i -> GridKt._get(done, i).withdrawable())
                .filter(i -> GridKt._get(done, i).caseRecord().id().equals(request.id())).findFirst().orElseThrow();
        CaseRecord returned = GridKt._get(done, row).caseRecord();
        assertThat(returned.status()).isEqualTo(CaseStatus.RETURNED);

        Component actions = GridKt._getCellComponent(done, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("撤回")));

        CaseRecord back = currentStaff.runAs("reviewer", () -> cases.get(returned.id()));
        assertThat(back.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(workItems.inbox(WorkItemFilter.of(WorkItemScope.MINE)).items())
                .extracting(item -> item.caseRecord().id()).contains(returned.id());
        loginAs("clerk");
        assertThat(workItems.openFor(back)).as("nothing left to revise").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewerCopiesACaseToTheClerkWhoReadsItAndUrgesTheReviewerThroughTheBell() {
        CaseRecord request = new CorrectionRequests(context).waitingForXimei();
        WorkItem waiting = currentStaff.runAs("reviewer", () -> workItems.openFor(request).get(0));
        long caseId = waiting.caseRecord().id();
        loginAs("reviewer");
        CaseView.open(caseId);
        _click(_get(Button.class, spec -> spec.withText("签收")));
        _click(_get(Button.class, spec -> spec.withText("抄送")));
        MultiSelectComboBox<StaffMember> recipients = _get(MultiSelectComboBox.class);
        recipients.setValue(currentStaff.runAs("reviewer", () -> workItems.colleaguesFor(waiting.taskId())).stream()
                .filter(m -> m.username().equals("clerk")).collect(java.util.stream.Collectors.toSet()));
        _click(_find(Button.class, spec -> spec.withText("抄送")).get(1));

        loginAs("clerk");
        showTab(3);
        Grid<CopiedCase> copied = _get(Grid.class);
        assertThat(GridKt._size(copied)).isEqualTo(1);
        assertThat(GridKt._get(copied, 0).caseRecord().id()).isEqualTo(caseId);
        CaseView.open(caseId);
        _get(Span.class, spec -> spec.withText("此业务件抄送给您知悉，只读。"));
        assertThat(_find(Button.class, spec -> spec.withText("提交办理意见"))).as("no step form").isEmpty();
        _click(_get(Button.class, spec -> spec.withText("标记已读")));
        _click(_get(Button.class, spec -> spec.withText("催办")));
        _click(_find(Button.class, spec -> spec.withText("催办")).get(1));

        loginAs("reviewer");
        UI.getCurrent().navigate(InboxView.class);
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.getText()).isEqualTo("1");
        _click(bell);
        _click(_find(Button.class).stream().filter(b -> b.getText().startsWith("王丽华 催办：请尽快办理。")).findFirst().orElseThrow());
        assertThat(_get(CaseView.class)).isNotNull();
        assertThat(_get(NotificationBell.class).getText()).isEmpty();
    }
}
