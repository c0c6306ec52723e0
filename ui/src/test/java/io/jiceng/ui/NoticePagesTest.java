package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.notice.AwaitingProcedure;
import io.jiceng.platform.notice.NoticeEntry;
import io.jiceng.platform.notice.Objection;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.ui.notice.NoticeListView;
import io.jiceng.ui.notice.NoticeView;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The street publishes its approved cases, the notice shows them masked, and the counter registers an objection. */
@ScreenTest
class NoticePagesTest extends UiTestSupport {

    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;

    private CaseRecord approvedCase() {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("35058319520718331"));
        form.setName("柯碧霞");
        form.setDivisionCode("350583001001");
        Resident resident = currentStaff.runAs("clerk", () -> residents.register(form));
        CaseRecord record = currentStaff.runAs("clerk", () -> cases.start(new CaseStart("sample", "noticed", resident.id(),
                resident.divisionCode(), resident.maskedName(), Map.of()), "申请"));
        currentStaff.runAs("reviewer", () -> {
            var item = workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                    .filter(i -> i.caseRecord().id().equals(record.id())).findFirst().orElseThrow();
            workItems.complete(item.taskId(), Decision.APPROVE, "同意");
            return null;
        });
        return record;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClerkPublishesTheStreetsNoticeAndRegistersAnObjectionAtTheCounter() {
        CaseRecord record = approvedCase();
        loginAs("clerk");
        UI.getCurrent().navigate(NoticeListView.class);

        _click(_get(Button.class, spec -> spec.withText("发布公示")));
        Select<AwaitingProcedure> procedure = _get(Select.class, spec -> spec.withLabel("公示事项"));
        procedure.setValue(procedure.getListDataView().getItems()
                .filter(p -> p.procedure().equals("sample/noticed")).findFirst().orElseThrow());
        Grid<CaseRecord> waiting = _get(Grid.class, spec -> spec.withId("waiting"));
        assertThat(waiting.getSelectedItems()).extracting(CaseRecord::id).contains(record.id());
        _click(_get(Button.class, spec -> spec.withText("发布")));

        NoticeView page = _get(NoticeView.class);
        Grid<NoticeEntry> entries = (Grid<NoticeEntry>) _get(page, Grid.class, spec -> spec.withId("entries"));
        NoticeEntry entry = GridKt._get(entries, 0);
        assertThat(entry.maskedName()).isEqualTo("柯*霞");
        assertThat(entry.maskedIdNumber()).doesNotContain("19520718");
        assertThat(cases.get(record.id()).status()).isEqualTo(CaseStatus.IN_NOTICE);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(page, com.vaadin.flow.component.html.Span.class))
                .extracting(com.vaadin.flow.component.html.Span::getText).as("how to object, from the demo configuration")
                .contains("异议受理地址：溪美街道社会事务办公室（南安市溪美街道中山街 2 号）", "监督电话：0595-86395210");
        String noticePath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(entries, 0, "actions");
        _click((Button) actions.getComponentAt(0));
        _setValue(_get(TextField.class, spec -> spec.withLabel("异议人")), "邻居甲");
        _click(lastRegisterButton());
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("异议内容"));
        assertThat(reason.isInvalid()).as("the reason is required").isTrue();
        _setValue(reason, "该户有两个儿子");
        _click(lastRegisterButton());

        Grid<Objection> objections = (Grid<Objection>) _get(page, Grid.class, spec -> spec.withId("objections"));
        assertThat(GridKt._get(objections, 0).reason()).isEqualTo("该户有两个儿子");

        UI.getCurrent().navigate(noticePath + "/print");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText).as("the posted notice says it too")
                .contains("异议受理地址：溪美街道社会事务办公室（南安市溪美街道中山街 2 号）", "监督电话：0595-86395210");
        loginAs("reviewer");
        assertThat(workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items())
                .anySatisfy(item -> assertThat(item.stepName()).isEqualTo("异议调查核实"));
    }

    private Button lastRegisterButton() {
        var buttons = com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withText("登记异议"));
        return buttons.get(buttons.size() - 1);
    }
}
