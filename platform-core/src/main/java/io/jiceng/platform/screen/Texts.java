package io.jiceng.platform.screen;

import com.vaadin.flow.component.Component;

/** A text from the bundles in the user's language, or a fallback where the bundles have none. */
public final class Texts {

    /** What the application's translation provider puts before a key it has no text for. */
    public static final String MISSING = "!";

    private Texts() {
    }

    public static String orElse(Component component, String key, String fallback) {
        String translated = component.getTranslation(key);
        return translated.startsWith(MISSING) ? fallback : translated;
    }
}
