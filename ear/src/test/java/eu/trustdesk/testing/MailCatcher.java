package eu.trustdesk.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

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

    /**
     * Waits for a mail to {@code recipient} containing a link with {@code pathPart} and returns
     * the newest such link (mails leave through the outbox, within seconds).
     */
    public static String awaitLink(String recipient, String pathPart) {
        Pattern link = Pattern.compile("https?://\\S*" + Pattern.quote(pathPart) + "[^\\s<>\"]*");
        return Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> receivedBy(recipient).stream()
                        .map(MailCatcher::plainText)
                        .map(link::matcher)
                        .filter(Matcher::find)
                        .map(Matcher::group)
                        .reduce((first, second) -> second), Optional::isPresent)
                .orElseThrow();
    }

    /** Every link with {@code pathPart} in the mails {@code recipient} has received so far, oldest first. */
    public static List<String> links(String recipient, String pathPart) {
        Pattern link = Pattern.compile("https?://\\S*" + Pattern.quote(pathPart) + "[^\\s<>\"]*");
        return receivedBy(recipient).stream().map(MailCatcher::plainText).map(link::matcher).filter(Matcher::find)
                .map(Matcher::group).toList();
    }

    /**
     * Waits for a link with {@code pathPart} that is not among {@code before} (taken with
     * {@link #links} before the action that mails it): another test's mail to the same address,
     * already there, must not be taken for the one awaited.
     */
    public static String awaitNewLink(String recipient, String pathPart, List<String> before) {
        return Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> links(recipient, pathPart).stream().filter(l -> !before.contains(l))
                        .reduce((first, second) -> second), Optional::isPresent)
                .orElseThrow();
    }

    /** The plain-text part of a mail. */
    public static String plainText(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            Multipart parts = (Multipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
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
