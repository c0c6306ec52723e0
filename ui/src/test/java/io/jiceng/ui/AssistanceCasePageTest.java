package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The platform's case page shows what the precise-assistance module contributes for its case types. */
@ScreenTest
class AssistanceCasePageTest extends UiTestSupport {

    @Autowired WorkItemService workItems;
    @Autowired CurrentStaff currentStaff;

    @Test
    void theVillageReviewerSeesTheApplicationsFactsAndRulesOnTheCasePageAndDecidesThere() {
        WorkItem item = claimableStep("specialist", "award", "review");
        loginAs("specialist");

        UI.getCurrent().navigate("cases/" + item.caseRecord().id());

        assertThat(_find(H3.class)).extracting(H3::getText).anySatisfy(text -> assertThat(text).startsWith(item.caseRecord().caseNo()));
        assertThat(_find(Span.class)).extracting(Span::getText).anySatisfy(text -> assertThat(text).contains("年满60周岁"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).as("a year, not an amount (2,026)")
                .anySatisfy(text -> assertThat(text).containsPattern("确认年度 20\\d\\d；"));
        assertThat(_find(RadioButtonGroup.class)).as("the common decision form").hasSize(1);
        assertThat(_find(Span.class)).extracting(Span::getText).as("the level the case is at, not the whole review")
                .contains("当前环节：村级审核").doesNotContain("当前环节：村、乡、县三级审核");

        UI.getCurrent().navigate("inbox");
        @SuppressWarnings("unchecked")
        Grid<WorkItem> mine = _find(Grid.class).get(0);
        int row = GridKt._fetch(mine, 0, GridKt._size(mine)).stream().map(WorkItem::taskId).toList().indexOf(item.taskId());
        assertThat(GridKt._getFormattedRow(mine, row)).contains("村级审核");
    }

    @Test
    void aFamilyStepThatRecordsDataIsDoneInTheFamilyFileNotWithABareDecision() {
        WorkItem item = claimableStep("specialist", "family", "assessment");
        loginAs("specialist");

        UI.getCurrent().navigate("cases/" + item.caseRecord().id());

        assertThat(_find(RadioButtonGroup.class)).as("no bare decision for a step that records data").isEmpty();
        assertThat(_find(Button.class)).extracting(Button::getText).contains("到家庭帮扶档案中办理", "打开家庭帮扶档案");
    }

    /** A step offered to the user's role, claimed by them (签收). */
    private WorkItem claimableStep(String username, String caseType, String stepKey) {
        return currentStaff.runAs(username, () -> {
            WorkItem item = workItems.inbox(new WorkItemFilter(WorkItemScope.CLAIMABLE, "precise-assistance", caseType,
                    false, null, 0, 50)).items().stream().filter(i -> i.stepKey().equals(stepKey)).findFirst().orElseThrow();
            workItems.claim(item.taskId());
            return item;
        });
    }
}
