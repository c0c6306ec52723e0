package io.jiceng.platform.screen;

import com.vaadin.flow.component.UI;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;

/** The text of a {@link Problem} in the current UI's language. */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    public static String text(Problem problem) {
        UI ui = UI.getCurrent();
        Object[] arguments = problem.arguments();
        if (problem instanceof NotFound && arguments.length > 0) {
            arguments[0] = ui.getTranslation("what." + arguments[0]);
        }
        return ui.getTranslation(problem.messageKey(), arguments);
    }

    /** The first {@link Problem} in a chain of causes, if any. */
    public static Problem find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Problem problem) {
                return problem;
            }
        }
        return null;
    }
}
