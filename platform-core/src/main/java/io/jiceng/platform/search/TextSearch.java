package io.jiceng.platform.search;

/**
 * A search for what a user typed within numbers, names and titles, as a SQL LIKE pattern that matches the text
 * literally: {@code %} and {@code _}, which people type in titles and file numbers ("2026_017", "100%"), match only
 * themselves. Mappers compare with {@code LIKE #{text} ESCAPE '!'}; the escape character is one that H2 and MySQL read
 * the same way (MySQL's default, the backslash, is also an escape in its string literals).
 */
public final class TextSearch {

    /** What mappers append to each LIKE on typed text. */
    public static final String ESCAPE = " ESCAPE '!'";

    private TextSearch() {
    }

    /** The pattern for values containing the typed text, or null if nothing was typed. */
    public static String containing(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String literal = typed.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }
}
