package eu.trustdesk.activation.entity;

import eu.trustdesk.shared.Fingerprint;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One contract document as it was produced for a request (filled with the holder's data) and
 * shown to the applicant: the very bytes are kept, so that the SHA-256 recorded with the
 * acceptance is the one of the PDF the applicant could read, and can be proved later.
 */
@Entity
@Table(name = "activation_contract")
public class ActivationContract {

    public static final int IP_LENGTH = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ActivationRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ContractKind kind;

    @Column(name = "doc_version", nullable = false, length = 20)
    private String docVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = Language.CODE_LENGTH)
    private Language language;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false)
    private byte[] pdf;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "rendered_at", nullable = false)
    private Instant renderedAt;

    /** When the applicant first downloaded this very document; acceptance waits for it. */
    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_ip", length = IP_LENGTH)
    private String acceptedIp;

    protected ActivationContract() {
        // for JPA
    }

    ActivationContract(ActivationRequest request, ContractKind kind, Language language, byte[] pdf, Instant now) {
        this.request = Objects.requireNonNull(request, "request");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.docVersion = kind.version();
        this.language = Objects.requireNonNull(language, "language");
        this.pdf = pdf.clone();
        this.sha256 = Fingerprint.sha256(pdf);
        this.renderedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The applicant opened (downloaded) the document. Only the first opening is kept: it is what
     * shows that the text could be read before it was accepted.
     */
    public void opened(Instant now) {
        if (openedAt == null) {
            openedAt = Objects.requireNonNull(now, "now");
        }
    }

    /**
     * Records the acceptance of this document. It must have been opened first: ticking "I have
     * read" over a document never downloaded proves nothing. {@code shownSha256} is the
     * fingerprint of what the page offered; when the document changed since (new holder data),
     * the acceptance is refused.
     */
    void accept(String shownSha256, String ipAddress, Instant now) {
        if (!sha256.equals(shownSha256)) {
            throw new BusinessException("error.contract.changed");
        }
        if (openedAt == null) {
            throw new BusinessException("error.contract.notOpened");
        }
        if (acceptedAt == null) {
            acceptedAt = Objects.requireNonNull(now, "now");
            String ip = ipAddress == null ? "unknown" : ipAddress;
            acceptedIp = ip.length() > IP_LENGTH ? ip.substring(0, IP_LENGTH) : ip;
        }
    }

    public Long id() {
        return id;
    }

    public ContractKind kind() {
        return kind;
    }

    public String docVersion() {
        return docVersion;
    }

    public Language language() {
        return language;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public String sha256() {
        return sha256;
    }

    public Instant renderedAt() {
        return renderedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptedIp() {
        return acceptedIp;
    }

    public boolean accepted() {
        return acceptedAt != null;
    }
}
