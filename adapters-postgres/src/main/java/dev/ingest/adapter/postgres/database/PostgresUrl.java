package dev.ingest.adapter.postgres.database;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.postgresql.Driver;

/**
 * A PostgreSQL JDBC URL as a user writes it, with the credentials it may carry taken out: libpq's {@code user:password@}
 * before the host ({@code jdbc:postgresql://bob:secret@host/db}, percent-encoded), which the driver would read as part
 * of the host name, and the driver's own {@code user} and {@code password} parameters, which would override the
 * settings' credentials unseen.
 *
 * @param withoutCredentials the URL the driver is given: the same server, database and other parameters
 */
public record PostgresUrl(String withoutCredentials, Optional<String> user, Optional<String> password) {

    private static final String SCHEME_END = "://";
    private static final String USER = "user";
    private static final String PASSWORD = "password";

    /** @throws IllegalArgumentException in one line that repeats no credential */
    public static PostgresUrl parse(String written) {
        PostgresUrl parsed = withoutUserInfo(written.strip()).withoutCredentialParameters();
        if (Driver.parseURL(parsed.withoutCredentials, null) == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + shown(written));
        }
        return parsed;
    }

    /** Whether a URL names a user or password before its host. */
    public static boolean hasUserInfo(String url) {
        return userInfoEnd(url) >= 0;
    }

    /**
     * A URL as it may be printed: without what precedes an {@code @} before the host, and without its parameters, which
     * may hold a password ({@code password}, {@code sslpassword}).
     */
    public static String shown(String url) {
        int at = userInfoEnd(url);
        String withoutUserInfo = at < 0 ? url
                : url.substring(0, url.indexOf(SCHEME_END) + SCHEME_END.length()) + url.substring(at + 1);
        int query = withoutUserInfo.indexOf('?');
        return query < 0 ? withoutUserInfo : withoutUserInfo.substring(0, query);
    }

    @Override
    public String toString() {
        return "PostgresUrl[" + shown(withoutCredentials) + ", user=" + user.orElse("(none)") + "]";
    }

    private static PostgresUrl withoutUserInfo(String url) {
        int at = userInfoEnd(url);
        if (at < 0) {
            return new PostgresUrl(url, Optional.empty(), Optional.empty());
        }
        int hostStart = url.indexOf(SCHEME_END) + SCHEME_END.length();
        String userInfo = url.substring(hostStart, at);
        int colon = userInfo.indexOf(':');
        return new PostgresUrl(url.substring(0, hostStart) + url.substring(at + 1),
                Optional.of(percentDecoded(colon < 0 ? userInfo : userInfo.substring(0, colon))),
                colon < 0 ? Optional.empty() : Optional.of(percentDecoded(userInfo.substring(colon + 1))));
    }

    /** The driver's {@code user} and {@code password} parameters, which win over libpq's, as the later setting. */
    private PostgresUrl withoutCredentialParameters() {
        int query = withoutCredentials.indexOf('?');
        if (query < 0) {
            return this;
        }
        Optional<String> parameterUser = user;
        Optional<String> parameterPassword = password;
        List<String> kept = new ArrayList<>();
        for (String parameter : withoutCredentials.substring(query + 1).split("&")) {
            String name = parameter.split("=", 2)[0];
            String value = parameter.substring(Math.min(parameter.length(), name.length() + 1));
            switch (name) {
                case USER -> parameterUser = Optional.of(queryDecoded(value));
                case PASSWORD -> parameterPassword = Optional.of(queryDecoded(value));
                default -> {
                    if (!parameter.isEmpty()) {
                        kept.add(parameter);
                    }
                }
            }
        }
        String base = withoutCredentials.substring(0, query);
        return new PostgresUrl(kept.isEmpty() ? base : base + "?" + String.join("&", kept), parameterUser,
                parameterPassword);
    }

    /**
     * The position of the {@code @} that ends a user and password, or -1: the last one before the path, since a host
     * name never holds one and an unencoded one in a password should not cut it in two.
     */
    private static int userInfoEnd(String url) {
        int scheme = url.indexOf(SCHEME_END);
        if (scheme < 0) {
            return -1;
        }
        int start = scheme + SCHEME_END.length();
        int path = url.indexOf('/', start);
        int at = url.lastIndexOf('@', (path < 0 ? url.length() : path) - 1);
        return at >= start ? at : -1;
    }

    /** As libpq decodes a URI's user and password: {@code %XX} escapes only, a {@code +} stays a plus. */
    private static String percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%') {
                if (i + 2 >= text.length() || !HexFormat.isHexDigit(text.charAt(i + 1))
                        || !HexFormat.isHexDigit(text.charAt(i + 2))) {
                    throw brokenEscape();
                }
                bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** As the driver decodes its parameters. */
    private static String queryDecoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException broken) {
            // The decoder's message quotes the characters around the bad escape: part of a password.
            throw brokenEscape();
        }
    }

    private static IllegalArgumentException brokenEscape() {
        return new IllegalArgumentException("the user or password in the JDBC URL has a % that is not followed by two"
                + " hex digits (write % itself as %25)");
    }
}
