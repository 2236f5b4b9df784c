package eu.trustdesk.activation.boundary;

import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.activation.control.ActivationMails;
import eu.trustdesk.activation.control.CheckedDocument;
import eu.trustdesk.activation.control.ContractPdf;
import eu.trustdesk.activation.control.DocumentStore;
import eu.trustdesk.activation.control.IdentityDocumentCheck;
import eu.trustdesk.activation.entity.ActivationContract;
import eu.trustdesk.activation.entity.ActivationEventType;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.ActivationStatus;
import eu.trustdesk.activation.entity.ApplicantPerson;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.activation.entity.IdentityDocument;
import eu.trustdesk.activation.entity.OneTimePassword;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.catalog.entity.ProductKind;
import eu.trustdesk.organisation.boundary.IdentityForm;
import eu.trustdesk.ordering.control.PaymentStanding;
import eu.trustdesk.ordering.control.PaymentStandings;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The applicant's activation file, step by step (the customer-area wizard): verify an address
 * with a one-time password, holder, applicant, identity document, contracts, submit; and, after a
 * validator's answer, fix and resubmit. Only the request's applicant reaches it: anybody else's
 * request is "not found". Every step is kept as it is done, so the applicant can leave and return.
 */
@Stateless
@RolesAllowed({Role.Names.CUSTOMER})
public class ActivationFile {

    private final IdentityDocumentCheck documentCheck = new IdentityDocumentCheck();
    private final ContractPdf contractPdf = new ContractPdf();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private ActivationMails mails;

    @Inject
    private DocumentStore store;

    @Inject
    private Clock clock;

    @Inject
    private PaymentStandings standings;

    /** The caller's request with its timeline, documents and contracts. */
    public ActivationRequest get(long requestId) {
        ActivationRequest request = mine(requestId, false);
        request.timeline().size();
        request.documents().size();
        request.contracts().size();
        return request;
    }

    /** The addresses that may receive the one-time password: the account's, which it verified at registration. */
    public List<String> otpAddresses(long requestId) {
        mine(requestId, false);
        return List.of(callerAccount.get().email());
    }

    /** Mails a new one-time password to {@code email}, one of {@link #otpAddresses}. */
    public void sendOtp(long requestId, String email) {
        ActivationRequest request = mine(requestId, true);
        if (request.status() != ActivationStatus.WAITING_FOR_APPLICANT) {
            throw new BusinessException("error.activation.state", request.status().name());
        }
        if (email == null || !otpAddresses(requestId).contains(email)) {
            throw new BusinessException("error.otp.address");
        }
        Instant now = clock.instant();
        OneTimePassword.checkResend(otps(request).stream().map(OneTimePassword::createdAt).toList(), now);
        String code = OneTimePassword.newCode();
        em.persist(new OneTimePassword(request, email, code, now));
        request.otpSent(email, now);
        mails.otp(request, email, code);
    }

    /**
     * Checks the code typed against the newest one-time password. Answers rather than throws, so
     * that a wrong attempt is counted (a thrown business exception would roll it back).
     */
    public OneTimePassword.Outcome confirmOtp(long requestId, String code) {
        ActivationRequest request = mine(requestId, true);
        if (request.status() != ActivationStatus.WAITING_FOR_APPLICANT) {
            throw new BusinessException("error.activation.state", request.status().name());
        }
        OneTimePassword otp = otps(request).stream().findFirst()
                .orElseThrow(() -> new BusinessException("error.otp.none"));
        Instant now = clock.instant();
        OneTimePassword.Outcome outcome = otp.check(code, now);
        if (outcome == OneTimePassword.Outcome.VERIFIED) {
            request.verifyEmail(otp.email(), now);
            mails.transition(request, ActivationEventType.EMAIL_VERIFIED);
        }
        return outcome;
    }

    public void enterHolder(long requestId, IdentityForm form) {
        ActivationRequest request = mine(requestId, true);
        request.enterHolder(form.getName(), form.getHolderType(), form.getCountry(), form.toIdentity(), clock.instant());
        mails.transition(request, ActivationEventType.HOLDER_ENTERED);
    }

    public void enterApplicant(long requestId, ApplicantForm form) {
        ActivationRequest request = mine(requestId, true);
        Instant now = clock.instant();
        request.enterApplicant(ApplicantPerson.of(form.getFirstName(), form.getLastName(), form.getBirthDate(),
                form.getBirthPlace(), form.getTaxCode(), form.getEmail(), form.getPhone(), request.holderCountry(),
                now.atZone(ZoneOffset.UTC).toLocalDate()), now);
        mails.transition(request, ActivationEventType.APPLICANT_ENTERED);
    }

