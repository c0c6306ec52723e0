package io.jiceng.platform.problem;

/**
 * The thing asked for does not exist, or lies outside the user's division: the two look the same on purpose.
 * The id is told as it is written (4711, not 4,711).
 */
public class NotFound extends Problem {

    public NotFound(String what, Object id) {
        super("problem.not-found", what, String.valueOf(id));
    }
}
