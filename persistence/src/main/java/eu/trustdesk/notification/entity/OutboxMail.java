package eu.trustdesk.notification.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import eu.trustdesk.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One e-mail, fully rendered in its recipient's language, and its delivery state.
 *
 * <p>The mail is rendered when it is written, so what is delivered (and what the outbox console
 * shows) is exactly what the business change produced, whatever happens to templates later.
 * Delivery: {@link #claim} before handing it to the mail server, then {@link #delivered} or
 * {@link #deliveryFailed}; a claim left by a server that stopped is released by {@link #releaseStaleClaim}.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.DUE, query = "select m.id from OutboxMail m where m.status = eu.trustdesk.notification.entity.MailStatus.PENDING"
        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.STALE_CLAIMS, query = "select m from OutboxMail m where m.status = eu.trustdesk.notification.entity.MailStatus.SENDING"
        + " and m.claimedAt < :before")
@NamedQuery(name = OutboxMail.NEWEST_FIRST, query = "select m from OutboxMail m order by m.id desc")
@NamedQuery(name = OutboxMail.PURGEABLE, query = "select m.id from OutboxMail m where m.status = eu.trustdesk.notification.entity.MailStatus.SENT"
        + " and m.contentPurgedAt is null and m.sentAt <= :before and m.id > :after order by m.id")
@NamedQuery(name = OutboxMail.PURGEABLE_COUNT, query = "select count(m) from OutboxMail m where m.status = eu.trustdesk.notification.entity.MailStatus.SENT"
        + " and m.contentPurgedAt is null and m.sentAt <= :before and m.id > :after")
@NamedQuery(name = OutboxMail.BY_RECIPIENT, query = "select m from OutboxMail m where m.recipient = :recipient order by m.id")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String STALE_CLAIMS = "OutboxMail.staleClaims";
    public static final String NEWEST_FIRST = "OutboxMail.newestFirst";
    public static final String BY_RECIPIENT = "OutboxMail.byRecipient";
    public static final String PURGEABLE = "OutboxMail.purgeable";
    public static final String PURGEABLE_COUNT = "OutboxMail.purgeableCount";

    public static final int SUBJECT_LENGTH = 255;
    public static final int TEXT_LENGTH = 8000;
    public static final int HTML_LENGTH = 16000;
    public static final int ERROR_LENGTH = 1000;
    /** Sealed bodies are base64 of UTF-8 (up to 4 bytes a character): a MEDIUMTEXT column. */
    public static final int SEALED_LENGTH = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = Language.CODE_LENGTH)
    private Language language;

    @Column(name = "template", nullable = false, length = 60)
    private String template;

    @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "text_body", nullable = false, length = TEXT_LENGTH)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = HTML_LENGTH)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /**
     * The bodies as the recipient gets them, sealed (AES-GCM, see SecretBox), when they carry a
     * link token or a code: {@link #textBody} and {@link #htmlBody} then hold the masked copies.
     * Null for a mail without secrets, and once the content is purged.
     */
    @Column(name = "sealed_text", length = SEALED_LENGTH)
    private String sealedText;

    @Column(name = "sealed_html", length = SEALED_LENGTH)
    private String sealedHtml;

    /** Whether the mail carried secrets (stays true after the purge, for the console). */
    @Column(name = "sealed", nullable = false)
    private boolean sealed;

    /** When the retention job deleted the bodies and attachments of this delivered mail. */
    @Column(name = "content_purged_at")
    private Instant contentPurgedAt;

    /** Files sent with the mail, in order (e.g. an invoice and the purchase order it answers). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outbox_mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<MailAttachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String recipient, Language language, String template, String subject, String textBody,
            String htmlBody, Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.language = Objects.requireNonNull(language, "language");
        this.template = Objects.requireNonNull(template, "template");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.textBody = Objects.requireNonNull(textBody, "textBody");
        this.htmlBody = Objects.requireNonNull(htmlBody, "htmlBody");
        if (subject.length() > SUBJECT_LENGTH || textBody.length() > TEXT_LENGTH || htmlBody.length() > HTML_LENGTH) {
            throw new IllegalArgumentException("Mail too long for the outbox: " + template);
        }
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The sender takes the mail; only a pending mail whose time has come can be taken. */
    public void claim(Instant now) {
        if (status != MailStatus.PENDING || nextAttemptAt.isAfter(now)) {
            throw new IllegalStateException("Mail " + id + " is not due: " + status);
        }
        status = MailStatus.SENDING;
        claimedAt = now;
        attempts++;
    }

    /** The mail server accepted the mail: it will never be sent again. */
    public void delivered(Instant now) {
        requireStatus(MailStatus.SENDING);
        status = MailStatus.SENT;
        sentAt = now;
        claimedAt = null;
        lastError = null;
    }

    /**
     * The attempt failed: retry after {@code backoff}, or give up when {@code maxAttempts} are spent.
     */
    public void deliveryFailed(String error, Instant now, Duration backoff, int maxAttempts) {
        requireStatus(MailStatus.SENDING);
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
        claimedAt = null;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = now.plus(backoff);
        }
    }

    /**
     * A claim older than any real delivery takes means the server stopped while sending: the mail
     * becomes pending again. This is the only case where a mail can reach a recipient twice (if
     * the server accepted it just before the stop); its stable Message-ID lets mail clients
     * recognise the duplicate.
     */
    public void releaseStaleClaim(Instant now) {
        requireStatus(MailStatus.SENDING);
        status = MailStatus.PENDING;
        claimedAt = null;
        nextAttemptAt = now;
    }

    /**
     * Keeps the bodies as the recipient must get them, sealed, while {@link #textBody} and
     * {@link #htmlBody} keep the masked copies the console shows. Only before the first attempt.
     */
    public OutboxMail seal(String sealedTextBody, String sealedHtmlBody) {
        if (status != MailStatus.PENDING || attempts > 0 || contentPurgedAt != null) {
            throw new IllegalStateException("Mail " + id + " is already on its way");
        }
        this.sealedText = Objects.requireNonNull(sealedTextBody, "sealedTextBody");
        this.sealedHtml = Objects.requireNonNull(sealedHtmlBody, "sealedHtmlBody");
        if (sealedText.length() > SEALED_LENGTH || sealedHtml.length() > SEALED_LENGTH) {
            throw new IllegalArgumentException("Mail too long for the outbox: " + template);
        }
        this.sealed = true;
        return this;
    }

    /**
     * Deletes what the mail said (bodies, sealed or not, and attachments) and keeps its envelope:
     * recipient, subject, dates, status. Only a delivered mail: a waiting one still has to be sent.
     */
    public void purgeContent(Instant now) {
        requireStatus(MailStatus.SENT);
        if (contentPurgedAt != null) {
            return;
        }
        textBody = "";
        htmlBody = "";
        sealedText = null;
        sealedHtml = null;
        attachments.clear();
        contentPurgedAt = Objects.requireNonNull(now, "now");
    }

    /** An administrator sends a failed (or already sent) mail again; not once its content is purged. */
    public void resend(Instant now) {
        if (status == MailStatus.SENDING) {
            throw new IllegalStateException("Mail " + id + " is being sent right now");
        }
        if (contentPurgedAt != null) {
            throw new IllegalStateException("Mail " + id + " has no content any more");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** Adds a file to a mail that has not been sent yet. */
    public OutboxMail attach(String fileName, String contentType, byte[] content) {
        if (status != MailStatus.PENDING || attempts > 0) {
            throw new IllegalStateException("Mail " + id + " is already on its way");
        }
        attachments.add(new MailAttachment(fileName, contentType, content));
        return this;
    }

    public List<MailAttachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    private void requireStatus(MailStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", expected " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public Language language() {
        return language;
    }

    public String template() {
        return template;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** Whether links or codes of this mail are sealed (and masked in {@link #textBody}, {@link #htmlBody}). */
    public boolean sealed() {
        return sealed;
    }

    public String sealedText() {
        return sealedText;
    }

    public String sealedHtml() {
        return sealedHtml;
    }

    public Instant contentPurgedAt() {
        return contentPurgedAt;
    }

    public boolean contentPurged() {
        return contentPurgedAt != null;
    }
}
