package io.jiceng.bpmn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The platform beans the processes call ({@code caseLifecycle}, {@code workingDays}, {@code noticeProcess}), stood
 * in for in process tests: statuses and notice calls are remembered, due dates are calendar days.
 */
public class PlatformStandIns {

    private final List<String> statuses = new ArrayList<>();
    private final List<String> noticeCalls = new ArrayList<>();

    /** Registers the stand-ins with the engine's expression manager; call {@link Mocks#reset()} afterwards. */
    public static PlatformStandIns register() {
        PlatformStandIns standIns = new PlatformStandIns();
        Mocks.register("caseLifecycle", standIns.new CaseLifecycle());
        Mocks.register("workingDays", new WorkingDays());
        Mocks.register("noticeProcess", standIns.new NoticeProcess());
        return standIns;
    }

    /** The case statuses the process set, in order. */
    public List<String> statuses() {
        return statuses;
    }

    /** What the notice processes asked of the platform, e.g. "close 7" or "upheld 3", in order. */
    public List<String> noticeCalls() {
        return noticeCalls;
    }

    public class NoticeProcess {
        public void close(DelegateExecution execution) {
            noticeCalls.add("close " + execution.getVariable("noticeId"));
        }

        public void objectionUpheld(DelegateExecution execution) {
            noticeCalls.add("upheld " + execution.getVariable("objectionId"));
        }

        public void objectionDismissed(DelegateExecution execution) {
            noticeCalls.add("dismissed " + execution.getVariable("objectionId"));
        }
    }

    public class CaseLifecycle {
        public void moveTo(DelegateExecution execution, String status) {
            statuses.add(status);
        }
    }

    public static class WorkingDays {
        public Date dueIn(int days) {
            return Date.from(Instant.now().plus(Duration.ofDays(days)));
        }
    }
}
