package io.jiceng.platform.screen;

import com.vaadin.flow.component.HasValidation;
import io.jiceng.platform.problem.InvalidField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a form by the names the core's refusals use ({@link InvalidField#field()}), so that a refusal
 * marks the field at fault with its message in the user's language.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Names a field of the form; returns it, for use where it is made. */
    public <F extends HasValidation> F field(String name, F field) {
        fields.put(name, field);
        return field;
    }

    /**
     * Runs the action with every field cleared first. A refusal that names a field marks it and still reaches the
     * caller, so that the application's error handler tells it as well.
     */
    public void run(Runnable action) {
        clear();
        try {
            action.run();
        } catch (InvalidField invalid) {
            show(invalid);
            throw invalid;
        }
    }

    /** Marks the field the refusal names; false if the form has no such field. */
    public boolean show(InvalidField invalid) {
        HasValidation field = fields.get(invalid.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(ProblemMessages.text(invalid));
        field.setInvalid(true);
        return true;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
