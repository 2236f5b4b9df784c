package eu.trustdesk.activation;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.ShopDriver;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activation file through its boundaries and pages: one-time password rules, identity
 * document checks, privacy of another customer's request and files, validators' decisions
 * audited, and no decision on one's own request.
 */
@ExtendWith(ArquillianExtension.class)
class ActivationIT {

    private static final String CUSTOMER = DemoAccounts.CUSTOMER;
    /** The code stands alone on its line of the mail's body (never in the subject). */
    private static final Pattern OTP_LINE = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @BeforeAll
    static void mailServer() {
        MailCatcher.start();
    }

    private ActivationDriver driver() {
        return new ActivationDriver(base);
    }

    /**
     * New e-invoicing plans ordered by bank transfer by the Italian demo customer, who is their
     * applicant, not paid yet: the order's number, then the ids of its requests.
     */
    private List<String> unpaidOrder(int quantity) throws Exception {
        ShopDriver shop = new ShopDriver(base);
        String rossi = shop.organisationOf(CUSTOMER, "Rossi Consulting S.r.l.");
        String answer = shop.call(CUSTOMER, "order", Map.of("org", rossi, "cart", "EINV-PRO:1:" + quantity,
                "mode", "BANK_TRANSFER"));
        assertTrue(answer.startsWith("OK ") && answer.contains(" AWAITING_PAYMENT "), answer);
        String number = answer.split(" ")[1];
        List<String> result = new java.util.ArrayList<>(List.of(number));
        result.addAll(List.of(driver().call(CUSTOMER, "requests", -1, Map.of("order", number)).split(" ")));
        return result;
    }

    /** The accountant records a transfer for the order (the rest of what is due, unless {@code amount} says). */
    private String pay(String order, String amount) throws Exception {
        Map<String, String> parameters = new java.util.HashMap<>(Map.of("order", order, "reference", "BONIFICO " + order));
        if (amount != null) {
            parameters.put("amount", amount);
        }
        return new ShopDriver(base).call(DemoAccounts.ACCOUNTANT, "pay", parameters);
    }

    /** A new e-invoicing plan ordered by the Italian demo customer, who is its applicant, paid: its request id. */
    private long newRequest() throws Exception {
        List<String> order = unpaidOrder(1);
        assertEquals("PAID", pay(order.get(0), null));
        return Long.parseLong(order.get(1));
    }

