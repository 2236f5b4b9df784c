package eu.trustdesk.shared;

import java.io.Serializable;
import java.util.List;

/**
 * One rule that does not hold, as data: the message key a {@link BusinessException} would carry,
 * and its arguments. For questions asked before trying ("can this order be cancelled?"), whose
 * answer lists every failing condition rather than stopping at the first.
 */
public record Refusal(String messageKey, List<Serializable> arguments) implements Serializable {

    public Refusal {
        java.util.Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Refusal of(String messageKey, Serializable... arguments) {
        return new Refusal(messageKey, List.of(arguments));
    }

    /** The exception that stops a use case for this reason. */
    public BusinessException exception() {
        return new BusinessException(messageKey, arguments.toArray(Serializable[]::new));
    }
}
