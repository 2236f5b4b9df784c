package eu.trustdesk.ordering.entity;

import eu.trustdesk.shared.Fingerprint;
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
import jakarta.persistence.Lob;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of the terms of sale in one language, as it was issued: the very PDF bytes the
 * buyers of that version could read and accepted, and their SHA-256. Kept for good, never changed:
 * the wording of an old order must be shown years later, after the text in the bundles has moved
 * on. The row is written the first time the version is shown or accepted in that language.
 *
 * <p>Rows are created only through {@link #CREATE_IF_ABSENT}, an insert that does nothing when
 * another transaction has just created the same version and language; so the first orders of a
 * new version, placed at the same moment, share one row instead of failing on its unique key.
 * H2 accepts the same statement in MySQL mode.
 */
@Entity
@Table(name = "terms_of_sale_version")
@NamedQuery(name = TermsOfSaleVersion.BY_VERSION,
        query = "select t from TermsOfSaleVersion t where t.version = :version and t.language = :language")
@NamedNativeQuery(name = TermsOfSaleVersion.CREATE_IF_ABSENT,
        query = "INSERT INTO terms_of_sale_version (version, language, pdf, sha256, issued_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                + " ON DUPLICATE KEY UPDATE version = version")
public class TermsOfSaleVersion {

    public static final String BY_VERSION = "TermsOfSaleVersion.byVersion";
    public static final String CREATE_IF_ABSENT = "TermsOfSaleVersion.createIfAbsent";
    public static final int VERSION_LENGTH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version", nullable = false, length = VERSION_LENGTH)
    private String version;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = Language.CODE_LENGTH)
    private Language language;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false)
    private byte[] pdf;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected TermsOfSaleVersion() {
        // for JPA
    }

    /**
     * A version as it is issued now: the values {@link #CREATE_IF_ABSENT} writes (persisting this
     * object directly would fail on the unique key when two first orders meet).
     */
    public TermsOfSaleVersion(String version, Language language, byte[] pdf, Instant issuedAt) {
        if (version == null || version.isBlank() || version.length() > VERSION_LENGTH) {
            throw new IllegalArgumentException("a version of at most " + VERSION_LENGTH + " characters: " + version);
        }
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("the terms' PDF is required");
        }
        this.version = version;
        this.language = java.util.Objects.requireNonNull(language, "language");
        this.pdf = pdf.clone();
        this.sha256 = Fingerprint.sha256(pdf);
        this.issuedAt = java.util.Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** True when the bytes kept are still those whose fingerprint was recorded. */
    public boolean intact() {
        return Fingerprint.sha256(pdf).equals(sha256);
    }

    public Long id() {
        return id;
    }

    public String version() {
        return version;
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

    public Instant issuedAt() {
        return issuedAt;
    }
}
