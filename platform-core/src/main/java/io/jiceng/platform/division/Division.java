package io.jiceng.platform.division;

/** One administrative division (or grid) with its full name as civil servants write it. */
public record Division(String code, String name, String fullName, String parentCode, DivisionLevel level) {

    /** Whether {@code otherCode} is this division or lies below it. */
    public boolean contains(String otherCode) {
        return DivisionScope.contains(code, otherCode);
    }
}
