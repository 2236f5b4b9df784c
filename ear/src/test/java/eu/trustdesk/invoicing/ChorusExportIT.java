package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.batch.ChorusExports;
import eu.trustdesk.invoicing.batch.FlowArchive;
import eu.trustdesk.invoicing.control.ChorusReadiness;
import eu.trustdesk.invoicing.control.En16931Validator;
import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.invoicing.control.InvoiceIssuer;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceDraft;
import eu.trustdesk.invoicing.entity.Payer;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.testing.TrustDeskEar;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly Chorus Pro export, run in the server on MariaDB: of 199 valid invoices and a credit note to French
 * public bodies, 50 to a private company and 1 public one without commitment number, exactly the 200
 * leave, in zipped flows whose documents are valid EN 16931 and listed in a manifest; the one
 * without commitment number is reported, not sent; a second run sends nothing; a run stopped
 * in the middle (held on a locked invoice) and restarted exports every invoice exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChorusExportIT {

    /** 199 invoices and one credit note to public buyers: the issue's 200. */
    private static final int PUBLIC_VALID = 200;
    private static final int PRIVATE = 50;
    private static final String BUYER = "chorus-it@example.test";
    private static final String PUBLIC_ORDER = "IT-CHORUS-PUB-";
    private static final String PRIVATE_ORDER = "IT-CHORUS-PRIV-";
    private static final String NO_COMMITMENT_ORDER = "IT-CHORUS-NOENG";
    /** The order numbers of every invoice this test creates start so. */
    private static final String OURS = "IT-CHORUS-%";
    private static final String RESTART_ORDER = "IT-CHORUS-RESTART-";
    private static final String UBL_ORDER = "IT-CHORUS-UBL-";

    /** Shared by the ordered tests: one deployment, one server. */
    private static Path exportDir;
    private static long firstExecution;

    @Inject
    private InvoiceIssuer issuer;

    @Inject
    private UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/trustdesk")
    private DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    @Order(1)
    void exactlyTheValidPublicInvoicesLeaveInZippedFlowsWithAManifest() throws Exception {
        exportDir = Files.createTempDirectory("chorus-it");
        // public invoices other test classes left in the shared database (an invoiced mandate order,
        // a delivered quote) leave first, in a run of their own: the run below carries ours only
        runToCompletion(parameters(null));
        for (int i = 0; i < PUBLIC_VALID - 1; i += 10) {
            transaction.begin();
            for (int j = i; j < Math.min(i + 10, PUBLIC_VALID - 1); j++) {
                Invoice invoice = issuer.issue(draft(PUBLIC_ORDER + j, publicBody(), "SERVICE-IT", "ENG-IT-" + j));
                if (j == 0) {
                    // a credit note goes to Chorus Pro like an invoice
                    issuer.creditNote(invoice, "Returned token");
                }
            }
            transaction.commit();
        }
        transaction.begin();
        for (int i = 0; i < PRIVATE; i++) {
            issuer.issue(draft(PRIVATE_ORDER + i, company(), null, null));
        }
        issuer.issue(draft(NO_COMMITMENT_ORDER, publicBody(), "SERVICE-IT", null));
        transaction.commit();

        firstExecution = runToCompletion(parameters(null));

        // the database: the 200 exported once each, the others untouched
        assertEquals(PUBLIC_VALID, count("select count(*) from invoice where order_number like ?"
                + " and exported_at is not null and export_flow is not null", PUBLIC_ORDER + "%"));
        assertEquals(0, count("select count(*) from invoice where order_number like ? and exported_at is not null",
                PRIVATE_ORDER + "%"));
        assertEquals(0, count("select count(*) from invoice where order_number = ? and exported_at is not null",
                NO_COMMITMENT_ORDER));
        assertEquals(1, count("select count(*) from export_problem p join invoice i on i.id = p.invoice_id"
                + " where i.order_number = ? and p.rule_id = ? and p.job_execution_id = ?", NO_COMMITMENT_ORDER,
                ChorusReadiness.COMMITMENT_REQUIRED, firstExecution));
        // other tests' invoices may be in the database too: only this test's invoices are counted
        assertEquals(1, count("select count(*) from export_problem p join invoice i on i.id = p.invoice_id"
                + " where p.job_execution_id = ? and i.order_number like ?", firstExecution, OURS),
                "nothing but the invoice without commitment number was refused");

        // the flows: published, together exactly the invoices marked, each document valid and listed
        Map<String, Integer> flows = flowsOf(firstExecution);
        assertFalse(flows.isEmpty());
        assertEquals(PUBLIC_VALID, flows.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(0, count("select count(*) from export_flow where job_execution_id = ? and status <> 'PUBLISHED'",
                firstExecution));
        List<String> exported = new ArrayList<>();
        En16931Validator validator = new En16931Validator();
        for (Map.Entry<String, Integer> flow : flows.entrySet()) {
            Map<String, byte[]> entries = unzip(exportDir.resolve(flow.getKey() + ".zip"));
            assertFalse(Files.exists(FlowArchive.temporaryOf(exportDir, flow.getKey() + ".zip")), "no .part left");
            String[] manifest = new String(entries.remove(FlowArchive.MANIFEST), StandardCharsets.UTF_8).split("\n");
            assertEquals("flow=" + flow.getKey(), manifest[0]);
            assertEquals("syntax=CII", manifest[1]);
            assertEquals("count=" + flow.getValue(), manifest[2]);
            assertEquals(flow.getValue(), entries.size(), "one XML per invoice in " + flow.getKey());
            assertEquals(flow.getValue() + 3, manifest.length);
            for (int i = 3; i < manifest.length; i++) {
                String[] line = manifest[i].split(";");
                byte[] xml = entries.get(line[1]);
                assertNotNull(xml, line[1] + " is in the zip");
                assertEquals(line[2], HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml)));
                assertTrue(validator.validate(ExportSyntax.CII, xml).valid(), line[0] + " re-validates");
                String text = new String(xml, StandardCharsets.UTF_8);
                assertTrue(text.contains(">SERVICE-IT<"), line[0] + ": BT-10 buyer reference (service code)");
                assertTrue(text.contains(">ENG-IT-"), line[0] + ": BT-13 commitment number");
                assertTrue(text.contains("schemeID=\"0009\">21690123100011<"), line[0] + ": BT-47 buyer SIRET, scheme 0009");
                assertEquals(flow.getKey(), flowOf(line[0]), line[0] + " is marked with its flow");
                exported.add(line[0]);
            }
        }
        assertEquals(PUBLIC_VALID, exported.size());
        assertEquals(PUBLIC_VALID, Set.copyOf(exported).size(), "no invoice in two flows");

        // the accountants are told
        assertTrue(count("select count(*) from outbox_mail where template = 'chorus.summary'") >= 1,
                "summary mail queued for the accountants");
    }

    @Test
    @Order(2)
    void aSecondRunExportsNothingNew() throws Exception {
        long exportedBefore = count("select count(*) from invoice where exported_at is not null");
        long second = runToCompletion(parameters(null));
        assertTrue(second != firstExecution);
        assertEquals(0, flowsOf(second).size(), "no flow: nothing new to export");
        assertEquals(exportedBefore, count("select count(*) from invoice where exported_at is not null"));
        assertEquals(1, count("select count(*) from export_problem p join invoice i on i.id = p.invoice_id"
                + " where p.job_execution_id = ? and i.order_number like ?", second, OURS),
                "the invoice without commitment number is reported again, still not sent");
    }

    @Test
    @Order(3)
    void aRunStoppedAfterAChunkAndRestartedExportsEveryInvoiceExactlyOnce() throws Exception {
        int invoices = 18;
        transaction.begin();
        for (int i = 0; i < invoices; i++) {
            issuer.issue(draft(RESTART_ORDER + i, publicBody(), "SERVICE-IT", "ENG-RS-" + i));
        }
        transaction.commit();

        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = parameters("3");
        long blocked = count("select id from invoice where order_number = ?", RESTART_ORDER + 9);
        long started;
        // The 10th invoice is locked by this connection: the chunk that reaches it waits for it (the
        // processor locks each invoice it exports), so the job is stopped at a known point, whatever
        // the machine's speed: once three chunks are committed and the job's lock request has waited
        // a full second.
        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement hold = lock.prepareStatement("select id from invoice where id = ? for update")) {
                hold.setLong(1, blocked);
                hold.executeQuery().close();
            }
            started = operator.start(ChorusExports.JOB, parameters);
            long job = started;
            pollUntil(() -> flowsOf(job).size() == 3 && waitingForALock(lock),
                    "the three chunks before the locked invoice are committed and the next one waits");
            operator.stop(started);
            lock.rollback();
        }
        BatchStatus stopped = awaitEnd(started);
        assertEquals(BatchStatus.STOPPED, stopped, "stopped after the chunk it was in");
        long exportedWhenStopped = count("select count(*) from invoice where order_number like ?"
                + " and exported_at is not null", RESTART_ORDER + "%");
        // the chunk that waited on the locked invoice finished, none after it started (where the chunks
        // begin depends on what else waits for export in this database, so positions, not counts)
        assertEquals(1, count("select count(*) from invoice where order_number = ? and exported_at is not null",
                RESTART_ORDER + 9), "the chunk running when stopped completed");
        assertEquals(0, count("select count(*) from invoice where order_number = ? and exported_at is not null",
                RESTART_ORDER + (invoices - 1)), "no chunk started after the stop");
        assertTrue(exportedWhenStopped >= 10 && exportedWhenStopped < invoices, "exported when stopped: " + exportedWhenStopped);

        long restarted = operator.restart(started, parameters);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(restarted));

        assertEquals(invoices, count("select count(*) from invoice where order_number like ?"
                + " and exported_at is not null", RESTART_ORDER + "%"));
        Map<String, Integer> flows = new HashMap<>(flowsOf(started));
        flows.putAll(flowsOf(restarted));
        assertFalse(flowsOf(restarted).isEmpty(), "the restart exported the rest");
        List<String> numbers = new ArrayList<>();
        for (String flow : flows.keySet()) {
            String[] manifest = new String(unzip(exportDir.resolve(flow + ".zip")).get(FlowArchive.MANIFEST),
                    StandardCharsets.UTF_8).split("\n");
            for (int i = 3; i < manifest.length; i++) {
                numbers.add(manifest[i].split(";")[0]);
            }
        }
        assertEquals(invoices, numbers.size(), "every invoice in exactly one zip: " + numbers);
        assertEquals(invoices, Set.copyOf(numbers).size());
        try (Stream<Path> files = Files.list(exportDir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(FlowArchive.TEMPORARY_SUFFIX)), "no .part left");
        }
    }

    @Test
    @Order(4)
    void withUblChosenTheFlowsCarryValidUblDocuments() throws Exception {
        int invoices = 5;
        transaction.begin();
        for (int i = 0; i < invoices; i++) {
            issuer.issue(draft(UBL_ORDER + i, publicBody(), "SERVICE-UBL", "ENG-UBL-" + i));
        }
        transaction.commit();
        Properties parameters = parameters(null);
        parameters.setProperty("syntax", "UBL");
        long execution = runToCompletion(parameters);

        En16931Validator validator = new En16931Validator();
        int documents = 0;
        for (String flow : flowsOf(execution).keySet()) {
            Map<String, byte[]> entries = unzip(exportDir.resolve(flow + ".zip"));
            String[] manifest = new String(entries.remove(FlowArchive.MANIFEST), StandardCharsets.UTF_8).split("\n");
            assertEquals("syntax=UBL", manifest[1]);
            for (byte[] xml : entries.values()) {
                assertTrue(validator.validate(ExportSyntax.UBL, xml).valid(), "valid against the EN 16931 UBL rules");
                String text = new String(xml, StandardCharsets.UTF_8);
                if (!text.contains(">SERVICE-UBL<")) {
                    continue; // another test's document waiting in this database: valid, not counted
                }
                assertTrue(text.contains(":Invoice-2"), "a UBL 2.1 invoice");
                assertTrue(text.contains(">ENG-UBL-"), "BT-13");
                assertTrue(text.contains("schemeID=\"0009\">21690123100011<"), "BT-47 with scheme 0009");
                documents++;
            }
        }
        assertEquals(invoices, documents, "the new invoices, in UBL");
    }

    /** Whether another connection of the application has waited a second or more on a locking read. */
    private static boolean waitingForALock(Connection self) throws Exception {
        try (PreparedStatement query = self.prepareStatement("select count(*) from information_schema.processlist"
                + " where id <> connection_id() and time >= 1 and upper(info) like '%FOR UPDATE%'");
                ResultSet rows = query.executeQuery()) {
            return rows.next() && rows.getLong(1) > 0;
        }
    }

    private static Properties parameters(String itemCount) {
        Properties parameters = new Properties();
        parameters.setProperty("exportDir", exportDir.toString());
        if (itemCount != null) {
            parameters.setProperty("itemCount", itemCount);
        }
        return parameters;
    }

    private static long runToCompletion(Properties parameters) throws Exception {
        long execution = BatchRuntime.getJobOperator().start(ChorusExports.JOB, parameters);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(execution), "execution " + execution);
        return execution;
    }

    private static BatchStatus awaitEnd(long execution) throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        BatchStatus[] status = new BatchStatus[1];
        pollUntil(() -> {
            status[0] = operator.getJobExecution(execution).getBatchStatus();
            return status[0] == BatchStatus.COMPLETED || status[0] == BatchStatus.FAILED
                    || status[0] == BatchStatus.STOPPED || status[0] == BatchStatus.ABANDONED;
        }, "execution " + execution + " ends");
        return status[0];
    }

    /**
     * Waits for a condition the job makes true (a commit, the end of a run), checking it every
     * 100 ms for at most five minutes. Only how long the wait lasts depends on the machine, never
     * what the test then asserts.
     */
    private static void pollUntil(Check condition, String what) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 minutes: " + what);
            }
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static InvoiceDraft draft(String orderNumber, Payer payer, String serviceCode, String commitment) {
        return new InvoiceDraft(orderNumber, BUYER, payer, serviceCode, commitment, null, PaymentMeans.CREDIT_TRANSFER,
                30, null, null, PriceCalculator.price("EUR", List.of(
                        new LineItem("SIG-1Y", "Certificat de signature 1 an", 1, new BigDecimal("90.00"), new BigDecimal("20")),
                        new LineItem("GUIDE", "Guide de l'utilisateur", 2, new BigDecimal("12.35"), new BigDecimal("5.5"))),
                        // several VAT rates and a line with a discount, as the export must handle
                        new Discount(Discount.Kind.PERCENT, new BigDecimal("10"), Set.of("SIG-1Y"))));
    }

    private static Payer publicBody() {
        return new Payer("Mairie de Lyon - Direction des finances", HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.FR, "21690123100011", "FR60216901231", null,
                        null, null, null),
                PostalAddress.of("1 place de la Comédie", null, "69001", "Lyon", null, Country.FR),
                Contact.of("Service financier", "finances@mairie-lyon.example", null), true, Language.FR);
    }

    private static Payer company() {
        return new Payer("Chorus IT SARL", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", "FR19812345676", null, null, null, null),
                PostalAddress.of("10 rue des Tests", null, "75010", "Paris", null, Country.FR),
                Contact.of("Comptabilité", BUYER, null), false, Language.FR);
    }

    /** Name → invoice count of the flows of one execution. */
    private Map<String, Integer> flowsOf(long execution) throws Exception {
        Map<String, Integer> flows = new HashMap<>();
        try (Connection db = database.getConnection();
                PreparedStatement query = db.prepareStatement(
                        "select name, invoice_count from export_flow where job_execution_id = ?")) {
            query.setLong(1, execution);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    flows.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return flows;
    }

    private String flowOf(String number) throws Exception {
        try (Connection db = database.getConnection();
                PreparedStatement query = db.prepareStatement("select export_flow from invoice where number = ?")) {
            query.setString(1, number);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), number);
                return rs.getString(1);
            }
        }
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        assertTrue(Files.exists(zip), zip + " exists");
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry entry = entriesIn.getNextEntry(); entry != null; entry = entriesIn.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                entriesIn.transferTo(bytes);
                entries.put(entry.getName(), bytes.toByteArray());
            }
        }
        return entries;
    }

    private long count(String sql, Object... parameters) throws Exception {
        try (Connection db = database.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