    /** The one-time passwords mailed for one request (mails leave the outbox in no promised order). */
    static List<String> otpCodes(String recipient, long request) {
        return otpMails(recipient, request).stream().map(MailCatcher::plainText).map(OTP_LINE::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    /** The mails giving a one-time password for one request. */
    static List<MimeMessage> otpMails(String recipient, long request) {
        Pattern ofRequest = Pattern.compile("request\\.xhtml\\?id=" + request + "(?!\\d)");
        return MailCatcher.receivedBy(recipient).stream()
                .filter(m -> ofRequest.matcher(MailCatcher.plainText(m)).find())
                .filter(m -> OTP_LINE.matcher(MailCatcher.plainText(m)).find()).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks for a one-time password and reads it from the mail it arrives in. */
    private String otp(long request) throws Exception {
        int before = otpCodes(CUSTOMER, request).size();
        assertEquals("OK", driver().call(CUSTOMER, "otp", request, Map.of("email", CUSTOMER)));
        List<String> codes = Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> otpCodes(CUSTOMER, request), c -> c.size() > before);
        return codes.get(codes.size() - 1);
    }

    /** Runs the wizard up to the identity document. */
    private long withApplicant() throws Exception {
        long request = newRequest();
        assertEquals("VERIFIED", driver().call(CUSTOMER, "confirm", request, Map.of("code", otp(request))));
        assertEquals("OK", driver().call(CUSTOMER, "holder", request));
        assertEquals("OK", driver().call(CUSTOMER, "applicant", request));
        return request;
    }

    private long submitted() throws Exception {
        long request = withApplicant();
        assertTrue(driver().call(CUSTOMER, "upload", request, Map.of("file", "colour", "name", "carta.jpg")).startsWith("OK "));
        assertEquals("OK", driver().call(CUSTOMER, "contracts", request));
        assertEquals("OK", driver().call(CUSTOMER, "submit", request));
        assertEquals("IN_VALIDATION", driver().call(CUSTOMER, "status", request));
        return request;
    }

    private WebSession signedIn(String email) throws Exception {
        WebSession session = new WebSession(base.toURI(), "en");
        assertEquals(302, session.signIn(email, DemoAccounts.PASSWORD).statusCode());
        return session;
    }

    @Test
    void aSixthAttemptIsRefusedEvenWithTheRightCode() throws Exception {
        long request = newRequest();
        String code = otp(request);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            assertEquals("WRONG", driver().call(CUSTOMER, "confirm", request, Map.of("code", wrong)), "attempt " + i);
        }
        assertEquals("TOO_MANY_ATTEMPTS", driver().call(CUSTOMER, "confirm", request, Map.of("code", wrong)));
        assertEquals("TOO_MANY_ATTEMPTS", driver().call(CUSTOMER, "confirm", request, Map.of("code", code)),
                "the sixth attempt is refused, right code or not");
        assertEquals("WAITING_FOR_APPLICANT", driver().call(CUSTOMER, "status", request));
        assertEquals("REFUSED error.otp.tooSoon", driver().call(CUSTOMER, "otp", request, Map.of("email", CUSTOMER)),
                "a new code, but not within the minute");
        assertEquals(1, queryLong("select count(*) from activation_otp where request_id = ? and code_hash <> ?", request,
                code), "the code is stored hashed, never in clear");
    }

    @Test
    void theOneTimePasswordIsInTheMailsBodyNeverInItsSubject() throws Exception {
        long request = newRequest();
        String code = otp(request);
        List<MimeMessage> mails = otpMails(CUSTOMER, request);
        assertEquals(1, mails.size());
        assertTrue(MailCatcher.plainText(mails.get(0)).contains(code), "the code is in the body");
        String subject = subject(mails.get(0));
        assertFalse(subject.contains(code) || subject.matches(".*\\d{6}.*"), "a subject shows on lock screens: " + subject);
        assertTrue(List.of("La tua password monouso", "Votre mot de passe à usage unique", "Your one-time password")
                .contains(subject), "the subject says what the mail is: " + subject);
        assertEquals("VERIFIED", driver().call(CUSTOMER, "confirm", request, Map.of("code", code)));
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        long request = newRequest();
        String code = otp(request);
        try (Connection db = TestDatabase.connect();
                PreparedStatement expire = db.prepareStatement("update activation_otp set expires_at = ? where request_id = ?")) {
            expire.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
            expire.setLong(2, request);
            assertEquals(1, expire.executeUpdate());
        }
        assertEquals("EXPIRED", driver().call(CUSTOMER, "confirm", request, Map.of("code", code)));
        assertEquals("WAITING_FOR_APPLICANT", driver().call(CUSTOMER, "status", request));
    }

    @Test
    void greyscaleExecutableAndOversizedFilesAreRefusedWithTheirReason() throws Exception {
        long request = withApplicant();
        assertEquals("REFUSED error.document.greyscale",
                driver().call(CUSTOMER, "upload", request, Map.of("file", "grey", "name", "carta.jpg")));
        assertEquals("REFUSED error.document.type",
                driver().call(CUSTOMER, "upload", request, Map.of("file", "exe", "name", "carta.jpg")));
        assertEquals("REFUSED error.document.tooLarge",
                driver().call(CUSTOMER, "upload", request, Map.of("file", "big", "name", "carta.jpg")));
        assertEquals("REFUSED error.document.tooSmall",
                driver().call(CUSTOMER, "upload", request, Map.of("file", "small", "name", "carta.png")));
        assertEquals(0, queryLong("select count(*) from activation_document where request_id = ?", request),
                "nothing refused is kept");
        assertEquals("APPLICANT_ENTERED", driver().call(CUSTOMER, "status", request));
        assertTrue(driver().call(CUSTOMER, "upload", request, Map.of("file", "colour", "name", "carta.jpg")).startsWith("OK "));
        assertEquals("DOCUMENTS_UPLOADED", driver().call(CUSTOMER, "status", request));
    }

    @Test
    void aContractIsAcceptedOnlyAfterTheApplicantOpenedIt() throws Exception {
        long request = withApplicant();
        assertTrue(driver().call(CUSTOMER, "upload", request, Map.of("file", "colour", "name", "carta.jpg")).startsWith("OK "));
        assertEquals("OK", driver().call(CUSTOMER, "show", request), "the contracts step lists them");
        assertEquals("REFUSED error.contract.notOpened", driver().call(CUSTOMER, "accept", request,
                Map.of("kind", "GENERAL_CONDITIONS")), "never opened: refused by the boundary");
        assertEquals(0, queryLong("select count(*) from activation_contract where request_id = ? and accepted_at is not null",
                request));

        // a validator's download is not the applicant's reading
        WebSession validator = signedIn(DemoAccounts.VALIDATOR);
        assertEquals(200, validator.open("console/activation-files/contract/" + request + "/GENERAL_CONDITIONS").statusCode());
        assertEquals("REFUSED error.contract.notOpened", driver().call(CUSTOMER, "accept", request,
                Map.of("kind", "GENERAL_CONDITIONS")));

        // the applicant opens it from her area: the opening is recorded, then the acceptance holds
        HttpResponse<String> pdf = signedIn(CUSTOMER).open("customer/activation-files/contract/" + request
                + "/GENERAL_CONDITIONS");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF"), "the contract itself");
        assertEquals(1, queryLong("select count(*) from activation_contract where request_id = ?"
                + " and kind = 'GENERAL_CONDITIONS' and opened_at is not null", request));
        assertEquals("OK", driver().call(CUSTOMER, "accept", request, Map.of("kind", "GENERAL_CONDITIONS")));
        assertEquals(1, queryLong("select count(*) from activation_contract where request_id = ?"
                + " and kind = 'GENERAL_CONDITIONS' and accepted_at >= opened_at", request));
        assertEquals("REFUSED error.contract.notOpened", driver().call(CUSTOMER, "accept", request,
                Map.of("kind", "PRIVACY_NOTICE")), "each document on its own");
        assertEquals("DOCUMENTS_UPLOADED", driver().call(CUSTOMER, "status", request));
    }

    @Test
    void anotherCustomerFindsNeitherTheRequestNorItsFiles() throws Exception {
        long request = submitted();
        long document = queryLong("select id from activation_document where request_id = ?", request);
        List<String> paths = List.of("customer/request.xhtml?id=" + request,
                "customer/activation-files/document/" + request + "/" + document,
                "customer/activation-files/contract/" + request + "/GENERAL_CONDITIONS",
                "customer/activation-files/contract/" + request + "/PRIVACY_NOTICE");

        WebSession owner = signedIn(CUSTOMER);
        for (String path : paths) {
            HttpResponse<String> answer = owner.open(path);
            assertEquals(200, answer.statusCode(), path);
            if (path.startsWith("customer/request.xhtml")) {
                assertTrue(answer.body().contains("id=\"status\""), "the owner sees her request: " + answer.uri());
            }
            if (path.contains("activation-files")) {
                assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                        "never inline: " + path);
            }
        }
        WebSession other = signedIn(DemoAccounts.BUYER);
        for (String path : paths) {
            assertEquals(404, other.open(path).statusCode(), path);
        }
        assertEquals("REFUSED error.notFound", driver().call(DemoAccounts.BUYER, "submit", request));
    }

