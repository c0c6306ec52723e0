package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.ui.casepage.CaseView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 委派 on the case page: the reviewer asks the county for an opinion, and the task comes back with it. */
@ScreenTest
class HandOverTest extends UiTestSupport {

    @Autowired WorkItemService workItems;
    @Autowired CurrentStaff currentStaff;

    @Test
    @SuppressWarnings("unchecked")
    void aReviewerDelegatesToTheCountyWhoAnswersWithAnOpinion() {
        CaseRecord request = new CorrectionRequests(context).waitingForXimei();
        WorkItem item = currentStaff.runAs("reviewer", () -> workItems.openFor(request).get(0));
        loginAs("reviewer");
        CaseView.open(item.caseRecord().id());
        _click(_get(Button.class, spec -> spec.withText("签收")));

        _click(_get(Button.class, spec -> spec.withText("委派")));
        ComboBox<StaffMember> colleague = _get(ComboBox.class);
        colleague.setValue(currentStaff.runAs("reviewer", () -> workItems.colleaguesFor(item.taskId())).stream()
                .filter(m -> m.username().equals("county")).findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("说明")), "请县里把关");
        _click(_find(Button.class, spec -> spec.withText("委派")).get(1));

        loginAs("county");
        CaseView.open(item.caseRecord().id());
        RadioButtonGroup<Decision> decision = _get(RadioButtonGroup.class);
        assertThat(decision.getValue()).isEqualTo(Decision.RESOLVE);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("办理意见")), "符合条件，建议同意");
        _click(_get(Button.class, spec -> spec.withText("提交办理意见")));

        loginAs("reviewer");
        List<WorkItem> back = workItems.inbox(WorkItemFilter.of(WorkItemScope.MINE)).items();
        assertThat(back).extracting(WorkItem::taskId).contains(item.taskId());
    }
}
