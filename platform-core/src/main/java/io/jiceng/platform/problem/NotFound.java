package io.jiceng.platform.problem;

/** The thing asked for does not exist, or lies outside the user's division: the two look the same on purpose. */
public class NotFound extends Problem {

    public NotFound(String what, Object id) {
        super("problem.not-found", what, id);
    }
}
