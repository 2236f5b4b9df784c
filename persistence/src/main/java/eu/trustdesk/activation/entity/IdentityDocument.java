package eu.trustdesk.activation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An identity document of the applicant, accepted by the checks. The file itself lives outside
 * the database and the web root under {@link #storedName()}, a generated name: what the applicant
 * called it is kept for display only.
 */
@Entity
@Table(name = "activation_document")
public class IdentityDocument {

    public static final int ORIGINAL_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ActivationRequest request;

    @Column(name = "stored_name", nullable = false, unique = true, length = 80)
    private String storedName;

    @Column(name = "original_name", nullable = false, length = ORIGINAL_NAME_LENGTH)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "width")
    private Integer width;

    @Column(name = "height")
    private Integer height;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected IdentityDocument() {
        // for JPA
    }

    public IdentityDocument(ActivationRequest request, String storedName, String originalName, String contentType,
            long sizeBytes, Integer width, Integer height, String sha256, Instant now) {
        this.request = Objects.requireNonNull(request, "request");
        this.storedName = Objects.requireNonNull(storedName, "storedName");
        String name = originalName == null || originalName.isBlank() ? storedName : originalName.strip();
        this.originalName = name.length() > ORIGINAL_NAME_LENGTH ? name.substring(0, ORIGINAL_NAME_LENGTH) : name;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.uploadedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public ActivationRequest request() {
        return request;
    }

    public String storedName() {
        return storedName;
    }

    public String originalName() {
        return originalName;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isPdf() {
        return "application/pdf".equals(contentType);
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
