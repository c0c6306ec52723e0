package io.jiceng.bpmn.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.jiceng.bpmn.PlatformStandIns;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One case's part in a public notice: it waits for publication, then passes or is removed by an objection. */
@Deployment(resources = "bpmn/notice/public-notice-entry.bpmn")
class PublicNoticeEntryProcessTest {

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

    private ProcessInstance enter() {
        return runtimeService().startProcessInstanceByKey("public-notice-entry",
                withVariables("caseId", 41L, "divisionCode", "350583001001", "noticeProcedure", "fixture/noticed"));
    }

    private void send(String message, ProcessInstance entry) {
        runtimeService().createMessageCorrelation(message).processInstanceId(entry.getId()).correlate();
    }

    private String outcome(ProcessInstance entry) {
        return (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(entry.getId())
                .variableName("noticeOutcome").singleResult().getValue();
    }

    @Test
    void anApprovedCaseWaitsForTheNoticeOfItsDivisionAndPassesWhenTheNoticeCloses() {
        ProcessInstance entry = enter();
        assertThat(entry).isWaitingAt("awaitingPublication");

        send("noticePublished", entry);
        assertThat(entry).isWaitingAt("inNotice");

        send("noticePassed", entry);
        assertThat(entry).as("goes on in a job of its own").isWaitingAt("inNotice");
        execute(job());
        assertThat(entry).isEnded().hasPassed("passed");
        assertThat(outcome(entry)).isEqualTo("PASSED");
        assertThat(platform.statuses()).containsExactly("AWAITING_NOTICE", "IN_NOTICE");
    }

    @Test
    void anUpheldObjectionRemovesTheEntryFromTheNotice() {
        ProcessInstance entry = enter();
        send("noticePublished", entry);

        send("noticeEntryRemoved", entry);

        assertThat(entry).isEnded().hasPassed("objectionUpheld", "removedFromNotice").hasNotPassed("passed");
        assertThat(outcome(entry)).isEqualTo("REMOVED");
    }
}
