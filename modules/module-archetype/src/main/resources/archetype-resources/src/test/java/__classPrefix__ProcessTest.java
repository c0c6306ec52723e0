package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of the ${moduleNameZh} process: the build fails if a test leaves an element or flow unpassed. */
@Deployment(resources = ${classPrefix}Module.BPMN)
class ${classPrefix}ProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-coverage.cfg.xml")
            .assertClassCoverageAtLeast(1.0).build();

    private static final String REVIEWERS = "TOWNSHIP_REVIEWER@350583001";

    /** Stands in for the platform's caseLifecycle bean. */
    public static class StatusLog {
        final List<String> statuses = new ArrayList<>();

        public void moveTo(DelegateExecution execution, String status) {
            statuses.add(status);
        }
    }

    /** Stands in for the platform's workingDays calendar. */
    public static class DueDates {
        public java.util.Date dueIn(int workingDays) {
            return java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(workingDays)));
        }
    }

    private final StatusLog statusLog = new StatusLog();

    /** Bpmn assertions on this class's engine: the integration test's engine lives in the same test JVM. */
    @BeforeEach
    void registerBeans() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("caseLifecycle", statusLog);
        Mocks.register("workingDays", new DueDates());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance submit() {
        return runtimeService().startProcessInstanceByKey(${classPrefix}Module.PROCESS_KEY,
                withVariables("caseId", 1L, "divisionCode", "350583001001", "reviewerGroup", REVIEWERS));
    }

    @Test
    void anApprovedRequestEndsApproved() {
        ProcessInstance instance = submit();
        BpmnAwareTests.assertThat(instance).isWaitingAt("review");
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(REVIEWERS);

        complete(task(instance), withVariables("decision", "APPROVE"));

        BpmnAwareTests.assertThat(instance).hasPassed("approved").isEnded();
        assertThat(statusLog.statuses).containsExactly("APPROVED");
    }

    @Test
    void aRejectedRequestEndsRejected() {
        ProcessInstance instance = submit();

        complete(task(instance), withVariables("decision", "REJECT"));

        BpmnAwareTests.assertThat(instance).hasPassed("rejected").isEnded();
        assertThat(statusLog.statuses).containsExactly("REJECTED");
    }
}
