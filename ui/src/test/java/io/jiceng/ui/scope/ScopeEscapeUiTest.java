package io.jiceng.ui.scope;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.notice.NoticePublication;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.ui.UiTestSupport;
import io.jiceng.ui.casepage.CaseView;
import io.jiceng.ui.cases.CaseListView;
import io.jiceng.ui.residents.ResidentListView;
import io.jiceng.ui.shell.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import io.jiceng.ui.ScreenTest;

/**
 * The scope-escape suite on the screens: 柳城街道's clerk and reviewer open 溪美街道's case, notice and print pages by
 * their addresses and search the resident and case lists for its people; each page is the same "not found" as for
 * an id that does not exist, and each list is empty. A full identity view asks why, and the audit trail says so.
 */
@ScreenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeEscapeUiTest extends UiTestSupport {

    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired CaseService cases;
    @Autowired PublicNotices notices;
    @Autowired AuditLog audit;

    Resident ximeiResident;
    CaseRecord ximeiCase;
    long noticeId;

    @BeforeAll
    void ximeiHasACaseAndANotice() {
        ximeiResident = currentStaff.runAs("clerk", () -> residents.search(new ResidentQuery(null, "350583001002", 0, 1))
                .residents().get(0));
        ximeiCase = currentStaff.runAs("clerk", () -> corrections.submit(ximeiResident.id(), CorrectableField.PHONE,
                "13905950009", "号码变更"));
        noticeId = currentStaff.runAs("clerk", () -> notices.publish(new NoticePublication(
                notices.awaitingProcedures(null).get(0).procedure(), "350583001", null)).id());
    }

    @Test
    void anotherStreetsCaseNoticeAndPrintPagesAreNotFoundLikePagesThatDoNotExist() {
        for (String user : List.of("clerk2", "reviewer2")) {
            loginAs(user);
            for (String route : List.of("cases/" + ximeiCase.id(), "notices/" + noticeId, "notices/" + noticeId + "/print")) {
                UI.getCurrent().navigate(route);
                String foreign = _get(NotFoundView.class).getElement().getTextRecursively();
                UI.getCurrent().navigate(route.replaceFirst("\\d+", "999999"));
                String missing = _get(NotFoundView.class).getElement().getTextRecursively();
                assertThat(foreign.replaceAll("\\d[\\d,]*", "#")).as(route).isEqualTo(missing.replaceAll("\\d[\\d,]*", "#"))
                        .doesNotContain(ximeiCase.caseNo()).doesNotContain("溪美");
            }
        }
        loginAs("specialist");
        CaseView.open(ximeiCase.id());
        _get(NotFoundView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchingTheResidentAndCaseListsForTheOtherStreetsPeopleFindsNothing() {
        loginAs("clerk2");
        UI.getCurrent().navigate(ResidentListView.class);
        Grid<Resident> residentGrid = _get(Grid.class);
        for (String text : List.of(ximeiResident.name(), ximeiResident.idNumber(), ximeiResident.idNumber().substring(0, 6))) {
            _setValue(_get(TextField.class), text);
            assertThat(GridKt._findAll(residentGrid)).as(text)
                    .allSatisfy(r -> assertThat(r.divisionCode()).startsWith("350583002"));
        }
        UI.getCurrent().navigate(CaseListView.class);
        Grid<CaseRecord> caseGrid = _get(Grid.class);
        assertThat(GridKt._findAll(caseGrid)).isNotEmpty()
                .allSatisfy(record -> assertThat(record.divisionCode()).startsWith("350583002"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFullViewOnTheResidentListAsksWhyAndIsAudited() {
        loginAs("clerk");
        UI.getCurrent().navigate(ResidentListView.class);
        Grid<Resident> grid = _get(Grid.class);
        _setValue(_get(TextField.class), ximeiResident.idNumber());
        assertThat(GridKt._getFormattedRow(grid, 0)).doesNotContain(ximeiResident.name()).contains(ximeiResident.maskedName());
        var actions = (com.vaadin.flow.component.Component) GridKt._getCellComponent(grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("查看完整信息")));
        _click(_get(Button.class, spec -> spec.withText("确定")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("查看事由")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("查看事由")), "核对高龄补贴申请");
        _click(_get(Button.class, spec -> spec.withText("确定")));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(ximeiResident.name()).contains(ximeiResident.idNumber());
        List<AuditEvent> views = audit.findByTarget(AuditLog.RESIDENT, ximeiResident.id()).stream()
                .filter(e -> e.action() == AuditAction.IDENTITY_FULL_VIEW).toList();
        assertThat(views).last().satisfies(view -> {
            assertThat(view.username()).isEqualTo("clerk");
            assertThat(view.detail()).isEqualTo("核对高龄补贴申请");
            assertThat(view.occurredAt()).isNotNull();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSpecialistWithoutTheFullViewPermissionSeesNoFullIdentityAnywhereOnTheList() {
        loginAs("specialist");
        UI.getCurrent().navigate(ResidentListView.class);
        Grid<Resident> grid = _get(Grid.class);
        List<Resident> rows = GridKt._findAll(grid);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.divisionCode()).startsWith("350583001001"));
        for (int row = 0; row < rows.size(); row++) {
            assertThat(String.join("|", GridKt._getFormattedRow(grid, row))).doesNotContain(rows.get(row).idNumber());
            var actions = (com.vaadin.flow.component.Component) GridKt._getCellComponent(grid, row, "actions");
            assertThat(_find(actions, Button.class, spec -> spec.withText("查看完整信息"))).isEmpty();
            assertThat(_find(actions, Button.class, spec -> spec.withText("编辑"))).isEmpty();
        }
    }
}
