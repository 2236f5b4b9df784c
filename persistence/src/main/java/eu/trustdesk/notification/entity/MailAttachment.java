package eu.trustdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.io.Serializable;
import java.util.Objects;

/** A file sent with an outbox mail. */
@Embeddable
public class MailAttachment implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int FILE_NAME_LENGTH = 200;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected MailAttachment() {
        // for JPA
    }

    public MailAttachment(String fileName, String contentType, byte[] content) {
        String name = Objects.requireNonNull(fileName, "fileName");
        this.fileName = name.length() > FILE_NAME_LENGTH ? name.substring(name.length() - FILE_NAME_LENGTH) : name;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content").clone();
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }
}
