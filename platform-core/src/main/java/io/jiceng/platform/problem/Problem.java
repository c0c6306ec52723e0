package io.jiceng.platform.problem;

import java.util.Arrays;

/**
 * A rule the user broke, told in the user's language: the message key is looked up in
 * {@code i18n/messages*.properties} by whoever shows it (UI or REST), with the arguments filled in.
 */
public class Problem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public Problem(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
