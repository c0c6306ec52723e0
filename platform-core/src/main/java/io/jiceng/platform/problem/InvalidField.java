package io.jiceng.platform.problem;

/** One input field holds a value the rules refuse; the UI marks that field with the message. */
public class InvalidField extends Problem {

    private final String field;

    public InvalidField(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
