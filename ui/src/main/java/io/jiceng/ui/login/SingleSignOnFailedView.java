package io.jiceng.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.jiceng.platform.problem.Problem;
import io.jiceng.ui.shell.LanguageSwitch;

/**
 * Where a refused Keycloak login lands ({@code keycloak} profile): Keycloak knows the person, but the platform
 * cannot admit them (no platform role, a division it does not know, disabled here). Says which, in the user's
 * language, and offers to log out of Keycloak so that someone else can log in.
 */
@Route(value = "sso-error", autoLayout = false)
@AnonymousAllowed
public class SingleSignOnFailedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph reason = new Paragraph();

    public SingleSignOnFailedView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("sso.failed.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        reason.addClassName("sso-failure-reason");
        Anchor again = new Anchor("/", getTranslation("sso.failed.again"));
        again.setRouterIgnore(true);
        // Keycloak still has the person's session: without ending it, logging in again means the same person
        Anchor otherAccount = new Anchor("/sso-error/logout", getTranslation("sso.failed.logout"));
        otherAccount.setRouterIgnore(true);
        otherAccount.addClassName("sso-logout");
        add(new LanguageSwitch(), title, reason, otherAccount, again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Exception failure = LoginFailure.last();
        if (failure != null && failure.getCause() instanceof Problem problem) {
            reason.setText(getTranslation(problem.messageKey(), problem.arguments()));
        } else {
            reason.setText(getTranslation("sso.failed.message"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.failed.title") + " - " + getTranslation("app.title");
    }
}
