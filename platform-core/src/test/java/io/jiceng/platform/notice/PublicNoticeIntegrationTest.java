package io.jiceng.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.Opinion;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Who may publish, see and object to a notice, and what a closed notice refuses. */
@SpringBootTest
class PublicNoticeIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired ManagementService management;

    private void closeByItsTimer(Notice notice) {
        Job timer = management.createJobQuery().processInstanceId(notice.processInstanceId()).singleResult();
        management.executeJob(timer.getId());
        // each released entry goes on in a job of its own
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    @Test
    void theStreetPublishesItsWaitingCasesAndTheNoticeShowsThemMaskedToEveryone() {
        NoticeDesk desk = new NoticeDesk(context);
        CaseRecord record = desk.applyAndApprove("郑淑贞");
        assertThat(desk.staff.as("t-clerk", () -> desk.notices.awaitingProcedures(null)))
                .anySatisfy(awaiting -> assertThat(awaiting.procedure()).isEqualTo(NoticeDesk.PROCEDURE));

        Notice notice = desk.publish(List.of(record.id()));

        assertThat(notice.status()).isEqualTo(NoticeStatus.OPEN);
        assertThat(notice.endsAt()).isAfter(notice.publishedAt());
        assertThat(desk.staff.as("t-clerk", () -> desk.notices.entries(notice.id())))
                .extracting(NoticeEntry::maskedName).containsExactly("郑*贞");
        assertThat(desk.staff.as("t-specialist", () -> desk.notices.get(notice.id())))
                .as("the village sees its street's notice").isNotNull();
        assertThat(desk.staff.as("t-specialist", () -> desk.notices.search(new NoticeQuery(null, null, null, 0, 50))).notices())
                .extracting(Notice::id).contains(notice.id());
        assertThat(desk.staff.as("t-county", () -> desk.notices.search(new NoticeQuery(NoticeDesk.PROCEDURE, null, null, 0, 50))).notices())
                .extracting(Notice::id).contains(notice.id());
        assertThat(desk.staff.as("t-clerk", () -> desk.cases.opinions(record.id()))).extracting(Opinion::decision)
                .contains(Decision.PUBLISH);
    }

    @Test
    void theNeighbouringStreetNeitherSeesNorObjectsToTheNotice() {
        NoticeDesk desk = new NoticeDesk(context);
        CaseRecord record = desk.applyAndApprove("吴国梁");
        Notice notice = desk.publish(List.of(record.id()));

        assertThatThrownBy(() -> desk.staff.as("t-clerk2", () -> desk.notices.get(notice.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> desk.staff.as("t-clerk2", () -> desk.notices.object(notice.id(), record.id(),
                new ObjectionForm("某人", null, "不符合")))).isInstanceOf(NotFound.class);
        assertThat(desk.staff.as("t-clerk2", () -> desk.notices.search(new NoticeQuery(null, null, null, 0, 50))).notices())
                .extracting(Notice::id).doesNotContain(notice.id());
        assertThat(desk.staff.as("t-clerk2", () -> desk.notices.search(new NoticeQuery(null, StaffFixture.XIMEI, null, 0, 50))).total())
                .isZero();
    }

    @Test
    void onlyThoseEntitledPublishAndOnlyCasesThatWait() {
        NoticeDesk desk = new NoticeDesk(context);
        CaseRecord stillInReview = desk.apply("蔡丽娟");

        assertThatThrownBy(() -> desk.staff.as("t-specialist", () -> desk.notices.publish(
                new NoticePublication(NoticeDesk.PROCEDURE, StaffFixture.XIMEI_COMMUNITY, null))))
                .isInstanceOf(Problem.class).hasFieldOrPropertyWithValue("messageKey", "staff.permission.missing");
        assertThatThrownBy(() -> desk.publish(List.of(stillInReview.id())))
                .isInstanceOf(Problem.class).hasFieldOrPropertyWithValue("messageKey", "notice.case-not-awaiting");
        assertThatThrownBy(() -> desk.staff.as("t-clerk2", () -> desk.notices.publish(
                new NoticePublication(NoticeDesk.PROCEDURE, null, null))))
                .isInstanceOf(Problem.class).hasFieldOrPropertyWithValue("messageKey", "notice.nothing-awaiting");
    }

    @Test
    void anObjectionNeedsWhoAndWhyAndAClosedNoticeTakesNoMore() {
        NoticeDesk desk = new NoticeDesk(context);
        CaseRecord record = desk.applyAndApprove("庄文彬");
        Notice notice = desk.publish(List.of(record.id()));

        assertThatThrownBy(() -> desk.staff.as("t-clerk", () -> desk.notices.object(notice.id(), record.id(),
                new ObjectionForm("群众乙", null, " ")))).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "reason");

        closeByItsTimer(notice);

        assertThat(desk.notice(notice).status()).isEqualTo(NoticeStatus.CLOSED);
        assertThat(desk.status(record)).isEqualTo(CaseStatus.APPROVED);
        assertThatThrownBy(() -> desk.object(notice, record, "迟到的异议"))
                .isInstanceOf(Problem.class).hasFieldOrPropertyWithValue("messageKey", "notice.closed");
    }

    @Test
    void anUpheldObjectionEndsTheCaseRejectedWithTheFindingInItsTimeline() {
        NoticeDesk desk = new NoticeDesk(context);
        CaseRecord record = desk.applyAndApprove("施建华");
        Notice notice = desk.publish(List.of(record.id()));
        desk.object(notice, record, "家中有三个孩子");

        assertThatThrownBy(() -> desk.decide("t-reviewer", record, Decision.UPHOLD, ""))
                .isInstanceOf(Problem.class).hasFieldOrPropertyWithValue("messageKey", "opinion.required");
        desk.decide("t-reviewer", record, Decision.UPHOLD, "经入户核实，邻居㛃𠮷芳所述属实");

        assertThat(desk.status(record)).isEqualTo(CaseStatus.REJECTED);
        Objection objection = desk.staff.as("t-reviewer", () -> desk.notices.objections(notice.id())).get(0);
        assertThat(objection.status()).isEqualTo(ObjectionStatus.UPHELD);
        assertThat(objection.finding()).isEqualTo("经入户核实，邻居㛃𠮷芳所述属实");
        assertThat(objection.decidedBy()).isEqualTo("t-reviewer");
        assertThat(desk.staff.as("t-clerk", () -> desk.cases.opinions(record.id()))).extracting(Opinion::decision)
                .containsSubsequence(Decision.PUBLISH, Decision.OBJECT, Decision.UPHOLD);
    }
}
