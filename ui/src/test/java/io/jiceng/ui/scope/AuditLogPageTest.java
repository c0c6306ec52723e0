package io.jiceng.ui.scope;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.ui.UiTestSupport;
import io.jiceng.ui.audit.AuditLogView;
import io.jiceng.ui.inbox.InboxView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.jiceng.ui.ScreenTest;

/** 审计日志 as the platform administrator uses it: who saw whose full identity, why and when, found by filters. */
@ScreenTest
class AuditLogPageTest extends UiTestSupport {

    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorFindsAFullIdentityViewByResidentUserAndActionWithItsPurpose() {
        Resident resident = currentStaff.runAs("reviewer", () -> residents.search(new ResidentQuery(null, null, 0, 1)).residents().get(0));
        currentStaff.runAs("reviewer", () -> residents.revealIdentity(resident.id(), "入户核查前核对身份"));

        loginAs("clerk");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("审计日志");

        loginAs("admin");
        UI.getCurrent().navigate(InboxView.class);
        List<String> menu = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).contains("审计日志");
        assertThat(menu.indexOf("审计日志")).isEqualTo(menu.indexOf("统计报表") + 1);

        UI.getCurrent().navigate(AuditLogView.class);
        Grid<AuditEvent> grid = _get(Grid.class);
        List<AuditEvent> all = GridKt._findAll(grid);
        assertThat(all).isNotEmpty();
        assertThat(all).extracting(AuditEvent::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(GridKt._getFormattedRow(grid, 0).get(0)).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");

        _setValue(_get(TextField.class, spec -> spec.withLabel("居民身份证号码")), resident.idNumber());
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("操作")), AuditAction.IDENTITY_FULL_VIEW);
        _setValue(_get(TextField.class, spec -> spec.withLabel("用户")), "reviewer");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("reviewer", "查看完整身份信息", "入户核查前核对身份");

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("开始日期")), LocalDate.now().plusDays(2));
        assertThat(GridKt._size(grid)).isZero();
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("开始日期")), null);

        _setValue(_get(TextField.class, spec -> spec.withLabel("居民身份证号码")), "110105194912310021");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseNumberFindsEverythingDoneToThatCase() {
        loginAs("admin");
        UI.getCurrent().navigate(AuditLogView.class);
        Grid<AuditEvent> grid = _get(Grid.class);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("操作")), AuditAction.CASE_START);
        AuditEvent started = GridKt._get(grid, 0);
        String caseNo = started.detail();
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("操作")), null);
        _setValue(_get(TextField.class, spec -> spec.withLabel("业务件编号")), caseNo);
        assertThat(GridKt._findAll(grid)).isNotEmpty()
                .allSatisfy(event -> assertThat(event.targetType() + event.targetId()).isEqualTo("CASE" + started.targetId()));
        assertThat(GridKt._findAll(grid)).extracting(AuditEvent::action).contains(AuditAction.CASE_START);
    }
}
