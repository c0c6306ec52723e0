package io.jiceng.modules.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.modules.assistance.award.AwardDemoData;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.notice.PublicNotices;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The demo gives 溪美街道's 公示管理 work to do: applications approved at all three levels wait for its notice. */
// the demo's context (AssistanceDemoDataTest): the demo loaded at start, as on the embedded default
@SpringBootTest(properties = {"platform.demo-data.enabled=true", "camunda.bpm.process-engine-name=demo",
        "spring.datasource.url=jdbc:h2:mem:precise-assistance-demo;DB_CLOSE_DELAY=-1"})
class AwardDemoDataIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired AwardDemoData demo;
    @Autowired PublicNotices notices;

    @Test
    void theDemoLeavesApplicationsWaitingForTheStreetsNoticeAndLoadingItAgainAddsNothing() {
        AwardDesk desk = new AwardDesk(context);

        demo.loadIfEmpty();
        demo.loadIfEmpty();

        List<CaseRecord> waiting = desk.as("clerk", () -> notices.awaiting(PreciseAssistanceModule.AWARD_NOTICE, AwardDesk.XIMEI));
        assertThat(waiting).hasSize(2).allMatch(c -> c.status() == CaseStatus.AWAITING_NOTICE);
        assertThat(desk.as("county", () -> desk.cases.search(new io.jiceng.platform.casework.CaseQuery(
                PreciseAssistanceModule.ID, PreciseAssistanceModule.AWARD, null, null, null, 0, 50)).cases()))
                .extracting(CaseRecord::status).contains(CaseStatus.IN_REVIEW, CaseStatus.REJECTED, CaseStatus.AWAITING_NOTICE)
                .hasSize(5);
    }
}
