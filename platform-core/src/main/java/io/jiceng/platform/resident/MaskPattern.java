package io.jiceng.platform.resident;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters of a value stay visible: {@code keep F first and L last}, {@code keep F first},
 * {@code keep L last}, or the shorthands {@code first-and-last} (keep 1 first and 1 last) and {@code keep-first}
 * (keep 1 first). Every other character becomes {@code *}. A value too short for the pattern keeps fewer characters,
 * the last ones first, so that at least one is always hidden (王* for a two-character name, * for one character).
 */
public record MaskPattern(int first, int last) {

    static final String NAME_DEFAULT = "keep 1 first and 1 last";
    static final String ID_NUMBER_DEFAULT = "keep 6 first and 4 last";
    static final String PHONE_DEFAULT = "keep 3 first and 4 last";

    private static final Pattern SYNTAX = Pattern.compile(
            "keep\\s+(?:(\\d+)\\s+first)?\\s*(?:and\\s+)?(?:(\\d+)\\s+last)?");

    public MaskPattern {
        if (first < 0 || last < 0) {
            throw new IllegalArgumentException("A mask keeps no negative number of characters");
        }
    }

    public static MaskPattern parse(String text) {
        String pattern = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        switch (pattern) {
            case "first-and-last":
                return new MaskPattern(1, 1);
            case "keep-first":
                return new MaskPattern(1, 0);
            case "keep-last":
                return new MaskPattern(0, 1);
            default:
                break;
        }
        Matcher matcher = SYNTAX.matcher(pattern);
        if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            throw new IllegalArgumentException("Not a mask pattern: '" + text
                    + "' (write e.g. 'keep 1 first and 1 last', 'keep 6 first and 4 last', 'keep 1 first', 'first-and-last')");
        }
        return new MaskPattern(matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
    }

    /** The value with every character but the kept ones replaced by {@code *}; characters, not UTF-16 units. */
    public String apply(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        int[] characters = value.codePoints().toArray();
        int length = characters.length;
        int keepFirst = Math.min(first, length - 1);
        int keepLast = Math.min(last, length - 1 - keepFirst);
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < length; i++) {
            boolean kept = i < keepFirst || i >= length - keepLast;
            if (kept) {
                masked.appendCodePoint(characters[i]);
            } else {
                masked.append('*');
            }
        }
        return masked.toString();
    }
}