    /** Runs the wizard of {@code request} up to its accepted contracts, ready to submit. */
    private void prepared(long request) throws Exception {
        assertEquals("VERIFIED", driver().call(CUSTOMER, "confirm", request, Map.of("code", otp(request))));
        assertEquals("OK", driver().call(CUSTOMER, "holder", request));
        assertEquals("OK", driver().call(CUSTOMER, "applicant", request));
        assertTrue(driver().call(CUSTOMER, "upload", request, Map.of("file", "colour", "name", "carta.jpg")).startsWith("OK "));
        assertEquals("OK", driver().call(CUSTOMER, "contracts", request));
    }

    @Test
    void aFileOfAnUnpaidTransferOrderIsPreparedAtOnceButSubmittedOnlyOnceThePaymentIsComplete() throws Exception {
        List<String> order = unpaidOrder(1);
        long request = Long.parseLong(order.get(1));
        prepared(request);
        assertEquals("REFUSED error.activation.orderNotPaid", driver().call(CUSTOMER, "submit", request));
        assertEquals("CONTRACTS_ACCEPTED", driver().call(CUSTOMER, "status", request));
        String page = signedIn(CUSTOMER).open("customer/request.xhtml?id=" + request).body();
        assertTrue(page.contains("id=\"awaitingPayment\""), "the applicant is told why submission waits");
        assertTrue(page.contains(order.get(0)), "naming the order");

        BigDecimal total = new BigDecimal(TestDatabase.queryString(
                "select total_including_vat from customer_order where number = ?", order.get(0)));
        assertEquals("PARTIAL " + total.subtract(new BigDecimal("20.00")).toPlainString(), pay(order.get(0), "20.00"));
        assertEquals("REFUSED error.activation.orderNotPaid", driver().call(CUSTOMER, "submit", request),
                "a part payment is not enough");
        assertEquals("PAID", pay(order.get(0), null));
        assertEquals("OK", driver().call(CUSTOMER, "submit", request));
        assertEquals("IN_VALIDATION", driver().call(CUSTOMER, "status", request));
    }

