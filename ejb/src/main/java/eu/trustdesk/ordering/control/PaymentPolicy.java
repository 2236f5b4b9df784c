package eu.trustdesk.ordering.control;

import eu.trustdesk.ordering.entity.PaymentMode;
import java.util.Optional;

/**
 * Who may pay how. The checkout page greys out what is refused, with the reason; the checkout
 * boundary asks again at submission, so a forged request gets the same refusal.
 */
public final class PaymentPolicy {

    /** Why {@code mode} is refused in {@code context} (a message key), or empty when it is allowed. */
    public Optional<String> refusal(PaymentMode mode, PaymentContext context) {
        boolean nothingToPay = context.total().signum() == 0;
        if (nothingToPay) {
            return mode == PaymentMode.NONE ? Optional.empty() : Optional.of("error.payment.nothingToPay");
        }
        return switch (mode) {
            case NONE -> Optional.of("error.payment.modeRequired");
            case CARD -> Optional.of("error.payment.cardUnavailable");
            case BANK_TRANSFER -> Optional.empty();
            case ADMINISTRATIVE_MANDATE -> context.confirmedPublicBody() ? Optional.empty()
                    : Optional.of("error.payment.mandateRequiresPublicBody");
            case CLIENT_CONTRACT -> context.activeContract() ? Optional.empty()
                    : Optional.of("error.payment.contractRequired");
            case PREPAID_ACCOUNT -> {
                if (context.prepaidBalance() == null) {
                    yield Optional.of("error.payment.noPrepaidAccount");
                }
                yield context.prepaidBalance().compareTo(context.total()) < 0
                        ? Optional.of("error.payment.prepaidShort") : Optional.empty();
            }
            case CHEQUE -> context.paperFileByPost() ? Optional.empty()
                    : Optional.of("error.payment.chequeNeedsPaperFile");
        };
    }

    public boolean allows(PaymentMode mode, PaymentContext context) {
        return refusal(mode, context).isEmpty();
    }
}
