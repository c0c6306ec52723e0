package io.jiceng.ui.shell;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.screen.ProblemMessages;

/** Short messages at the top of the page: success in green, problems in red until closed. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void problem(Problem problem) {
        error(ProblemMessages.text(problem));
    }
}
