package io.jiceng.platform.workitem;

import io.jiceng.platform.problem.Problem;

/** How one task of a batch went: done, or the problem that stopped it (that task alone is left untouched). */
public record BatchResult(String taskId, String caseNo, Problem problem) {

    public boolean succeeded() {
        return problem == null;
    }
}
