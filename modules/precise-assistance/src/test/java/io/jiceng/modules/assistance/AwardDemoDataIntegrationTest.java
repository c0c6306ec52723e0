package io.jiceng.modules.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.modules.assistance.award.AwardDemoData;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The demo gives 溪美街道's 公示管理 work to do: applications approved at all three levels wait for its notice. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:precise-assistance-demo;DB_CLOSE_DELAY=-1")
class AwardDemoDataIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired StaffService staff;
    @Autowired AwardDemoData demo;
    @Autowired PublicNotices notices;

    @Test
    void theDemoLeavesApplicationsWaitingForTheStreetsNotice() {
        AwardDesk desk = new AwardDesk(context);
        staff.create("clerk", "王丽华", "Test@2026", AwardDesk.XIMEI, EnumSet.of(Role.STREET_CLERK));
        staff.create("specialist", "黄美玲", "Test@2026", AwardDesk.XIMEI_COMMUNITY, EnumSet.of(Role.COMMUNITY_SPECIALIST));
        staff.create("reviewer", "林晓燕", "Test@2026", AwardDesk.XIMEI, EnumSet.of(Role.TOWNSHIP_REVIEWER));
        staff.create("county", "陈建国", "Test@2026", AwardDesk.COUNTY, EnumSet.of(Role.COUNTY_APPROVER));

        demo.loadIfEmpty();
        demo.loadIfEmpty();

        List<CaseRecord> waiting = desk.as("clerk", () -> notices.awaiting(PreciseAssistanceModule.AWARD_NOTICE, AwardDesk.XIMEI));
        assertThat(waiting).hasSize(2).allMatch(c -> c.status() == CaseStatus.AWAITING_NOTICE);
        assertThat(desk.as("county", () -> desk.cases.search(new io.jiceng.platform.casework.CaseQuery(
                PreciseAssistanceModule.ID, null, null, null, null, 0, 50)).cases()))
                .extracting(CaseRecord::status).contains(CaseStatus.IN_REVIEW, CaseStatus.REJECTED, CaseStatus.AWAITING_NOTICE)
                .hasSize(5);
    }
}
