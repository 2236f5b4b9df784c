package eu.trustdesk.procurement;

import eu.trustdesk.testing.MailCatcher;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;

/** The procurement mails as GreenMail received them: subject, plain text and the names of the attached files. */
final class ProcurementMails {

    private ProcurementMails() {
    }

    record Mail(String subject, String text, List<String> attachments) {
    }

    /** Waits (mails leave through the outbox within seconds) for a mail to {@code recipient} whose subject contains {@code part}. */
    static Mail await(String recipient, String part) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> MailCatcher.receivedBy(recipient).stream().map(ProcurementMails::read)
                        .filter(m -> m.subject().contains(part)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    static Mail read(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            List<String> files = new ArrayList<>();
            walk(message, text, files);
            return new Mail(message.getSubject(), text.toString(), files);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Part part, StringBuilder text, List<String> files) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            files.add(part.getFileName());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                walk(child, text, files);
            }
        }
    }
}