    @Test
    void approvalIsRefusedWhileTheTransferOrderIsUnpaidAndAcceptedOnceItIsRecorded() throws Exception {
        List<String> order = unpaidOrder(1);
        long request = Long.parseLong(order.get(1));
        prepared(request);
        // a file that reached the validators before payment was required (or by any other way)
        try (Connection db = TestDatabase.connect();
                PreparedStatement submitted = db.prepareStatement("update activation_request set status = 'IN_VALIDATION',"
                        + " submitted_at = current_timestamp, submitted_by = ? where id = ?")) {
            submitted.setString(1, CUSTOMER);
            submitted.setLong(2, request);
            assertEquals(1, submitted.executeUpdate());
        }
        WebSession validator = signedIn(DemoAccounts.VALIDATOR);
        String page = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);")
                .matcher(validator.open("console/request.xhtml?id=" + request).body()).replaceAll(m -> String.valueOf(
                        Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        assertTrue(page.contains("id=\"paymentState\" data-accepted=\"false\""), "the validator sees it is not paid");
        assertTrue(page.contains("En attente de paiement") && page.contains("Virement bancaire"),
                "with the order's state and payment mode, labelled in the validator's language (French)");
        assertTrue(page.contains("id=\"approvalWaits\""));
        assertEquals("REFUSED error.activation.orderNotPaid", driver().call(DemoAccounts.VALIDATOR, "approve", request),
                "the boundary refuses, whatever the page shows");
        assertEquals("IN_VALIDATION", driver().call(CUSTOMER, "status", request));

        assertEquals("PAID", pay(order.get(0), null));
        assertTrue(validator.open("console/request.xhtml?id=" + request).body()
                .contains("id=\"paymentState\" data-accepted=\"true\""));
        assertEquals("OK", driver().call(DemoAccounts.VALIDATOR, "approve", request));
        assertEquals("APPROVED", driver().call(CUSTOMER, "status", request));
    }

    @Test
    void cancellingAnUnpaidOrderCancelsItsOpenRequestsAndTellsTheApplicantInHerLanguage() throws Exception {
        List<String> order = unpaidOrder(2);
        long first = Long.parseLong(order.get(1));
        long second = Long.parseLong(order.get(2));
        assertEquals("VERIFIED", driver().call(CUSTOMER, "confirm", first, Map.of("code", otp(first))));
        String reason = "Nessun bonifico ricevuto entro 30 giorni dall'ordine";
        assertEquals("OK", new ShopDriver(base).call(DemoAccounts.ACCOUNTANT, "cancel",
                Map.of("order", order.get(0), "reason", reason)));

        assertEquals("CANCELLED", driver().call(CUSTOMER, "status", first), "a file in progress");
        assertEquals("CANCELLED", driver().call(CUSTOMER, "status", second), "a file not started");
        assertEquals(2, queryLong("select count(*) from audit_event where subject_type = 'ActivationRequest'"
                + " and action = 'activation.cancel' and subject_id in (?, ?)", first, second));
        String subject = "La tua richiesta di attivazione è annullata con l'ordine " + order.get(0);
        List<MimeMessage> mails = Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> MailCatcher.receivedBy(CUSTOMER).stream().filter(m -> subject(m).equals(subject)).toList(),
                        m -> m.size() == 2);
        String text = MailCatcher.plainText(mails.get(0));
        assertTrue(text.contains("Motivo: " + reason), text);
        assertTrue(text.contains("è quindi annullata"), text);
        assertEquals("REFUSED error.activation.state", driver().call(CUSTOMER, "submit", second),
                "nothing more happens to a cancelled request");
    }

