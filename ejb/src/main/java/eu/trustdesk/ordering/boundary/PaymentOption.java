package eu.trustdesk.ordering.boundary;

import eu.trustdesk.ordering.entity.PaymentMode;
import java.io.Serializable;

/** A payment mode as offered on the checkout page: allowed, or refused with the reason (a message key). */
public record PaymentOption(PaymentMode mode, boolean allowed, String refusalKey) implements Serializable {
}
