package eu.trustdesk.shared.identifier;

import java.io.Serializable;
import java.util.Objects;

/**
 * The outcome of checking one identifier.
 *
 * @param type what was checked
 * @param normalised the input cleaned up (spaces removed, upper case where relevant): the value to
 *        store when the check is valid, the value to show back to the user when it is not; never
 *        null
 * @param problemKey {@code null} when valid, otherwise the bundle key of the problem, e.g.
 *        {@code identifier.SIRET.length}
 */
public record IdentifierCheck(IdentifierType type, String normalised, String problemKey) implements Serializable {

    public IdentifierCheck {
        Objects.requireNonNull(type, "type");
        normalised = normalised == null ? "" : normalised;
    }

    static IdentifierCheck ok(IdentifierType type, String normalised) {
        return new IdentifierCheck(type, normalised, null);
    }

    static IdentifierCheck problem(IdentifierType type, String normalised, String problem) {
        return new IdentifierCheck(type, normalised, type.problemKey(problem));
    }

    public boolean valid() {
        return problemKey == null;
    }

    /**
     * The arguments of the problem text: {0} the normalised input, {1} its number of characters.
     * Always pass them with {@link #problemKey()}: the texts are {@link java.text.MessageFormat}
     * patterns.
     */
    public Serializable[] arguments() {
        return new Serializable[] {normalised, normalised.length()};
    }
}
