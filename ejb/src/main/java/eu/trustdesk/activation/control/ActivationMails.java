package eu.trustdesk.activation.control;

import eu.trustdesk.shared.Links;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.activation.entity.ActivationEventType;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.OneTimePassword;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.notification.control.Secret;
import eu.trustdesk.shared.Language;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The applicant's mails, one at every transition of a request, in the applicant's language, with
 * the link to the request in the customer area. Queued in the caller's transaction.
 */
@Dependent
public class ActivationMails {

    @Inject
    private MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    /** Where an approved e-invoicing plan is used ("Accedi a Legalinvoice"). */
    @Inject
    @ConfigProperty(name = "trustdesk.einvoicing.access-url", defaultValue = "https://einvoicing.trustdesk.eu/")
    private String einvoicingUrl;

    /**
     * A new request for an applicant who has an account (the buyer themself): what to do and where.
     * Applicants who are not the buyer get the order's invitation link instead.
     */
    public void created(ActivationRequest request) {
        outbox.queue(recipient(request), language(request), "activation.created", firstName(request),
                Links.join(baseUrl, "customer/requests.xhtml"), request.productName(),
                request.orderNumber());
    }

    public void otp(ActivationRequest request, String email, String code) {
        outbox.queue(email, language(request), "activation.otp", firstName(request), link(request), Secret.code(code),
                OneTimePassword.VALIDITY.toMinutes());
    }

    /** A step of the wizard, a submission, or a request for more information. */
    public void transition(ActivationRequest request, ActivationEventType type) {
        outbox.queue(recipient(request), language(request), "activation." + type.name(), firstName(request),
                link(request), request.productName(), request.id(), request.decisionNote());
    }

    public void approved(ActivationRequest request, boolean einvoicingPlan) {
        outbox.queue(recipient(request), language(request),
                einvoicingPlan ? "activation.APPROVED_PLAN" : "activation.APPROVED_CERTIFICATE",
                firstName(request), link(request), request.productName(), request.id(), einvoicingUrl);
    }

    public void rejected(ActivationRequest request) {
        Language language = language(request);
        outbox.queue(recipient(request), language, "activation.REJECTED", firstName(request), link(request),
                request.productName(), request.id(), reason(request, language),
                request.decisionNote() == null ? "" : request.decisionNote());
    }

    public void cancelled(ActivationRequest request) {
        outbox.queue(recipient(request), language(request), "activation.CANCELLED", firstName(request),
                link(request), request.productName(), request.id(), request.decisionNote());
    }

    /** The order the request came from was cancelled, and the request with it. */
    public void orderCancelled(ActivationRequest request, String orderNumber) {
        outbox.queue(recipient(request), language(request), "activation.ORDER_CANCELLED", firstName(request),
                link(request), request.productName(), orderNumber, request.decisionNote());
    }

    public String einvoicingUrl() {
        return einvoicingUrl;
    }

    private static String reason(ActivationRequest request, Language language) {
        ResourceBundle texts = ResourceBundle.getBundle(ContractPdf.BUNDLE, language.locale(),
                ActivationMails.class.getClassLoader());
        return texts.getString("reason." + request.decisionReason().name());
    }

    /** The address the applicant proved they read, else their account's. */
    private static String recipient(ActivationRequest request) {
        if (request.verifiedEmail() != null) {
            return request.verifiedEmail();
        }
        Account account = request.applicantAccount();
        return account == null ? request.applicantEmail() : account.email();
    }

    private static Language language(ActivationRequest request) {
        Account account = request.applicantAccount();
        return account == null ? Language.DEFAULT : account.language();
    }

    private static String firstName(ActivationRequest request) {
        if (request.applicant() != null) {
            return request.applicant().firstName();
        }
        Account account = request.applicantAccount();
        return account == null ? "" : account.firstName();
    }

    private String link(ActivationRequest request) {
        return Links.join(baseUrl, "customer/request.xhtml?id=" + request.id());
    }
}