    /**
     * Checks and stores an identity document. The checks come before anything is written: a
     * refused file leaves no trace.
     */
    public IdentityDocument uploadDocument(long requestId, String fileName, byte[] content) {
        ActivationRequest request = mine(requestId, true);
        if (!request.status().editable()) {
            throw new BusinessException("error.activation.state", request.status().name());
        }
        CheckedDocument checked = documentCheck.check(content);
        Instant now = clock.instant();
        IdentityDocument document = new IdentityDocument(request, store.store(content), fileName,
                checked.contentType(), content.length, checked.width(), checked.height(),
                eu.trustdesk.shared.Fingerprint.sha256(content), now);
        request.addDocument(document, now);
        em.persist(document);
        mails.transition(request, ActivationEventType.DOCUMENT_UPLOADED);
        return document;
    }

    /** The bytes of one of the caller's documents. */
    public DocumentContent document(long requestId, long documentId) {
        IdentityDocument document = mine(requestId, false).document(documentId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        return new DocumentContent(document.contentType(), store.read(document.storedName()));
    }

    /**
     * The contract of {@code kind} filled with the holder's data, as shown to the applicant:
     * produced once and kept, so that what is accepted is exactly what was shown.
     */
    public ActivationContract contract(long requestId, ContractKind kind) {
        ActivationRequest request = mine(requestId, true);
        ActivationContract existing = request.contract(kind).orElse(null);
        if (existing != null || !request.status().editable()) {
            if (existing == null) {
                throw new BusinessException("error.notFound");
            }
            return existing;
        }
        Account caller = callerAccount.get();
        return request.contract(kind, caller.language(), () -> contractPdf.render(request, kind, caller.language()),
                clock.instant());
    }

    /**
     * The bytes of the contract of {@code kind}, as {@link #contract} keeps them, for the
     * applicant to read: the first download is recorded, and only then can the contract be
     * accepted (a validator's download, through {@code ValidationDesk}, does not count).
     */
    public byte[] contractPdf(long requestId, ContractKind kind) {
        ActivationContract contract = contract(requestId, kind);
        // the bytes first: they are fetched lazily, and EclipseLink loads a lazy attribute by reading
        // the row again over the object, which would undo an opening set before and not yet written
        // (eclipse-ee4j/eclipselink#1932)
        byte[] pdf = contract.pdf();
        contract.opened(clock.instant());
        return pdf;
    }

    public void acceptContract(long requestId, ContractKind kind, String shownSha256, String ipAddress) {
        ActivationRequest request = mine(requestId, true);
        boolean before = request.contractsAccepted();
        request.acceptContract(kind, shownSha256, ipAddress, clock.instant());
        if (!before && request.contractsAccepted()) {
            mails.transition(request, ActivationEventType.CONTRACTS_ACCEPTED);
        }
    }

    /**
     * Sends the file to the validators (again, after a rejection or a request for more), once its
     * order is accepted.
     *
     * @throws BusinessException {@code error.activation.orderNotPaid} while the order waits for its payment
     */
    public void submit(long requestId) {
        ActivationRequest request = mine(requestId, true);
        boolean again = request.status().toFix();
        request.submit(callerAccount.get().email(), standings.of(request.orderNumber()).accepted(), clock.instant());
        mails.transition(request, again ? ActivationEventType.RESUBMITTED : ActivationEventType.SUBMITTED);
    }

    /** Where the payment of the request's order stands: the page says why submission waits. */
    public PaymentStanding payment(long requestId) {
        return standings.of(mine(requestId, false).orderNumber());
    }

    /**
     * Where the applicant uses an approved e-invoicing plan; null for anything else (an approved
     * certificate goes on to its issuance, which the request page explains).
     */
    public String accessLink(long requestId) {
        ActivationRequest request = mine(requestId, false);
        if (request.status() != ActivationStatus.APPROVED) {
            return null;
        }
        boolean plan = em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", request.sku())
                .getResultStream().findFirst().map(p -> p.kind() == ProductKind.EINVOICING_PLAN).orElse(false);
        return plan ? mails.einvoicingUrl() : null;
    }

    private List<OneTimePassword> otps(ActivationRequest request) {
        return em.createNamedQuery(OneTimePassword.OF_REQUEST, OneTimePassword.class)
                .setParameter("request", request).setMaxResults(20).getResultList();
    }

    /** The caller's request, locked for a change when {@code forUpdate}; someone else's is not found. */
    private ActivationRequest mine(long requestId, boolean forUpdate) {
        ActivationRequest request = forUpdate
                ? em.find(ActivationRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ActivationRequest.class, requestId);
        if (request == null || !request.belongsTo(callerAccount.get())) {
            throw new BusinessException("error.notFound");
        }
        return request;
    }
}
