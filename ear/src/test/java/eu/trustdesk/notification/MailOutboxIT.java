package eu.trustdesk.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.notification.batch.MailPurges;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.platform.batch.AsOf;
import eu.trustdesk.platform.batch.BatchJobs;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.WebSession;
import jakarta.batch.runtime.BatchStatus;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
 * Then the secrets: a password-reset link is neither in the outbox table nor on the console's
 * pages, yet arrives working; and the mail-purge job empties a mail delivered before the retention
 * period, whose console page then says so.
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

    /** Started through it as the product starts its jobs: the runtime shows a job only to its starter. */
    @Inject
    private BatchJobs jobs;

    private static final URI BASE = URI.create("http://127.0.0.1:8080/");

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

    /** The account of the secrets steps (a client-side static: the client steps run in one JVM). */
    private static String resetEmail;
    private static String resetToken;

    @Test
    @Order(5)
    @RunAsClient
    void aPasswordResetLinkIsSealedInTheOutboxMaskedInTheConsoleAndArrivesWorking() throws Exception {
        MailCatcher.start();
        WebSession visitor = new WebSession(BASE, "fr");
        resetEmail = "zoe.lhote-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        visitor.open("register.xhtml?lang=fr");
        assertTrue(visitor.submit("register", "submit", Map.of("firstName", "Zoé", "lastName", "L'Hôte-Dvořák",
                "email", resetEmail, "password", "le secret de la Pérouse", "privacy_input", "on")).body()
                .contains("id=\"done\""));
        String verifyLink = MailCatcher.awaitLink(resetEmail, "verify.xhtml?token=");
        visitor.open("password-forgotten.xhtml");
        visitor.submit("forgotten", "submit", Map.of("email", resetEmail));
        String link = MailCatcher.awaitLink(resetEmail, "password-reset.xhtml?token=");
        resetToken = link.substring(link.indexOf("token=") + "token=".length());
        String verifyToken = verifyLink.substring(verifyLink.indexOf("token=") + "token=".length());

        // in the database: neither the link nor its token, in any column of the row
        long id = TestDatabase.queryLong("select id from outbox_mail where recipient = ? and template = 'account.reset'",
                resetEmail);
        String row = TestDatabase.queryString("select concat(subject, '|', text_body, '|', html_body, '|',"
                + " coalesce(sealed_text, ''), '|', coalesce(sealed_html, '')) from outbox_mail where id = ?", id);
        assertFalse(row.contains(resetToken), "token in the outbox row");
        assertFalse(row.contains(link), "link in the outbox row");
        assertTrue(row.contains("password-reset.xhtml?token=••••"), "the console copy is masked: " + row);
        assertEquals(1, TestDatabase.queryLong("select count(*) from outbox_mail where id = ? and sealed = true"
                + " and sealed_text like 'v1:%' and sealed_html like 'v1:%'", id));
        assertEquals(0, TestDatabase.queryLong("select count(*) from outbox_mail where recipient = ? and (text_body like ?"
                + " or html_body like ? or sealed_text like ?)", resetEmail, "%" + verifyToken + "%", "%" + verifyToken + "%",
                "%" + verifyToken + "%"), "the verification link is sealed too");

        // in the console: masked, list and mail, and said so
        WebSession admin = new WebSession(BASE, "en");
        assertEquals(302, admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).statusCode());
        String list = admin.open("console/outbox.xhtml").body();
        assertFalse(list.contains(resetToken), "outbox list");
        String mail = admin.open("console/outbox-mail.xhtml?id=" + id).body();
        assertTrue(mail.contains(resetEmail), "the mail's page");
        assertFalse(mail.contains(resetToken), "token on the console's page");
        assertTrue(mail.contains("password-reset.xhtml?token=••••"), "masked link");
        assertTrue(mail.contains("data-sealed=\"true\""), "the page says links are hidden");
        assertTrue(mail.contains("id=\"resendForm:resend\""), "an undelivered or delivered mail can be resent");
        // the demo run (these tests run with demo data) may show it on request, audited
        assertTrue(mail.contains("id=\"revealForm:reveal\""), "demo only: the links on request");
        String revealed = admin.submit("revealForm", "reveal", Map.of()).body();
        assertTrue(revealed.contains(link.replace("&", "&amp;")), "the demo shows the mail as sent");
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_event where action = 'outbox.revealed'"
                + " and subject_id = ? and actor = ?", id, DemoAccounts.ADMIN));

        // sending it again sends the link as it was, opened from the sealed copy
        admin.open("console/outbox-mail.xhtml?id=" + id);
        assertEquals(302, admin.submit("resendForm", "resend", Map.of()).statusCode());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> MailCatcher
                .receivedBy(resetEmail).stream().filter(m -> MailCatcher.plainText(m).contains(link)).count() == 2);

        // the recipient's mail has the working link
        MimeMessage received = MailCatcher.receivedBy(resetEmail).stream()
                .filter(m -> MailCatcher.plainText(m).contains(link)).findFirst().orElseThrow();
        assertTrue(MailCatcher.plainText(received).contains("Zoé"));
        visitor.open(link);
        assertEquals(302, visitor.submit("reset", "submit", Map.of("token", resetToken, "password",
                "vingt mille lieues sous les mers")).statusCode(), "the link works");
        assertEquals(302, new WebSession(BASE, "fr").signIn(resetEmail, "vingt mille lieues sous les mers").statusCode());
    }

    @Test
    @Order(6)
    @RunAsClient
    void aDeliveredMailOlderThanTheRetentionPeriodWillBePurged() throws Exception {
        // the reset mail was delivered 31 days ago (retention: 30 days by default); the address
        // confirmation, delivered now, keeps its content
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> TestDatabase.queryLong(
                "select count(*) from outbox_mail where recipient = ? and status = 'SENT'", resetEmail) >= 3);
        try (Connection db = TestDatabase.connect();
                PreparedStatement old = db.prepareStatement("update outbox_mail set sent_at = ? where recipient = ?"
                        + " and template = 'account.reset'")) {
            old.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31))));
            old.setString(2, resetEmail);
            assertEquals(1, old.executeUpdate());
        }
    }

    @Test
    @Order(7)
    void theMailPurgeJobRunsThroughTheBatchRuntime() throws Exception {
        long execution = jobs.start(MailPurges.JOB, AsOf.parameters(Instant.now()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        BatchStatus status = jobs.execution(execution).orElseThrow().getBatchStatus();
        while ((status == BatchStatus.STARTING || status == BatchStatus.STARTED) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            status = jobs.execution(execution).orElseThrow().getBatchStatus();
        }
        assertEquals(BatchStatus.COMPLETED, status);
    }

    @Test
    @Order(8)
    @RunAsClient
    void thePurgedMailKeepsItsEnvelopeAndTheConsoleSaysWhy() throws Exception {
        long id = TestDatabase.queryLong("select id from outbox_mail where recipient = ? and template = 'account.reset'",
                resetEmail);
        assertEquals(1, TestDatabase.queryLong("select count(*) from outbox_mail where id = ? and text_body = ''"
                + " and html_body = '' and sealed_text is null and sealed_html is null and content_purged_at is not null"
                + " and status = 'SENT' and subject <> '' and recipient = ?", id, resetEmail));
        assertEquals(0, TestDatabase.queryLong("select count(*) from outbox_mail where recipient = ?"
                + " and template <> 'account.reset' and (text_body = '' or content_purged_at is not null)", resetEmail),
                "mails delivered within the period keep their content");

        WebSession admin = new WebSession(BASE, "en");
        assertEquals(302, admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).statusCode());
        String mail = admin.open("console/outbox-mail.xhtml?id=" + id).body();
        assertTrue(mail.contains("data-retention-days=\"30\""), "content purged after 30 days");
        assertTrue(mail.contains("id=\"purged\""));
        assertTrue(mail.contains(" 30 "), "the number of days in the sentence");
        assertFalse(mail.contains("id=\"resendForm:resend\""), "nothing left to resend");
        assertFalse(mail.contains("id=\"textBody\""));
        String batch = admin.open("console/batch.xhtml").body();
        assertTrue(batch.contains("data-job=\"mail-purge\""), "the purge is in the batch console");
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
