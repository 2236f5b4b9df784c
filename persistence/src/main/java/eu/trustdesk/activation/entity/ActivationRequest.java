package eu.trustdesk.activation.entity;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The certificate (or plan) request of one unit sold, in its applicant's customer area. Until
 * the applicant has an account or has followed the link of the order's mail, it is known by the
 * applicant's e-mail address only.
 *
 * <p>Its state changes only through the methods below, each refusing what its state does not
 * allow and adding a dated line to the timeline: the applicant verifies an address, enters the
 * holder, the applicant, an identity document, accepts the contracts and submits; a validator
 * approves, rejects or asks for more; after the last two the applicant fixes and resubmits; the
 * back office may cancel at any time.
 */
@Entity
@Table(name = "activation_request")
@NamedQuery(name = ActivationRequest.OF_ACCOUNT,
        query = "select r from ActivationRequest r where r.applicantAccount = :account order by r.createdAt desc")
@NamedQuery(name = ActivationRequest.OF_ORDER,
        query = "select r from ActivationRequest r where r.orderNumber = :order order by r.id")
@NamedQuery(name = ActivationRequest.DOCUMENTS_DUE, query = "select r.id from ActivationRequest r where r.id > :after"
        + " and r.status in :decided and r.decidedAt <= :cutoff and exists (select d from IdentityDocument d where d.request = r)"
        + " and not exists (select n from IdentityDocument n where n.request = r and n.uploadedAt > :cutoff)"
        + " order by r.id")
@NamedQuery(name = ActivationRequest.QUEUE, query = "select r from ActivationRequest r where r.status in :states"
        + " and (:sku is null or r.sku = :sku) and (:before is null or r.submittedAt <= :before)"
        + " order by r.submittedAt, r.id")
public class ActivationRequest {

    public static final String OF_ACCOUNT = "ActivationRequest.ofAccount";
    public static final String OF_ORDER = "ActivationRequest.ofOrder";
    public static final String QUEUE = "ActivationRequest.queue";
    public static final String DOCUMENTS_DUE = "ActivationRequest.documentsDue";
    public static final int HOLDER_NAME_LENGTH = 150;
    public static final int NOTE_LENGTH = 1000;
    /**
     * The states after which the documents are no longer needed for the decision: approved,
     * rejected (the applicant may come back, with a new document), cancelled or revoked.
     */
    public static final Set<ActivationStatus> FINAL_DECISIONS =
            EnumSet.of(ActivationStatus.APPROVED, ActivationStatus.REJECTED, ActivationStatus.CANCELLED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_number", length = 20)
    private String orderNumber;

    @Column(name = "sku", nullable = false, length = 40)
    private String sku;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(name = "validity_years", nullable = false)
    private int validityYears;

    @Column(name = "applicant_email", nullable = false, length = 254)
    private String applicantEmail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applicant_account_id")
    private Account applicantAccount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ActivationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_email", length = 254)
    private String verifiedEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_type", length = 30)
    private HolderType holderType;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_country", length = Country.CODE_LENGTH)
    private Country holderCountry;

    @Column(name = "holder_name", length = HOLDER_NAME_LENGTH)
    private String holderName;

    @Embedded
    @AttributeOverride(name = "siret", column = @Column(name = "holder_siret", length = 14))
    @AttributeOverride(name = "siren", column = @Column(name = "holder_siren", length = 9))
    @AttributeOverride(name = "vatNumber", column = @Column(name = "holder_vat_number", length = 15))
    @AttributeOverride(name = "taxCode", column = @Column(name = "holder_tax_code", length = 16))
    @AttributeOverride(name = "sdiCode", column = @Column(name = "holder_sdi_code", length = 7))
    @AttributeOverride(name = "pec", column = @Column(name = "holder_pec", length = 254))
    @AttributeOverride(name = "ipaCode", column = @Column(name = "holder_ipa_code", length = 20))
    private LegalIdentity holderIdentity;

    @Embedded
    private ApplicantPerson applicant;

    @Column(name = "submitted_by", length = 254)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_reason", length = 40)
    private DecisionReason decisionReason;

    /**
     * When the retention job deleted the identity documents of this decided request; null while
     * it has its documents (or never had any).
     */
    @Column(name = "documents_deleted_at")
    private Instant documentsDeletedAt;

    /** The validator's words: the reason's details, or what is missing. */
    @Column(name = "decision_note", length = NOTE_LENGTH)
    private String decisionNote;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<ActivationEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("uploadedAt, id")
    private List<IdentityDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = {CascadeType.PERSIST, CascadeType.REMOVE}, orphanRemoval = true)
    @OrderBy("kind")
    private List<ActivationContract> contracts = new ArrayList<>();

