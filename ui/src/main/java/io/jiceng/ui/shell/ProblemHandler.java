package io.jiceng.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.screen.ProblemMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whatever a click runs into reaches the user as a message in their language: a broken rule says which rule;
 * anything else is logged and told as a general failure, without technical details.
 */
@Component
public class ProblemHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Problem problem = ProblemMessages.find(event.getThrowable());
        if (UI.getCurrent() == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        if (problem != null) {
            Notifications.problem(problem);
        } else {
            log.error("Unexpected error", event.getThrowable());
            Notifications.error(UI.getCurrent().getTranslation("error.unexpected"));
        }
    }
}
