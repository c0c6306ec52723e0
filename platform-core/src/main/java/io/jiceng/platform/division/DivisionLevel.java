package io.jiceng.platform.division;

import io.jiceng.platform.problem.Problem;

/**
 * Levels of the national statistical division codes. Codes are kept in their short form, so a code's
 * length names its level and every code starts with its ancestors' codes.
 */
public enum DivisionLevel {
    PROVINCE(1, 2),
    PREFECTURE(2, 4),
    COUNTY(3, 6),
    TOWNSHIP(4, 9),
    VILLAGE(5, 12),
    GRID(6, 15);

    private final int number;
    private final int codeLength;

    DivisionLevel(int number, int codeLength) {
        this.number = number;
        this.codeLength = codeLength;
    }

    public int number() {
        return number;
    }

    public int codeLength() {
        return codeLength;
    }

    public static DivisionLevel ofCode(String code) {
        if (code != null && code.chars().allMatch(Character::isDigit)) {
            for (DivisionLevel level : values()) {
                if (level.codeLength == code.length()) {
                    return level;
                }
            }
        }
        throw new Problem("division.code.invalid", code);
    }

    public static DivisionLevel ofNumber(int number) {
        return values()[number - 1];
    }

    /** The code of this level's ancestor of {@code code}, e.g. the township of a village. */
    public String ancestorCodeOf(String code) {
        DivisionLevel own = ofCode(code);
        if (own.number < number) {
            throw new Problem("division.not-below", code, name());
        }
        return code.substring(0, codeLength);
    }

    public DivisionLevel parent() {
        return this == PROVINCE ? null : values()[ordinal() - 1];
    }
}
