package org.minsheng.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.minsheng.base.RefusedException;
import org.minsheng.base.Texts;

/**
 * The rules for usernames, display names and passwords, refused with a message key per rule so
 * the form can say exactly which one was broken and next to which field.
 */
final class AccountRules {

    static final int MIN_PASSWORD_LENGTH = 10;

    /** Same as the database check on app_user.username, plus a length the form can explain. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /**
     * Passwords of ten characters or more that still top the leaked-password lists, in China and
     * elsewhere. A short list on purpose: it stops the obvious picks without pretending to be a
     * breach database.
     */
    private static final Set<String> COMMON = Set.of(
            "1234567890",
            "0123456789",
            "12345678910",
            "1234567890a",
            "a123456789",
            "123456789a",
            "1qaz2wsx3edc",
            "qwertyuiop",
            "qwerty123456",
            "password123",
            "password12",
            "password1234",
            "passw0rd123",
            "iloveyou123",
            "woaini1314",
            "woaini520520",
            "5201314520",
            "1314520520",
            "abc1234567",
            "abcd123456",
            "abc123456789",
            "admin12345",
            "admin123456",
            "administrator",
            "1111111111",
            "0000000000",
            "8888888888",
            "6666666666",
            "1234512345",
            "zxcvbnm123");

    private AccountRules() {}

    static String username(String raw) {
        var username = raw == null ? "" : raw.trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new RefusedException("users.error.username.invalid");
        }
        return username;
    }

    static String displayName(String raw) {
        var name = Texts.required(raw, Integer.MAX_VALUE, "users.error.displayName.required");
        if (name.codePointCount(0, name.length()) > 100) {
            throw new RefusedException("users.error.displayName.tooLong", 100);
        }
        return name;
    }

    static void password(String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new RefusedException("users.error.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        // bcrypt reads at most 72 bytes and Spring refuses longer passwords with an exception
        if (password.length() > 64 || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new RefusedException("users.error.password.tooLong");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new RefusedException("users.error.password.containsUsername");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            throw new RefusedException("users.error.password.common");
        }
    }
}
