package io.jiceng.platform.resident;

import io.jiceng.platform.problem.InvalidField;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * A resident identity card number (公民身份号码) as GB 11643-1999 defines it: 6-digit address code,
 * 8-digit birth date, 3-digit sequence (odd for men), ISO 7064 MOD 11-2 check character.
 * Legacy 15-digit numbers (first generation cards) are upgraded to 18 digits.
 */
public record IdNumber(String value) {

    public static final String FIELD = "idNumber";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = "10X98765432".toCharArray();
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    /** Validates and normalises (trims, upper-cases x, upgrades 15 digits); the message key says what is wrong. */
    public static IdNumber parse(String raw) {
        String text = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new InvalidField(FIELD, "id-number.required");
        }
        if (text.length() == 15) {
            if (!text.chars().allMatch(Character::isDigit)) {
                throw new InvalidField(FIELD, "id-number.characters");
            }
            text = upgrade(text);
        }
        if (text.length() != 18) {
            throw new InvalidField(FIELD, "id-number.length", text.length());
        }
        if (!text.substring(0, 17).chars().allMatch(Character::isDigit)
                || !(Character.isDigit(text.charAt(17)) || text.charAt(17) == 'X')) {
            throw new InvalidField(FIELD, "id-number.characters");
        }
        if (!PROVINCES.contains(text.substring(0, 2))) {
            throw new InvalidField(FIELD, "id-number.address-code", text.substring(0, 6));
        }
        LocalDate birth = birthDateOf(text);
        if (birth == null || birth.isAfter(LocalDate.now()) || birth.getYear() < 1880) {
            throw new InvalidField(FIELD, "id-number.birth-date", text.substring(6, 14));
        }
        char expected = checkCharOf(text.substring(0, 17));
        if (text.charAt(17) != expected) {
            throw new InvalidField(FIELD, "id-number.check-digit");
        }
        return new IdNumber(text);
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidField e) {
            return false;
        }
    }

    /** Appends the check character to the first 17 characters of a number (for test and demo data). */
    public static String withCheckChar(String first17) {
        return first17 + checkCharOf(first17);
    }

    static char checkCharOf(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static String upgrade(String legacy) {
        String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
        return first17 + checkCharOf(first17);
    }

    private static LocalDate birthDateOf(String text) {
        try {
            return LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.M : Gender.F;
    }

    public String addressCode() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return Masking.current().idNumber(value);
    }
}
