package eu.trustdesk.platform.view;

import eu.trustdesk.account.boundary.LoginOutcome;
import eu.trustdesk.account.entity.AccountStatus;
import eu.trustdesk.account.entity.ConsentKind;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.account.entity.TokenPurpose;
import eu.trustdesk.activation.entity.ActivationEventType;
import eu.trustdesk.activation.entity.ActivationStatus;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.activation.entity.DecisionReason;
import eu.trustdesk.activation.entity.OneTimePassword;
import eu.trustdesk.catalog.entity.ProductKind;
import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.invoicing.boundary.Finding;
import eu.trustdesk.invoicing.entity.ExportFlow;
import eu.trustdesk.invoicing.entity.InvoiceKind;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.invoicing.entity.VatCategory;
import eu.trustdesk.notification.entity.MailStatus;
import eu.trustdesk.ordering.entity.ContractStatus;
import eu.trustdesk.ordering.entity.CouponState;
import eu.trustdesk.ordering.entity.MovementReason;
import eu.trustdesk.ordering.entity.OrderStatus;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.PublicBodyStatus;
import eu.trustdesk.procurement.entity.QuoteStatus;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.identifier.IdentifierType;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.voucher.boundary.VoucherLookup;
import eu.trustdesk.voucher.entity.VoucherState;
import jakarta.batch.runtime.BatchStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one list of the enums whose values a person reads, with the bundle keys of their labels
 * (the prefixes the pages use), and of those that never reach a page, with the reason. The
 * bundle test finds every enum of the project and fails on one that is in neither list, so a new
 * status cannot reach a page as a raw {@code ALL_CAPS} constant unnoticed.
 */
final class EnumLabels {

    /** Enum → the keys of its values' labels (one key per prefix the pages use for it). */
    static final Map<Class<? extends Enum<?>>, List<Function<Enum<?>, String>>> SHOWN = new LinkedHashMap<>();

    /** Enums that never reach a page as text, and why. */
    static final Map<Class<? extends Enum<?>>, String> NOT_SHOWN = new LinkedHashMap<>();

    static {
        shown(ProductKind.class, "product.kind.");
        shown(IdentifierType.class, "identifier.type.");
        shown(Discount.Kind.class, "coupon.kind.");
        shown(DecisionReason.class, "activation.reason.");
        shown(ContractKind.class, "activation.contract.");
        shown(ActivationEventType.class, "activation.event.");
        shown(ActivationStatus.class, "activation.status.");
        shown(VoucherState.class, "voucher.state.");
        shown(VoucherLookup.Outcome.class, "voucher.state.");
        shown(PaymentMode.class, "payment.mode.", "payment.help.");
        shown(MovementReason.class, "movementReason.");
        shown(OrderStatus.class, "order.status.");
        shown(ContractStatus.class, "contractStatus.");
        shown(CouponState.class, "couponState.");
        shown(MailStatus.class, "mailStatus.");
        shown(ExportFlow.Status.class, "console.chorus.flowStatus.");
        shown(InvoiceKind.class, "invoice.kind.");
        shown(Role.class, "role.");
        shown(AccountStatus.class, "accountStatus.");
        shown(ConsentKind.class, "consent.kind.");
        shown(HolderType.class, "holderType.");
        shown(PublicBodyStatus.class, "publicBody.");
        shown(Country.class, "country.");
        shown(QuoteStatus.class, "quote.status.");
        shown(ExportSyntax.class, "console.invoice.syntax.");
        shown(Finding.Severity.class, "console.invoice.severity.");
        shown(BatchStatus.class, "console.batch.status.", "console.chorus.batchStatus.");
        SHOWN.put(Language.class, List.of(v -> "language." + ((Language) v).code(),
                v -> "language.short." + ((Language) v).code()));

        NOT_SHOWN.put(DocumentBundle.class, "which bundle a PDF reads its words from; never printed itself");
        NOT_SHOWN.put(VatCategory.class, "EN 16931 codes of the e-invoices; pages show the rate");
        NOT_SHOWN.put(PaymentMeans.class, "EN 16931 payment means, printed on invoices from the invoice bundle");
        NOT_SHOWN.put(TokenPurpose.class, "what a mailed link is for; the page it opens says it");
        NOT_SHOWN.put(OneTimePassword.Outcome.class, "turned into a message key by the boundary");
        NOT_SHOWN.put(LoginOutcome.Result.class, "turned into a message key by the login page");
        NOT_SHOWN.put(eu.trustdesk.account.control.SignInTickets.Kind.class,
                "what a sealed sign-in ticket still asks for; never leaves the server");
        NOT_SHOWN.put(eu.trustdesk.account.control.SecondFactor.Check.class,
                "turned into a LoginOutcome.Result by the Authentication boundary");
        NOT_SHOWN.put(eu.trustdesk.account.view.PendingSignIn.Step.class, "which second-step page a half sign-in goes to");
        NOT_SHOWN.put(eu.trustdesk.ordering.control.PaymentStanding.Source.class,
                "chooses which sentence the validator's request page shows (console.request.payment.*)");
    }

    private EnumLabels() {
    }

    private static void shown(Class<? extends Enum<?>> type, String... prefixes) {
        List<Function<Enum<?>, String>> keys = new java.util.ArrayList<>();
        for (String prefix : prefixes) {
            keys.add(v -> prefix + v.name());
        }
        SHOWN.put(type, keys);
    }
}