    @Test
    void aValidatorsDecisionIsAuditedAndMailedToTheApplicant() throws Exception {
        long request = submitted();
        WebSession validator = signedIn(DemoAccounts.VALIDATOR);
        String page = validator.open("console/request.xhtml?id=" + request).body();
        assertTrue(page.contains("id=\"approve\""), "the validator may decide");
        assertTrue(page.contains("/console/activation-files/preview/" + request + "/"), "the document beside the data");
        assertEquals(302, validator.submit("approve", "approveButton", Map.of()).statusCode());

        assertEquals("APPROVED", driver().call(CUSTOMER, "status", request));
        assertEquals(1, queryLong("select count(*) from audit_event where subject_type = 'ActivationRequest'"
                + " and subject_id = ? and action = 'activation.approve' and actor = ?", request, DemoAccounts.VALIDATOR));
        assertEquals(1, queryLong("select count(*) from activation_event where request_id = ? and type = 'APPROVED'",
                request), "in the request's timeline too");
        assertTrue(MailCatcher.awaitLink(CUSTOMER, "einvoicing.trustdesk.eu").startsWith("https://einvoicing"),
                "the activation mail gives the access link");
    }

    @Test
    void aValidatorCannotDecideOnARequestTheyFiled() throws Exception {
        long request = submitted();
        try (Connection db = TestDatabase.connect();
                PreparedStatement own = db.prepareStatement("update activation_request set applicant_account_id ="
                        + " (select id from account where email = ?), submitted_by = ? where id = ?")) {
            own.setString(1, DemoAccounts.VALIDATOR);
            own.setString(2, DemoAccounts.VALIDATOR);
            own.setLong(3, request);
            assertEquals(1, own.executeUpdate());
        }
        assertEquals("REFUSED error.decision.ownRequest", driver().call(DemoAccounts.VALIDATOR, "approve", request));
        assertEquals("REFUSED error.decision.ownRequest", driver().call(DemoAccounts.VALIDATOR, "reject", request,
                Map.of("reason", "OTHER", "note", "self")));
        String page = signedIn(DemoAccounts.VALIDATOR).open("console/request.xhtml?id=" + request).body();
        assertFalse(page.contains("id=\"approve\""));
        assertTrue(page.contains("id=\"ownRequest\""));
        assertEquals(0, queryLong("select count(*) from audit_event where subject_type = 'ActivationRequest'"
                + " and subject_id = ?", request));
        assertEquals("FORBIDDEN", driver().call(DemoAccounts.ACCOUNTANT, "approve", request), "validators only");
    }

