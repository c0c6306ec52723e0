package io.jiceng.platform.division;

/**
 * Scoping by code prefix: a user bound to a division sees that division and everything below it.
 * Queries use {@link #likePattern(String)} on an indexed code column.
 */
public final class DivisionScope {

    private DivisionScope() {
    }

    public static boolean contains(String scopeCode, String otherCode) {
        return scopeCode != null && otherCode != null && otherCode.startsWith(scopeCode);
    }

    public static String likePattern(String scopeCode) {
        DivisionLevel.ofCode(scopeCode);
        return scopeCode + "%";
    }
}
