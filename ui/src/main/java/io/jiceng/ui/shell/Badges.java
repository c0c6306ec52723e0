package io.jiceng.ui.shell;

import com.vaadin.flow.component.html.Span;
import io.jiceng.platform.casework.CaseStatus;

/** Small coloured labels for statuses and deadlines. */
public final class Badges {

    private Badges() {
    }

    public static Span status(CaseStatus status, String text) {
        return switch (status) {
            case APPROVED -> badge(text, "#e6f4ea", "#1e7b34");
            case REJECTED -> badge(text, "#fdecea", "#b3261e");
            case RETURNED -> badge(text, "#fff4e0", "#a35a00");
            case WITHDRAWN -> badge(text, "#eeeeee", "#555555");
            case IN_REVIEW -> badge(text, "#e8f1fb", "#1a5fb4");
            case AWAITING_NOTICE, IN_NOTICE -> badge(text, "#f3ecfb", "#6b3fa0");
        };
    }

    public static Span overdue(String text) {
        return badge(text, "#fdecea", "#b3261e");
    }

    public static Span neutral(String text) {
        return badge(text, "#eeeeee", "#333333");
    }

    private static Span badge(String text, String background, String color) {
        Span badge = new Span(text);
        badge.getStyle().set("background", background).set("color", color).set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0.1em 0.6em").set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("white-space", "nowrap");
        return badge;
    }
}
