package io.jiceng.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.CoreTestApplication;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole way of a batch through review and a public notice, with the application stopped and started again
 * in the middle of the notice period, on a database in files as in production.
 */
class PublicNoticeRestartIntegrationTest {

    @TempDir
    Path dataFolder;

    private ConfigurableApplicationContext start(boolean jobExecution) {
        // as arguments, so that they win over the test defaults in application.properties
        return new SpringApplicationBuilder(CoreTestApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dataFolder.resolve("jiceng") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.main.web-application-type=none",
                // the first run never fires timers, so the notice is certainly still open when it stops
                "--camunda.bpm.job-execution.enabled=" + jobExecution,
                "--platform.notice.period.fixture/noticed=PT6S");
    }

    /** Waits (at most 90 s) for the job executor to get there; the assertions after it say what was expected. */
    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (!done.getAsBoolean() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
        }
    }

    @Test
    void theNoticeClosesByItselfAfterARestartAndTheRightCasesAreConfirmed() throws InterruptedException {
        CaseRecord removed;
        CaseRecord returnedOnce;
        CaseRecord dismissedEarly;
        CaseRecord heldAtClosing;
        Notice notice;
        try (ConfigurableApplicationContext first = start(false)) {
            NoticeDesk desk = new NoticeDesk(first);
            removed = desk.applyAndApprove("洪振华");
            dismissedEarly = desk.applyAndApprove("黄秀英");
            heldAtClosing = desk.applyAndApprove("林阿婆");
            returnedOnce = desk.apply("陈美玉");
            desk.decide("t-specialist", returnedOnce, Decision.APPROVE, "情况属实");
            desk.decide("t-reviewer", returnedOnce, Decision.RETURN, "请补充独生子女证");
            desk.resubmit(returnedOnce, "已补充");
            assertThat(desk.claimable("t-specialist", returnedOnce)).as("back to the township, not the village").isNull();
            desk.decide("t-reviewer", returnedOnce, Decision.APPROVE, "同意");
            desk.decide("t-county", returnedOnce, Decision.APPROVE, "同意");
            assertThat(desk.status(returnedOnce)).isEqualTo(CaseStatus.AWAITING_NOTICE);

            notice = desk.publish(null);
            assertThat(notice.entryCount()).isEqualTo(4);
            assertThat(desk.status(returnedOnce)).isEqualTo(CaseStatus.IN_NOTICE);

            desk.object(notice, removed, "其户籍已于2020年迁出本村");
            desk.object(notice, dismissedEarly, "听说有两个儿子");
            desk.object(notice, heldAtClosing, "年龄不符");
            desk.decide("t-reviewer", removed, Decision.UPHOLD, "经核实，户籍已迁出，不符合条件");
            desk.decide("t-reviewer", dismissedEarly, Decision.DISMISS, "经核实为一子一女，异议不成立");

            assertThat(desk.status(removed)).isEqualTo(CaseStatus.REJECTED);
            assertThat(desk.status(dismissedEarly)).isEqualTo(CaseStatus.IN_NOTICE);
            assertThat(desk.notice(notice).status()).isEqualTo(NoticeStatus.OPEN);
        }

        try (ConfigurableApplicationContext second = start(true)) {
            NoticeDesk desk = new NoticeDesk(second);
            // the timer closes the notice, then each released case goes on in a job of its own
            waitUntil(() -> desk.notice(notice).status() == NoticeStatus.CLOSED
                    && desk.status(returnedOnce) == CaseStatus.APPROVED && desk.status(dismissedEarly) == CaseStatus.APPROVED);

            assertThat(desk.notice(notice).status()).as("closed by its timer after the restart").isEqualTo(NoticeStatus.CLOSED);
            assertThat(desk.status(returnedOnce)).isEqualTo(CaseStatus.APPROVED);
            assertThat(desk.status(dismissedEarly)).isEqualTo(CaseStatus.APPROVED);
            assertThat(desk.status(removed)).isEqualTo(CaseStatus.REJECTED);
            assertThat(desk.status(heldAtClosing)).as("waits for the finding").isEqualTo(CaseStatus.IN_NOTICE);

            desk.decide("t-reviewer", heldAtClosing, Decision.DISMISS, "经核实年龄符合");
            waitUntil(() -> desk.status(heldAtClosing) == CaseStatus.APPROVED);
            assertThat(desk.status(heldAtClosing)).isEqualTo(CaseStatus.APPROVED);

            List<NoticeEntry> entries = desk.staff.as("t-clerk", () -> desk.notices.entries(notice.id()));
            assertThat(entries).extracting(NoticeEntry::caseId, NoticeEntry::status).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(removed.id(), EntryStatus.REMOVED),
                    org.assertj.core.groups.Tuple.tuple(dismissedEarly.id(), EntryStatus.PASSED),
                    org.assertj.core.groups.Tuple.tuple(heldAtClosing.id(), EntryStatus.PASSED),
                    org.assertj.core.groups.Tuple.tuple(returnedOnce.id(), EntryStatus.PASSED));
            assertThat(entries).extracting(NoticeEntry::maskedName).containsOnly("洪*华", "黄*英", "林*婆", "陈*玉");
            assertThat(second.getBean(ManagementService.class).createJobQuery().count()).as("no timer left behind").isZero();
        }
    }
}
