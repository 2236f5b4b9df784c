package eu.trustdesk.activation.boundary;

import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.activation.control.ActivationMails;
import eu.trustdesk.activation.control.DocumentStore;
import eu.trustdesk.activation.control.PdfFirstPage;
import eu.trustdesk.activation.entity.ActivationContract;
import eu.trustdesk.activation.entity.ActivationEventType;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.ActivationStatus;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.activation.entity.DecisionReason;
import eu.trustdesk.activation.entity.IdentityDocument;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.catalog.entity.ProductKind;
import eu.trustdesk.ordering.control.PaymentStanding;
import eu.trustdesk.ordering.control.PaymentStandings;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The validators' console: the queue of submitted requests, a request with its data and
 * documents, and the decisions — approve, reject with a reason, ask for more, cancel or revoke.
 * Every decision is audited and mailed to the applicant. Nobody decides on a request they filed
 * themselves (as its applicant or as whoever submitted it), whatever the page shows.
 */
@Stateless
@RolesAllowed({Role.Names.VALIDATOR, Role.Names.ADMIN})
public class ValidationDesk {

    static final String SUBJECT = "ActivationRequest";
    /** Enough to read an identity card on a screen, small enough to send quickly. */
    private static final float PREVIEW_DPI = 110;
    /**
     * Longest side of a preview, whatever the page box claims: a document stored before page
     * sizes were checked at upload must not make the preview allocate gigabytes either.
     */
    private static final int PREVIEW_MAX_SIDE = 1600;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private ActivationMails mails;

    @Inject
    private DocumentStore store;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<RequestCancelled> cancellations;

    @Inject
    private Clock clock;

    @Inject
    private PaymentStandings standings;

    /**
     * Filters of the queue; null fields do not filter.
     *
     * @param sku             one product
     * @param status          one state; by default those awaiting a decision
     * @param olderThanDays   submitted at least that many days ago
     */
    public record QueueFilter(String sku, ActivationStatus status, Integer olderThanDays) implements Serializable {
    }

    /** Requests matching the filter, the longest waiting first. */
    public List<ActivationRequest> queue(QueueFilter filter) {
        Set<ActivationStatus> states = filter.status() == null ? ActivationStatus.awaitingDecisionStates()
                : EnumSet.of(filter.status());
        Instant before = filter.olderThanDays() == null || filter.olderThanDays() <= 0 ? null
                : clock.instant().minus(Duration.ofDays(filter.olderThanDays()));
        String sku = filter.sku() == null || filter.sku().isBlank() ? null : filter.sku();
        return em.createNamedQuery(ActivationRequest.QUEUE, ActivationRequest.class)
                .setParameter("states", states).setParameter("sku", sku).setParameter("before", before)
                .setMaxResults(500).getResultList();
    }

    /** The products that have requests, for the queue's filter. */
    public List<String> skus() {
        return em.createQuery("select distinct r.sku from ActivationRequest r order by r.sku", String.class)
                .getResultList();
    }

    public ActivationRequest get(long requestId) {
        ActivationRequest request = find(requestId, false);
        request.timeline().size();
        request.documents().size();
        request.contracts().size();
        if (request.applicantAccount() != null) {
            request.applicantAccount().email();
        }
        return request;
    }

    /** Where the payment of the request's order stands, shown next to the decisions. */
    public PaymentStanding payment(long requestId) {
        return standings.of(find(requestId, false).orderNumber());
    }

    /** Whether the caller may decide on the request (they did not file it). */
    public boolean mayDecide(long requestId) {
        return !find(requestId, false).filedBy(caller());
    }

    public DocumentContent document(long requestId, long documentId) {
        IdentityDocument document = find(requestId, false).document(documentId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        return new DocumentContent(document.contentType(), store.read(document.storedName()));
    }

    /**
     * The document as an image for the console's viewer: an image as it is, a PDF's first page
     * rendered, so that no PDF is ever opened inline in the browser.
     */
    public DocumentContent preview(long requestId, long documentId) {
        DocumentContent content = document(requestId, documentId);
        if (!"application/pdf".equals(content.contentType())) {
            return content;
        }
        try (PDDocument pdf = Loader.loadPDF(content.bytes())) {
            BufferedImage page = PdfFirstPage.render(pdf, PREVIEW_DPI, PREVIEW_MAX_SIDE);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            return new DocumentContent("image/png", png.toByteArray());
        } catch (IOException e) {
            throw new BusinessException("error.document.unreadable");
        }
    }

    public byte[] contractPdf(long requestId, ContractKind kind) {
        return find(requestId, false).contract(kind).map(ActivationContract::pdf)
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /**
     * Approves the request: the service is active and its access link mailed. Only once the order
     * is accepted, whatever the console shows.
     *
     * @throws BusinessException {@code error.activation.orderNotPaid}
     */
    public void approve(long requestId) {
        ActivationRequest request = decidable(requestId);
        request.approve(actor(), standings.of(request.orderNumber()).accepted(), clock.instant());
        audit.record(actor(), "activation.approve", SUBJECT, requestId, request.productName());
        ProductKind kind = em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", request.sku())
                .getResultStream().findFirst().map(Product::kind).orElse(ProductKind.SIGNATURE_CERTIFICATE);
        mails.approved(request, kind == ProductKind.EINVOICING_PLAN);
    }

    public void reject(long requestId, DecisionReason reason, String note) {
        ActivationRequest request = decidable(requestId);
        request.reject(actor(), reason, note, clock.instant());
        audit.record(actor(), "activation.reject", SUBJECT, requestId,
                reason.name() + (request.decisionNote() == null ? "" : ": " + request.decisionNote()));
        mails.rejected(request);
    }

    public void askForMore(long requestId, String missing) {
        ActivationRequest request = decidable(requestId);
        request.askForMore(actor(), missing, clock.instant());
        audit.record(actor(), "activation.askForMore", SUBJECT, requestId, request.decisionNote());
        mails.transition(request, ActivationEventType.MORE_INFORMATION_REQUESTED);
    }

    /**
     * Cancels the request, or revokes the certificate it produced, with a reason. Whoever gave the
     * request away (a redeemed voucher) hears of it through {@link RequestCancelled}, in this
     * transaction: if they cannot undo their part, the cancellation rolls back too.
     */
    public void cancel(long requestId, String reason) {
        ActivationRequest request = decidable(requestId);
        Instant now = clock.instant();
        boolean revoked = request.status() == ActivationStatus.APPROVED;
        request.cancel(actor(), reason, now);
        audit.record(actor(), revoked ? "activation.revoke" : "activation.cancel", SUBJECT, requestId,
                request.decisionNote());
        mails.cancelled(request);
        cancellations.fire(new RequestCancelled(requestId, now));
    }

    private ActivationRequest decidable(long requestId) {
        ActivationRequest request = find(requestId, true);
        if (request.filedBy(caller())) {
            throw new BusinessException("error.decision.ownRequest");
        }
        return request;
    }

    private ActivationRequest find(long requestId, boolean forUpdate) {
        ActivationRequest request = forUpdate
                ? em.find(ActivationRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ActivationRequest.class, requestId);
        if (request == null) {
            throw new BusinessException("error.notFound");
        }
        return request;
    }

    private Account caller() {
        return callerAccount.get();
    }

    private String actor() {
        return caller().email();
    }
}