    @Version
    private long version;

    protected ActivationRequest() {
        // for JPA
    }

    public ActivationRequest(String orderNumber, String sku, String productName, int validityYears,
            String applicantEmail, Account applicantAccount, Instant now) {
        this.orderNumber = orderNumber;
        this.sku = Objects.requireNonNull(sku, "sku");
        this.productName = productName.length() > 200 ? productName.substring(0, 200) : productName;
        this.validityYears = validityYears;
        this.applicantEmail = applicantEmail.strip().toLowerCase(Locale.ROOT);
        this.applicantAccount = applicantAccount;
        this.status = ActivationStatus.WAITING_FOR_APPLICANT;
        this.createdAt = Objects.requireNonNull(now, "now");
        event(ActivationEventType.CREATED, this.applicantEmail, orderNumber, now);
    }

    /** The applicant signed in through the order's link: the request is now in their customer area. */
    public void assignTo(Account applicant) {
        this.applicantAccount = Objects.requireNonNull(applicant, "applicant");
    }

    public boolean belongsTo(Account account) {
        return applicantAccount != null && applicantAccount.id().equals(account.id());
    }

    /** A one-time password left for {@code email}: the timeline shows when, and where to. */
    public void otpSent(String email, Instant now) {
        require(status == ActivationStatus.WAITING_FOR_APPLICANT);
        event(ActivationEventType.OTP_SENT, actor(), email, now);
    }

    /** The applicant proved with a one-time password that they read {@code email}. */
    public void verifyEmail(String email, Instant now) {
        require(status == ActivationStatus.WAITING_FOR_APPLICANT);
        verifiedEmail = Objects.requireNonNull(email, "email");
        status = ActivationStatus.EMAIL_VERIFIED;
        event(ActivationEventType.EMAIL_VERIFIED, applicantEmail(), email, now);
    }

