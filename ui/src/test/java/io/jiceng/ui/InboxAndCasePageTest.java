package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import org.springframework.beans.factory.annotation.Autowired;
import io.jiceng.ui.casepage.CaseView;
import io.jiceng.ui.inbox.InboxView;
import io.jiceng.ui.residents.ResidentListView;
import io.jiceng.ui.shell.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inbox and the case page as the demo's street clerk and township reviewers see them. */
@ScreenTest
class InboxAndCasePageTest extends UiTestSupport {

    @Autowired WorkItemService workItems;

    @SuppressWarnings("unchecked")
    private List<WorkItem> rows() {
        Grid<WorkItem> grid = _get(Grid.class);
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private long claimableCount() {
        return workItems.count(WorkItemFilter.of(WorkItemScope.CLAIMABLE));
    }

    private void showClaimable() {
        Tabs tabs = _get(Tabs.class);
        tabs.setSelectedIndex(1);
    }

    @Test
    void aTownshipReviewerClaimsARequestFromTheInboxAndApprovesItOnTheCasePage() {
        loginAs("reviewer");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).containsExactly("待我办理（0）", "可签收（" + claimableCount() + "）", "已办", "抄送我的（0）");
        showClaimable();
        // the core's own resident-record correction (installed modules' demo cases are in the inbox too)
        WorkItem request = rows().stream().filter(item -> item.caseRecord().moduleId().equals("core")).findFirst().orElseThrow();
        assertThat(request.stepName()).isEqualTo("街道审核");
        assertThat(request.caseRecord().title()).contains("*");

        CaseView.open(request.caseRecord().id());
        assertThat(_get(Html.class).getInnerHtml()).contains("data-element-id=\"townshipReview\" data-state=\"active\"");
        _click(_get(Button.class, spec -> spec.withText("签收")));
        _setValue(_get(RadioButtonGroup.class), Decision.APPROVE);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("办理意见")), "材料齐全，同意更正。");
        _click(_get(Button.class, spec -> spec.withText("提交办理意见")));

        assertThat(_find(Span.class, spec -> spec.withText("已通过"))).isNotEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("材料齐全，同意更正。"))).hasSize(1);
        assertThat(_get(Html.class).getInnerHtml()).contains("data-element-id=\"approved\" data-state=\"done\"");
    }

    @Test
    void aReturnedRequestWaitsInTheClerksOwnTasksAndGoesBackToReviewWhenResubmitted() {
        loginAs("clerk");
        UI.getCurrent().navigate(InboxView.class);
        WorkItem returned = rows().stream().filter(item -> item.caseRecord().status() == CaseStatus.RETURNED)
                .findFirst().orElseThrow();
        assertThat(returned.stepName()).isEqualTo("修改后重新提交");

        CaseView.open(returned.caseRecord().id());
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("请补充户主变更的户口簿复印件后重新提交。"))).hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("更正理由")), "已补充户口簿复印件，原户主已迁出");
        _click(_get(Button.class, spec -> spec.withText("重新提交")));

        assertThat(_find(Span.class, spec -> spec.withText("审核中"))).isNotEmpty();
    }

    @Test
    void aReviewerOfAnotherStreetSeesOnlyTheirOwnStreetsWork() {
        loginAs("reviewer");
        UI.getCurrent().navigate(InboxView.class);
        showClaimable();
        long ximeiCase = rows().stream().filter(item -> item.caseRecord().moduleId().equals("core")).findFirst()
                .map(item -> item.caseRecord().id()).orElse(1L);

        loginAs("reviewer2");
        UI.getCurrent().navigate(InboxView.class);
        showClaimable();
        assertThat(rows()).isNotEmpty().allSatisfy(item -> assertThat(item.caseRecord().divisionCode()).startsWith("350583002"));

        CaseView.open(ximeiCase);
        _get(NotFoundView.class);
    }

    @Test
    void aWrongCheckDigitIsShownAtTheIdNumberFieldAndNothingIsSaved() {
        loginAs("clerk");
        UI.getCurrent().navigate(ResidentListView.class);
        _click(_get(Button.class, spec -> spec.withText("登记居民")));
        TextField idNumber = _get(TextField.class, spec -> spec.withLabel("身份证号码"));
        _setValue(idNumber, "110105194912310021");
        _setValue(_get(TextField.class, spec -> spec.withLabel("姓名")), "林美玲");
        _click(_get(Button.class, spec -> spec.withText("保存")));

        assertThat(idNumber.isInvalid()).isTrue();
        assertThat(idNumber.getErrorMessage()).isEqualTo("身份证号码校验位不正确，请核对是否录入有误。");
    }
}
