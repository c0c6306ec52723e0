package io.jiceng.bpmn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The platform beans the processes call ({@code caseLifecycle}, {@code workingDays}), stood in for in process
 * tests: statuses are remembered, due dates are calendar days.
 */
public class PlatformStandIns {

    private final List<String> statuses = new ArrayList<>();

    /** Registers the stand-ins with the engine's expression manager; call {@link Mocks#reset()} afterwards. */
    public static PlatformStandIns register() {
        PlatformStandIns standIns = new PlatformStandIns();
        Mocks.register("caseLifecycle", standIns.new CaseLifecycle());
        Mocks.register("workingDays", new WorkingDays());
        return standIns;
    }

    /** The case statuses the process set, in order. */
    public List<String> statuses() {
        return statuses;
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
