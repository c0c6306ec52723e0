package io.jiceng.bpmn.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.jiceng.bpmn.PlatformStandIns;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notice as a batch: it waits for the end of its period, then closes itself. */
@Deployment(resources = "bpmn/notice/public-notice.bpmn")
class PublicNoticeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private PlatformStandIns platform;

    @BeforeEach
    void registerBeans() {
        platform = PlatformStandIns.register();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void aNoticeWaitsForTheEndOfItsPeriodAndThenClosesItself() {
        Date endsAt = Date.from(Instant.parse("2026-12-03T15:59:59Z"));
        ProcessInstance notice = runtimeService().startProcessInstanceByKey("public-notice",
                withVariables("noticeId", 7L, "noticeEndsAt", endsAt));

        assertThat(notice).isWaitingAt("period");
        assertThat(job()).hasDueDate(endsAt);
        assertThat(platform.noticeCalls()).isEmpty();

        execute(job());

        assertThat(notice).isEnded().hasPassedInOrder("period", "close", "closed");
        assertThat(platform.noticeCalls()).containsExactly("close 7");
    }
}
