package eu.trustdesk.notification.control;

import eu.trustdesk.notification.entity.MailAttachment;
import eu.trustdesk.notification.entity.OutboxMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Hands one outbox mail to the SMTP server through Jakarta Mail. */
public class SmtpGateway {

    private static final String CONNECT_TIMEOUT_MS = "5000";
    private static final String IO_TIMEOUT_MS = "15000";

    private final SmtpSettings settings;
    private final Session session;

    public SmtpGateway(SmtpSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MS);
        properties.put("mail.smtp.timeout", IO_TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", IO_TIMEOUT_MS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.auth", String.valueOf(settings.username().isPresent()));
        this.session = Session.getInstance(properties);
    }

    /**
     * Sends {@code mail} with the bodies {@code textBody} and {@code htmlBody}: its own, or for a
     * sealed mail the ones just opened (see OutboxSender), which never go back to the database.
     */
    public void deliver(OutboxMail mail, String textBody, String htmlBody, String messageIdDomain)
            throws MessagingException {
        MimeMessage message = new StableIdMessage(session, "<outbox-" + mail.id() + "@" + messageIdDomain + ">");
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.language().code());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(textBody, StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(htmlBody, StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        if (mail.attachments().isEmpty()) {
            message.setContent(alternatives);
        } else {
            // the text and its HTML twin first, then each file
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            mixed.addBodyPart(body);
            for (MailAttachment attachment : mail.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new jakarta.activation.DataHandler(
                        new jakarta.mail.util.ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(attachment.fileName());
                file.setDisposition(jakarta.mail.Part.ATTACHMENT);
                mixed.addBodyPart(file);
            }
            message.setContent(mixed);
        }

        if (settings.username().isPresent()) {
            Transport.send(message, settings.username().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }

    /**
     * A message whose Message-ID is derived from the outbox id: if a mail is ever delivered twice
     * (server stopped between acceptance and bookkeeping), mail clients see one message.
     */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