    @Test
    void theBackOfficeRevokesAnApprovedRequestWithAReasonAudited() throws Exception {
        long request = submitted();
        assertEquals("OK", driver().call(DemoAccounts.VALIDATOR, "approve", request));
        assertEquals("REFUSED error.decision.cancelReason", driver().call(DemoAccounts.VALIDATOR, "cancel", request,
                Map.of("reason", " ")));
        assertEquals("OK", driver().call(DemoAccounts.VALIDATOR, "cancel", request,
                Map.of("reason", "Certificate compromised")));
        assertEquals("CANCELLED", driver().call(CUSTOMER, "status", request));
        assertEquals(1, queryLong("select count(*) from audit_event where subject_type = 'ActivationRequest'"
                + " and subject_id = ? and action = 'activation.revoke' and detail = 'Certificate compromised'", request));
        assertEquals("REFUSED error.activation.state", driver().call(DemoAccounts.VALIDATOR, "approve", request),
                "a cancelled request is closed");
    }

    /**
     * The document retention (TRUSTDESK_IDENTITY_DOCUMENT_RETENTION_DAYS, 90 by default): three
     * requests decided 100 days ago (approved, rejected, cancelled) lose their documents, files and
     * rows; one decided 10 days ago and one still in validation keep theirs. The second one's file
     * cannot be deleted (a directory stands in its place): the run fails after the first request's
     * chunk; once the cause is gone, the restart deletes the rest, and the end is what an
     * uninterrupted run gives: each deletion done and audited once, the decisions' audit kept, and
     * the request pages saying when the document went.
     */
    @Test
    void decidedRequestsLoseTheirIdentityDocumentsAfterTheRetentionPeriodEvenAcrossARestart() throws Exception {
        List<String> order = unpaidOrder(5);
        assertEquals("PAID", pay(order.get(0), null));
        long[] ids = order.subList(1, 6).stream().mapToLong(Long::parseLong).sorted().toArray();
        for (long request : ids) {
            assertEquals("VERIFIED", driver().call(CUSTOMER, "confirm", request, Map.of("code", otp(request))));
            assertEquals("OK", driver().call(CUSTOMER, "holder", request));
            assertEquals("OK", driver().call(CUSTOMER, "applicant", request));
            assertTrue(driver().call(CUSTOMER, "upload", request, Map.of("file", "colour", "name", "carta d'identità.jpg"))
                    .startsWith("OK "));
            assertEquals("OK", driver().call(CUSTOMER, "contracts", request));
            assertEquals("OK", driver().call(CUSTOMER, "submit", request));
        }
        long approved = ids[0];
        long rejected = ids[1];
        long cancelled = ids[2];
        long recent = ids[3];
        long undecided = ids[4];
        assertEquals("OK", driver().call(DemoAccounts.VALIDATOR, "approve", approved));
        assertEquals("OK", driver().call(DemoAccounts.VALIDATOR, "reject", rejected,
                Map.of("reason", "OTHER", "note", "Documento scaduto")));
        assertEquals("OK", driver().call(DemoAccounts.VALIDATOR, "cancel", cancelled, Map.of("reason", "Commande annulée")));
        assertEquals("OK", driver().call(DemoAccounts.VALIDATOR, "approve", recent));
        Instant now = Instant.now();
        for (long request : new long[] {approved, rejected, cancelled}) {
            decidedAt(request, now.minus(Duration.ofDays(100)));
        }
        decidedAt(recent, now.minus(Duration.ofDays(10)));
        // the undecided one is old too: its age does not matter, only a final decision does
        try (Connection db = TestDatabase.connect();
                PreparedStatement old = db.prepareStatement("update activation_request set created_at = ?, submitted_at = ? where id = ?")) {
            old.setTimestamp(1, Timestamp.from(now.minus(Duration.ofDays(400))));
            old.setTimestamp(2, Timestamp.from(now.minus(Duration.ofDays(400))));
            old.setLong(3, undecided);
            assertEquals(1, old.executeUpdate());
        }
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("trustdesk.test.document-dir"));
        java.util.Map<Long, java.nio.file.Path> files = new java.util.HashMap<>();
        for (long request : ids) {
            java.nio.file.Path file = dir.resolve(TestDatabase.queryString(
                    "select stored_name from activation_document where request_id = ?", request));
            assertTrue(java.nio.file.Files.isRegularFile(file), file.toString());
            files.put(request, file);
        }
        // the rejected request's file cannot be deleted: a non-empty directory stands in its place
        java.nio.file.Files.delete(files.get(rejected));
        java.nio.file.Files.createDirectory(files.get(rejected));
        java.nio.file.Files.writeString(files.get(rejected).resolve("bloque"), "x");

