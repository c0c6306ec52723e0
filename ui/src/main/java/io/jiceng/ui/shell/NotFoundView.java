package io.jiceng.ui.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.screen.ProblemMessages;
import io.jiceng.ui.inbox.InboxView;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A case or resident that does not exist, or lies outside the user's division, looks the same. */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFound> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFound> parameter) {
        removeAll();
        add(new H2(getTranslation("notfound.title")), new Paragraph(ProblemMessages.text(parameter.getException())),
                new RouterLink(getTranslation("notfound.back"), InboxView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
