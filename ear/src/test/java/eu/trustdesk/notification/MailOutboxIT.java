package eu.trustdesk.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.shared.Language;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail that is never lost and never sent twice: 20 mails written while the mail server is down
 * wait in the outbox, are retried, and all arrive exactly once when the server is back.
 * The steps are ordered: client-side steps drive the mail server, the server-side step writes mails.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailOutboxIT {

    private static final int MAILS = 20;
    private static final String RECIPIENT_PATTERN = "outbox-it-%02d@example.test";

    @Inject
    private MailOutbox outbox;

    @Inject
    private UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    @Order(1)
    @RunAsClient
    void theMailServerGoesDown() throws Exception {
        // mails of earlier tests leave first, so that the sender's retries below are for ours
        MailCatcher.start();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> pendingMails() == 0);
        MailCatcher.stop();
    }

    @Test
    @Order(2)
    void twentyMailsAreWrittenWithTheirBusinessChange() throws Exception {
        for (int i = 0; i < MAILS; i++) {
            transaction.begin();
            outbox.queue(String.format(RECIPIENT_PATTERN, i), Language.values()[i % 3], "account.verify",
                    "Recipient " + i, "https://trustdesk.test/verify?token=" + i);
            transaction.commit();
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theyWaitInTheOutboxAndAreRetried() throws Exception {
        // the sender keeps trying (one mail per tick while the server is down) and every mail is
        // still waiting: none lost, none marked sent
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<int[]> rows = outboxRows();
            return rows.size() == MAILS && rows.stream().allMatch(r -> r[0] == 0)
                    && rows.stream().mapToInt(r -> r[1]).sum() >= 3;
        });
        assertTrue(outboxRows().stream().allMatch(r -> r[0] == 0), "nothing is sent while the server is down");
    }

    @Test
    @Order(4)
    @RunAsClient
    void whenTheServerIsBackEachMailArrivesExactlyOnce() throws Exception {
        MailCatcher.start();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> outboxRows().stream().allMatch(r -> r[0] == 1));
        // and nothing more arrives afterwards: no duplicate from a late retry
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(15)).until(() -> countReceived() == MAILS);

        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < MAILS; i++) {
            List<MimeMessage> received = MailCatcher.receivedBy(String.format(RECIPIENT_PATTERN, i));
            assertEquals(1, received.size(), "mail " + i + " arrived " + received.size() + " times");
            subjects.add(received.get(0).getSubject());
            assertTrue(received.get(0).getMessageID().startsWith("<outbox-"), received.get(0).getMessageID());
        }
        assertEquals(Set.of("Confirm your e-mail address", "Confirmez votre adresse e-mail",
                "Conferma il tuo indirizzo e-mail"), subjects, "each in its recipient's language");
    }

    private static int countReceived() {
        int total = 0;
        for (int i = 0; i < MAILS; i++) {
            total += MailCatcher.receivedBy(String.format(RECIPIENT_PATTERN, i)).size();
        }
        return total;
    }

    private static long pendingMails() throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("select count(*) from outbox_mail where status in ('PENDING', 'SENDING')");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** (sent? 1 : 0, attempts) of each test mail in the outbox table. */
    private static List<int[]> outboxRows() throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement(
                        "select status, attempts from outbox_mail where recipient like 'outbox-it-%'")) {
            List<int[]> rows = new java.util.ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new int[] {"SENT".equals(rs.getString(1)) ? 1 : 0, rs.getInt(2)});
                }
            }
            return rows;
        }
    }
}
