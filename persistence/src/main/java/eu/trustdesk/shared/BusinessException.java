package eu.trustdesk.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * An expected business outcome that stops the current use case: a refused payment mode, an
 * illegal state change, a code already used.
 *
 * <p>It carries a resource-bundle key (and its arguments) rather than text, so that the web layer
 * shows it in the user's language; the English text in {@link #getMessage()} is for logs only.
 * Thrown from a boundary it rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Serializable[] arguments;

    public BusinessException(String messageKey, Serializable... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Key in the {@code messages} bundles, e.g. {@code error.payment.mandateRequiresPublicBody}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
