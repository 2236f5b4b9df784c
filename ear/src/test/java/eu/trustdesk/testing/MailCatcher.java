package eu.trustdesk.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server of the test suite (GreenMail), on the port the test Payara sends to
 * ({@code TRUSTDESK_MAIL_PORT}). It runs in the test JVM for the whole suite; a test may stop it
 * to play a mail-server outage and start it again.
 */
public final class MailCatcher {

    public static final int PORT = Integer.getInteger("trustdesk.test.smtp.port", 3025);

    private static GreenMail server;

    private MailCatcher() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message received so far for one recipient address. */
    public static synchronized List<MimeMessage> receivedBy(String recipient) {
        start();
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isFor(message, recipient))
                .toList();
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
