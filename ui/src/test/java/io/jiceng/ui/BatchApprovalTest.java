package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tabs;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.ui.inbox.InboxView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 批量同意 in the inbox: select, approve with one opinion, every selected case moves on. */
@ScreenTest
class BatchApprovalTest extends UiTestSupport {

    @Autowired CaseService cases;
    @Autowired CurrentStaff currentStaff;

    @Test
    @SuppressWarnings("unchecked")
    void aReviewerApprovesAllSelectedRequestsAtOnce() {
        loginAs("reviewer2");
        UI.getCurrent().navigate(InboxView.class);
        _get(Tabs.class).setSelectedIndex(1);
        Grid<WorkItem> grid = _get(Grid.class);
        List<WorkItem> selected = GridKt._fetch(grid, 0, GridKt._size(grid));
        assertThat(selected).isNotEmpty();

        selected.forEach(grid::select);
        _click(_get(Button.class, spec -> spec.withText("批量同意")));
        _get(Dialog.class);
        _click(_get(Button.class, spec -> spec.withText("同意")));

        assertThat(GridKt._size(grid)).isZero();
        selected.forEach(item -> assertThat(currentStaff.runAs("reviewer2", () -> cases.get(item.caseRecord().id())).status())
                .isEqualTo(CaseStatus.APPROVED));
    }
}