    /**
     * Sets the holder of the service, whose identifiers {@link LegalIdentity#of} has checked. The
     * contracts carry the holder's data: any shown before are void and must be accepted again.
     */
    public void enterHolder(String name, HolderType type, Country country, LegalIdentity identity, Instant now) {
        requireEditable();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > HOLDER_NAME_LENGTH) {
            throw new BusinessException("error.holder.name");
        }
        holderName = n;
        holderType = Objects.requireNonNull(type, "type");
        holderCountry = Objects.requireNonNull(country, "country");
        holderIdentity = Objects.requireNonNull(identity, "identity");
        contracts.clear();
        event(ActivationEventType.HOLDER_ENTERED, actor(), n, now);
        progress();
    }

    /** Sets the applicant; it is written in the contracts too, so they must be accepted again. */
    public void enterApplicant(ApplicantPerson person, Instant now) {
        requireEditable();
        if (holderType == null) {
            throw new BusinessException("error.activation.holderFirst");
        }
        applicant = Objects.requireNonNull(person, "person");
        contracts.clear();
        event(ActivationEventType.APPLICANT_ENTERED, actor(), person.firstName() + " " + person.lastName(), now);
        progress();
    }

    /** Adds an identity document that passed the checks; the newest one is the one validators read. */
    public void addDocument(IdentityDocument document, Instant now) {
        requireEditable();
        if (applicant == null) {
            throw new BusinessException("error.activation.applicantFirst");
        }
        documents.add(document);
        // a rejected file taken up again after its documents were deleted has a document again
        documentsDeletedAt = null;
        event(ActivationEventType.DOCUMENT_UPLOADED, actor(), document.originalName(), now);
        progress();
    }

    /**
     * The contract of {@code kind} to show, produced by {@code render} from the holder's data when
     * there is none yet (the same bytes are shown again until the data change).
     */
    public ActivationContract contract(ContractKind kind, Language language, java.util.function.Supplier<byte[]> render,
            Instant now) {
        requireEditable();
        if (currentDocument().isEmpty()) {
            throw new BusinessException("error.activation.documentFirst");
        }
        Optional<ActivationContract> existing = contracts.stream().filter(c -> c.kind() == kind).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        ActivationContract contract = new ActivationContract(this, kind, language, render.get(), now);
        contracts.add(contract);
        return contract;
    }

    /** The applicant accepts the contract shown, whose SHA-256 the page sent back, from {@code ipAddress}. */
    public void acceptContract(ContractKind kind, String shownSha256, String ipAddress, Instant now) {
        requireEditable();
        ActivationContract contract = contracts.stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new BusinessException("error.contract.changed"));
        if (contract.accepted()) {
            return;
        }
        contract.accept(shownSha256, ipAddress, now);
        event(ActivationEventType.CONTRACT_ACCEPTED, actor(), kind.name() + " " + kind.version() + " sha256:"
                + contract.sha256() + " ip:" + contract.acceptedIp(), now);
        if (contractsAccepted()) {
            event(ActivationEventType.CONTRACTS_ACCEPTED, actor(), null, now);
        }
        progress();
    }

    /**
     * Sends the complete file to the validators, the first time or after a rejection or a request
     * for more. The file can be prepared at once, but nothing is delivered before it is paid: it
     * goes to validation only once its order is accepted.
     *
     * @param orderAccepted whether the order this request comes from is accepted (paid, or needing
     *        no payment before delivery); true for a request from a redeemed voucher
     * @throws BusinessException {@code error.activation.orderNotPaid} while the order waits for its money
     */
    public void submit(String by, boolean orderAccepted, Instant now) {
        require(status == ActivationStatus.CONTRACTS_ACCEPTED || status.toFix());
        if (!complete()) {
            throw new BusinessException("error.activation.incomplete");
        }
        if (!orderAccepted) {
            throw new BusinessException("error.activation.orderNotPaid", orderNumber);
        }
        boolean again = status.toFix();
        submittedBy = Objects.requireNonNull(by, "by");
        submittedAt = Objects.requireNonNull(now, "now");
        status = again ? ActivationStatus.RESUBMITTED : ActivationStatus.IN_VALIDATION;
        event(again ? ActivationEventType.RESUBMITTED : ActivationEventType.SUBMITTED, by, null, now);
    }

    /**
     * The validator approves: the service is active. Refused while the order is not accepted,
     * whatever the file's state (a request submitted before this rule, or an order left unpaid).
     *
     * @throws BusinessException {@code error.activation.orderNotPaid}
     */
    public void approve(String validator, boolean orderAccepted, Instant now) {
        require(status.awaitingDecision());
        if (!orderAccepted) {
            throw new BusinessException("error.activation.orderNotPaid", orderNumber);
        }
        decide(validator, now);
        status = ActivationStatus.APPROVED;
        decisionReason = null;
        decisionNote = null;
        event(ActivationEventType.APPROVED, validator, null, now);
    }

    /** The validator refuses, with a reason from the list and, for "other", words of their own. */
    public void reject(String validator, DecisionReason reason, String note, Instant now) {
        if (reason == null) {
            throw new BusinessException("error.decision.reason");
        }
        String n = note(note);
        if (reason == DecisionReason.OTHER && n == null) {
            throw new BusinessException("error.decision.note");
        }
        decide(validator, now);
        status = ActivationStatus.REJECTED;
        decisionReason = reason;
        decisionNote = n;
        event(ActivationEventType.REJECTED, validator, reason.name() + (n == null ? "" : ": " + n), now);
    }

    /** The validator asks for more, naming what is missing. */
    public void askForMore(String validator, String missing, Instant now) {
        String n = note(missing);
        if (n == null) {
            throw new BusinessException("error.decision.missing");
        }
        decide(validator, now);
        status = ActivationStatus.MORE_INFORMATION_REQUESTED;
        decisionReason = null;
        decisionNote = n;
        event(ActivationEventType.MORE_INFORMATION_REQUESTED, validator, n, now);
    }

    /** Whether the request can still lead to a service: neither approved nor cancelled. */
    public boolean open() {
        return status != ActivationStatus.APPROVED && status != ActivationStatus.CANCELLED;
    }

    /** The back office cancels the request or revokes what it produced. Final. */
    public void cancel(String by, String reason, Instant now) {
        String n = note(reason);
        if (n == null) {
            throw new BusinessException("error.decision.cancelReason");
        }
        require(status != ActivationStatus.CANCELLED);
        decidedBy = Objects.requireNonNull(by, "by");
        decidedAt = now;
        status = ActivationStatus.CANCELLED;
        decisionReason = null;
        decisionNote = n;
        event(ActivationEventType.CANCELLED, by, n, now);
    }

    /**
     * Whether the identity documents may go under the retention policy: the request reached a
     * decision that ends it (approved, rejected, cancelled or revoked) before {@code cutoff}, and it
     * still has documents, none uploaded after the cutoff. A request waiting for a decision, for
     * more information or for its resubmission, keeps them: a validator or the applicant still
     * needs them; so does a rejected file whose applicant uploaded a new document to try again,
     * until as long after that upload.
     */
    public boolean documentsDueForDeletion(Instant cutoff) {
        return FINAL_DECISIONS.contains(status) && decidedAt != null && !decidedAt.isAfter(cutoff)
                && !documents.isEmpty() && documents.stream().noneMatch(d -> d.uploadedAt().isAfter(cutoff));
    }

    /**
     * Deletes the identity documents under the retention policy and returns them, so that the
     * caller removes their rows and files; the request, its decision and its timeline stay.
     *
     * @throws IllegalStateException when they are not due ({@link #documentsDueForDeletion})
     */
    public List<IdentityDocument> deleteDocuments(Instant cutoff, Instant now) {
        if (!documentsDueForDeletion(cutoff)) {
            throw new IllegalStateException("Documents of request " + id + " are not due for deletion");
        }
        List<IdentityDocument> deleted = new ArrayList<>(documents);
        documents.clear();
        documentsDeletedAt = Objects.requireNonNull(now, "now");
        return deleted;
    }

    public Instant documentsDeletedAt() {
        return documentsDeletedAt;
    }

    /** Whether {@code account} filed this request (is its applicant or submitted it): they may not decide on it. */
    public boolean filedBy(Account account) {
        return belongsTo(account) || account.email().equals(submittedBy);
    }

    private void decide(String validator, Instant now) {
        require(status.awaitingDecision());
        decidedBy = Objects.requireNonNull(validator, "validator");
        decidedAt = Objects.requireNonNull(now, "now");
    }

    private static String note(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > NOTE_LENGTH ? t.substring(0, NOTE_LENGTH) : t;
    }

    /** During the wizard the state tells how far the applicant got; fixing a returned file keeps its state. */
    private void progress() {
        if (!status.inWizard()) {
            return;
        }
        if (holderType == null) {
            status = ActivationStatus.EMAIL_VERIFIED;
        } else if (applicant == null) {
            status = ActivationStatus.HOLDER_ENTERED;
        } else if (currentDocument().isEmpty()) {
            status = ActivationStatus.APPLICANT_ENTERED;
        } else if (!contractsAccepted()) {
            status = ActivationStatus.DOCUMENTS_UPLOADED;
        } else {
            status = ActivationStatus.CONTRACTS_ACCEPTED;
        }
    }

    private boolean complete() {
        return verifiedEmail != null && holderType != null && applicant != null && currentDocument().isPresent()
                && contractsAccepted();
    }

    /** Every kind of contract shown and accepted. */
    public boolean contractsAccepted() {
        Set<ContractKind> accepted = EnumSet.noneOf(ContractKind.class);
        contracts.stream().filter(ActivationContract::accepted).forEach(c -> accepted.add(c.kind()));
        return accepted.size() == ContractKind.values().length;
    }

    private void requireEditable() {
        require(status.editable());
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new BusinessException("error.activation.state", status.name());
        }
    }

    private String actor() {
        return applicantAccount == null ? applicantEmail : applicantAccount.email();
    }

    private void event(ActivationEventType type, String actor, String detail, Instant now) {
        events.add(new ActivationEvent(this, type, actor, detail, now));
    }

    /** The newest identity document, the one that counts. */
    public Optional<IdentityDocument> currentDocument() {
        return documents.stream().max(Comparator.comparing(IdentityDocument::uploadedAt)
                .thenComparing(d -> d.id() == null ? Long.MAX_VALUE : d.id()));
    }

    public Optional<IdentityDocument> document(long documentId) {
        return documents.stream().filter(d -> d.id() != null && d.id() == documentId).findFirst();
    }

    public Optional<ActivationContract> contract(ContractKind kind) {
        return contracts.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public List<ActivationEvent> timeline() {
        return Collections.unmodifiableList(events);
    }

    public List<IdentityDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    public List<ActivationContract> contracts() {
        return Collections.unmodifiableList(contracts);
    }

    public Long id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String sku() {
        return sku;
    }

    public String productName() {
        return productName;
    }

    public int validityYears() {
        return validityYears;
    }

    public String applicantEmail() {
        return applicantEmail;
    }

    public Account applicantAccount() {
        return applicantAccount;
    }

    public ActivationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String verifiedEmail() {
        return verifiedEmail;
    }

    public HolderType holderType() {
        return holderType;
    }

    public Country holderCountry() {
        return holderCountry;
    }

    public String holderName() {
        return holderName;
    }

    public LegalIdentity holderIdentity() {
        return holderIdentity;
    }

    public ApplicantPerson applicant() {
        return applicant;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public DecisionReason decisionReason() {
        return decisionReason;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
