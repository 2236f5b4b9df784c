package eu.trustdesk.notification.control;

import java.util.Objects;

/**
 * A template argument that must not be readable in the outbox: a link carrying a token, or a
 * one-time code. The mail that carries one is rendered twice: the recipient's copy, sealed in the
 * outbox until it is sent, and a copy for the console and the database where the secret part reads
 * {@code layout.masked} ("••••"). The visible part of a link (its page) stays, so that an
 * administrator still sees what kind of link was sent.
 *
 * @param visible what may be shown before the mask ("" for a code)
 * @param hidden the secret itself
 */
public record Secret(String visible, String hidden) {

    public Secret {
        Objects.requireNonNull(visible, "visible");
        Objects.requireNonNull(hidden, "hidden");
    }

    /** A link whose {@code token} parameter (its last part) is the secret: {@code link(base + "verify.xhtml?token=", token)}. */
    public static Secret link(String address, String token) {
        return new Secret(address, token);
    }

    /** A code shown alone, such as a one-time password. */
    public static Secret code(String code) {
        return new Secret("", code);
    }

    /** What the recipient receives. */
    public String revealed() {
        return visible + hidden;
    }

    /** What the console shows, with {@code mask} instead of the secret. */
    public String masked(String mask) {
        return visible + mask;
    }

    /** Never the secret, should one end up in a log line. */
    @Override
    public String toString() {
        return masked("••••");
    }
}