        String[] first = driver().call(DemoAccounts.ADMIN, "retention", -1).split(" ");
        assertEquals("FAILED", first[1], "the undeletable file fails the run");
        assertEquals(0, documents(approved), "the chunk before the failure is committed");
        assertFalse(java.nio.file.Files.exists(files.get(approved)));
        assertEquals(1, documents(rejected), "the failed chunk rolled back");
        assertEquals(1, documents(cancelled), "not reached yet");

        java.nio.file.Files.delete(files.get(rejected).resolve("bloque"));
        java.nio.file.Files.delete(files.get(rejected));
        String[] restarted = driver().call(DemoAccounts.ADMIN, "retention", -1, Map.of("restart", first[0])).split(" ");
        assertEquals("COMPLETED", restarted[1]);

        for (long request : new long[] {approved, rejected, cancelled}) {
            assertEquals(0, documents(request), "documents of request " + request);
            assertFalse(java.nio.file.Files.exists(files.get(request)), "file of request " + request);
            assertEquals(1, queryLong("select count(*) from audit_event where subject_type = 'ActivationRequest'"
                    + " and subject_id = ? and action = 'activation.documentDeleted' and actor = 'system:document-retention'"
                    + " and detail like '%sha256:%'", request), "deleted and audited once: request " + request);
            assertEquals(1, queryLong("select count(*) from activation_request where id = ? and documents_deleted_at is not null",
                    request));
        }
        assertEquals(1, queryLong("select count(*) from audit_event where subject_type = 'ActivationRequest'"
                + " and subject_id = ? and action = 'activation.approve'", approved), "the decision's audit stays");
        assertEquals("APPROVED", driver().call(CUSTOMER, "status", approved), "the request stays");
        for (long request : new long[] {recent, undecided}) {
            assertEquals(1, documents(request), "kept: request " + request);
            assertTrue(java.nio.file.Files.isRegularFile(files.get(request)), "kept: file of request " + request);
            assertEquals(0, queryLong("select count(*) from audit_event where subject_id = ?"
                    + " and action = 'activation.documentDeleted'", request));
        }

        // the customer (Italian) and the validator read when and why the document went
        String customerPage = signedIn(CUSTOMER).open("customer/request.xhtml?id=" + approved).body();
        assertTrue(customerPage.contains("id=\"documentDeleted\""), "customer view");
        assertTrue(customerPage.contains("stato eliminato il"), "in the customer's language");
        assertFalse(customerPage.contains("/customer/activation-files/document/" + approved + "/"), "no link to a deleted file");
        String validatorPage = signedIn(DemoAccounts.VALIDATOR).open("console/request.xhtml?id=" + rejected).body();
        assertTrue(validatorPage.contains("id=\"documentDeleted\""), "validator view");
        assertTrue(validatorPage.contains("data-deleted-on=\""), validatorPage.length() + " characters");
        assertFalse(signedIn(CUSTOMER).open("customer/request.xhtml?id=" + recent).body().contains("id=\"documentDeleted\""));
    }

    /** Moves a decision, and the upload it was about (a day earlier), back to {@code when}. */
    private static void decidedAt(long request, Instant when) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement decided = db.prepareStatement("update activation_request set decided_at = ? where id = ?");
                PreparedStatement uploaded = db.prepareStatement("update activation_document set uploaded_at = ? where request_id = ?")) {
            decided.setTimestamp(1, Timestamp.from(when));
            decided.setLong(2, request);
            assertEquals(1, decided.executeUpdate());
            uploaded.setTimestamp(1, Timestamp.from(when.minus(Duration.ofDays(1))));
            uploaded.setLong(2, request);
            assertEquals(1, uploaded.executeUpdate());
        }
    }

    private static long documents(long request) {
        return queryLong("select count(*) from activation_document where request_id = ?", request);
    }
}
