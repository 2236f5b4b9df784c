package eu.trustdesk.invoicing.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why the 0 % lines of an invoice bear no VAT: their category (BT-118) and the reason printed on
 * the invoice (BT-120), e.g. REVERSE_CHARGE and "Autoliquidation - article 283-2 du CGI".
 */
public record VatExemption(VatCategory category, String reason) implements Serializable {

    public static final int REASON_LENGTH = 255;

    public VatExemption {
        Objects.requireNonNull(category, "category");
        if (category == VatCategory.STANDARD) {
            throw new IllegalArgumentException("an exemption cannot be of the standard category");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LENGTH) {
            throw new IllegalArgumentException("an exemption needs a reason of at most " + REASON_LENGTH + " characters");
        }
        reason = reason.strip();
    }
}
