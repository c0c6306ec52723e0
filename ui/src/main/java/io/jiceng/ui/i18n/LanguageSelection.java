package io.jiceng.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every UI speaks Chinese unless the user chose English in this session. */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = LanguageSelection.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(chosen(init.getUI().getSession())));
    }

    public static Locale chosen(VaadinSession session) {
        Object locale = session == null ? null : session.getAttribute(ATTRIBUTE);
        return locale instanceof Locale chosen ? chosen : Translations.CHINESE;
    }

    /** Switches the session's language and reloads the page so everything is shown in it. */
    public static void choose(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(ATTRIBUTE, locale);
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
