package io.jiceng.platform.staff;

import io.jiceng.platform.problem.InvalidField;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a local account's password must be: at least {@code platform.password.min-length} characters (8 by
 * default, the minimum of NIST SP 800-63B and the usual reading of GB/T 22239 "复杂度要求"; the demo password
 * Demo@2026 has 9), three of the four character classes (upper case, lower case, digits, others), and not the
 * user name, forwards or backwards, nor containing it.
 */
@Component
public class PasswordPolicy {

    public static final String FIELD = "password";

    private final int minLength;

    public PasswordPolicy(@Value("${platform.password.min-length:8}") int minLength) {
        this.minLength = minLength;
    }

    /** Fails with a message saying which rule the password breaks; never puts the password in the message. */
    public void check(String username, String password) {
        if (password == null || password.length() < minLength) {
            throw new InvalidField(FIELD, "password.too-short", minLength);
        }
        if (characterClasses(password) < 3) {
            throw new InvalidField(FIELD, "password.too-simple");
        }
        if (username != null && !username.isBlank()) {
            String name = username.toLowerCase(Locale.ROOT);
            String lower = password.toLowerCase(Locale.ROOT);
            if (lower.contains(name) || lower.contains(new StringBuilder(name).reverse())) {
                throw new InvalidField(FIELD, "password.contains-username");
            }
        }
    }

    private static int characterClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
