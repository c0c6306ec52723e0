package io.jiceng.platform.workitem;

import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Claims a task offered to the user's role and completes it in one engine command, so that the engine reads and
 * writes the task once instead of twice: batch approval (批量审批) does both for every task it is given. The engine's
 * checks are those of {@code TaskService.claim} and {@code complete}: a task someone else claimed or completed in
 * the meantime fails the same way.
 */
record ClaimAndComplete(String taskId, String username, Map<String, Object> variables) implements Command<Void> {

    @Override
    public Void execute(CommandContext context) {
        new ClaimTaskCmd(taskId, username).execute(context);
        new CompleteTaskCmd(taskId, variables).execute(context);
        return null;
    }
}
