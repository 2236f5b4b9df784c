package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.batch.ChorusExports;
import eu.trustdesk.invoicing.control.InvoiceIssuer;
import eu.trustdesk.invoicing.entity.InvoiceDraft;
import eu.trustdesk.invoicing.entity.Payer;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.platform.batch.BatchJobs;
import eu.trustdesk.platform.batch.BatchRuns;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The batch console on MariaDB, with the job repository in the application's database: a
 * chorus-export run that failed (its export directory is a file) shows its error and the counts of
 * the job repository; once the cause is fixed an administrator restarts it from the console and
 * it completes; an accountant sees the runs of his job; a customer and a validator are refused, by
 * the page and by the boundary itself.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchConsoleIT {

    private static final URI BASE = URI.create("http://127.0.0.1:8080/");
    private static final String PAGE = "console/batch.xhtml";
    private static final String ORDER_PREFIX = "IT-BATCHCONSOLE-" + Long.toString(System.currentTimeMillis(), 36) + "-";
    private static final int INVOICES = 4;

    /** Shared by the ordered tests (in the server: one deployment, one JVM). */
    private static Path exportDir;
    private static long failed;
    private static long restarted;

    @Inject
    private InvoiceIssuer issuer;

    @Inject
    private UserTransaction transaction;

    @Inject
    private BatchRuns runs;

    /** Started through it as the product starts its jobs: the runtime shows a job only to its starter. */
    @Inject
    private BatchJobs jobs;

    @Resource(lookup = "java:app/jdbc/trustdesk")
    private DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    @Order(1)
    void aFailedRunShowsItsErrorAndTheCountsOfTheJobRepository() throws Exception {
        transaction.begin();
        for (int i = 0; i < INVOICES; i++) {
            issuer.issue(draft(ORDER_PREFIX + i));
        }
        transaction.commit();
        // the export directory is a file: the writer cannot create it and the step fails
        exportDir = Files.createTempFile("batch-console-it", ".dir");
        Properties parameters = new Properties();
        parameters.setProperty("exportDir", exportDir.toString());
        failed = jobs.start(ChorusExports.JOB, parameters);
        assertEquals(BatchStatus.FAILED, awaitEnd(failed));

        WebSession admin = signedIn(DemoAccounts.ADMIN);
        HttpResponse<String> page = admin.open(PAGE);
        assertEquals(200, page.statusCode());
        String row = row(page.body(), failed);
        assertTrue(row.contains("chorus-export"), row);
        assertEquals("FAILED", attribute(row, "data-status"));
        assertTrue(row.contains("Failed"), "status in the user's language: " + row);
        assertTrue(row.contains("FileAlreadyExistsException"), "the error recorded by the step listener: " + row);
        assertEquals(metric(failed, Metric.MetricType.READ_COUNT), Long.parseLong(attribute(row, "data-read")));
        assertEquals(metric(failed, Metric.MetricType.WRITE_COUNT), Long.parseLong(attribute(row, "data-written")));
        assertTrue(row.contains(":restart\""), "a failed run can be restarted: " + row);
    }

    @Test
    @Order(2)
    void theJobRepositoryIsInTheApplicationsDatabase() throws Exception {
        String executions = table("executioninstancedata");
        assertNotNull(executions, "jbatch's tables are in " + query("select database()"));
        assertEquals(1L, query("select count(*) from " + executions + " where jobexecid = ?", failed));
        assertNotNull(table("stepexecutioninstancedata"));
        assertNotNull(table("checkpointdata"));
    }

    @Test
    @Order(3)
    void onceTheCauseIsFixedAnAdministratorRestartsTheRunFromTheConsole() throws Exception {
        Files.delete(exportDir);
        Files.createDirectories(exportDir);
        WebSession admin = signedIn(DemoAccounts.ADMIN);
        String body = consolePage(admin);
        HttpResponse<String> answer = admin.submit("runs", button(body, failed, "restart"), Map.of());
        assertEquals(302, answer.statusCode(), answer.body());
        String after = consolePage(admin);
        assertTrue(after.contains("restarted as run"), "the administrator is told");

        List<JobExecution> ofInstance = jobs.executionsOfInstance(failed);
        restarted = ofInstance.stream().mapToLong(JobExecution::getExecutionId).max().orElseThrow();
        assertTrue(restarted > failed, "a new execution of the same instance");
        assertEquals(DemoAccounts.ADMIN, query("select actor from audit_event where action = 'batch.restarted'"
                + " and subject_type = 'BatchExecution' and subject_id = ?", restarted), "the restart is audited");
        assertEquals(BatchStatus.COMPLETED, awaitEnd(restarted));
        assertEquals((long) INVOICES, query("select count(*) from invoice where order_number like ?"
                + " and exported_at is not null", ORDER_PREFIX + "%"), "the restart exported them");

        String latest = consolePage(admin);
        String row = row(latest, restarted);
        assertEquals("COMPLETED", attribute(row, "data-status"));
        long read = Long.parseLong(attribute(row, "data-read"));
        assertTrue(read >= INVOICES, row);
        assertEquals(metric(restarted, Metric.MetricType.READ_COUNT), read);
        assertEquals(metric(restarted, Metric.MetricType.WRITE_COUNT), Long.parseLong(attribute(row, "data-written")));
        assertTrue(Long.parseLong(attribute(row, "data-written")) >= INVOICES, row);
        assertEquals("0", attribute(row, "data-skipped"));
        assertEquals("100", attribute(row, "data-percent"), "progress: done");
        assertTrue(!row.contains(":restart\""), "a completed run is not restarted");

        // the failed execution is no longer its instance's last: a second restart is refused, by name
        HttpResponse<String> again = admin.submit("runs", button(latest, failed, "restart"), Map.of());
        assertEquals(302, again.statusCode());
        assertTrue(admin.open(PAGE).body().contains("cannot be restarted"), "refused with a reason");
        assertEquals(ofInstance.size(), jobs.executionsOfInstance(failed).size());
    }

    @Test
    @Order(4)
    void aRunningExportShowsItsProgressIsStoppedFromTheConsoleAndRestartedToTheEnd() throws Exception {
        int invoices = 8;
        String prefix = ORDER_PREFIX + "R";
        transaction.begin();
        for (int i = 0; i < invoices; i++) {
            issuer.issue(draft(prefix + i));
        }
        transaction.commit();
        Properties parameters = new Properties();
        parameters.setProperty("exportDir", exportDir.toString());
        parameters.setProperty("itemCount", "2");
        WebSession admin = signedIn(DemoAccounts.ADMIN);
        long running;
        // the 5th invoice is locked by this connection: the chunk that holds it waits in its writer,
        // so the run is caught in the middle whatever the machine's speed (as in ChorusExportIT)
        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            // by primary key: a lock taken through an unindexed column would hold the whole table
            long blocked = (Long) query("select id from invoice where order_number = ?", prefix + 4);
            try (PreparedStatement hold = lock.prepareStatement("select id from invoice where id = ? for update")) {
                hold.setLong(1, blocked);
                hold.executeQuery().close();
            }
            running = jobs.start(ChorusExports.JOB, parameters);
            // the application's tables only: the repository's step row is locked by the waiting chunk
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while ((Long) query("select count(*) from invoice where order_number like ? and exported_at is not null",
                    prefix + "%") < 3 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            // the counts of the committed chunks are noted when the next chunk begins, an instant later
            String page = consolePage(admin);
            for (int i = 0; i < 100 && "0".equals(attribute(row(page, running), "data-read")); i++) {
                Thread.sleep(100);
                page = consolePage(admin);
            }
            String row = row(page, running);
            assertEquals("STARTED", attribute(row, "data-status"));
            assertTrue(Long.parseLong(attribute(row, "data-read")) >= 4, row);
            int percent = Integer.parseInt(attribute(row, "data-percent"));
            assertTrue(percent > 0 && percent < 100, "progress while running: " + percent + "% " + row);
            assertTrue(page.contains("runs:poll"), "the page polls while a run is going");
            HttpResponse<String> stop = admin.submit("runs", button(page, running, "stop"), Map.of());
            assertEquals(302, stop.statusCode(), stop.body());
            lock.rollback();
        }
        assertEquals(BatchStatus.STOPPED, awaitEnd(running), "stopped after the chunk it was in");
        assertEquals(DemoAccounts.ADMIN, query("select actor from audit_event where action = 'batch.stopped'"
                + " and subject_id = ?", running), "the stop is audited with its administrator");
        assertEquals("system", query("select actor from audit_event where action = 'batch.started'"
                + " and subject_id = ?", running), "a start without a signed-in caller is the system's");
        long exportedWhenStopped = (Long) query("select count(*) from invoice where order_number like ?"
                + " and exported_at is not null", prefix + "%");
        assertTrue(exportedWhenStopped < invoices, "stopped before the end: " + exportedWhenStopped);

        String page = consolePage(admin);
        assertEquals("STOPPED", attribute(row(page, running), "data-status"));
        assertEquals(302, admin.submit("runs", button(page, running, "restart"), Map.of()).statusCode());
        long again = jobs.executionsOfInstance(running).stream().mapToLong(JobExecution::getExecutionId).max()
                .orElseThrow();
        assertTrue(again > running);
        assertEquals(BatchStatus.COMPLETED, awaitEnd(again));
        assertEquals((long) invoices, query("select count(*) from invoice where order_number like ?"
                + " and exported_at is not null", prefix + "%"), "every invoice exported, once");
    }

    @Test
    @Order(5)
    void anAccountantSeesTheRunsOfHisJob() throws Exception {
        WebSession accountant = signedIn(DemoAccounts.ACCOUNTANT);
        assertTrue(accountant.open("console/index.xhtml").body().contains("console/batch.xhtml"), "linked");
        HttpResponse<String> page = accountant.open(PAGE);
        assertEquals(200, page.statusCode());
        assertEquals("COMPLETED", attribute(row(page.body(), restarted), "data-status"));
    }

    @Test
    @Order(6)
    void aCustomerAndAValidatorAreRefusedEvenWithAForgedRequest() throws Exception {
        int executions = jobs.executionsOfInstance(failed).size();
        for (String email : List.of(DemoAccounts.CUSTOMER, DemoAccounts.VALIDATOR)) {
            WebSession session = signedIn(email);
            assertEquals(403, session.get(PAGE).statusCode(), email);
            assertTrue(!session.open("console/index.xhtml").body().contains("console/batch.xhtml")
                    || email.equals(DemoAccounts.CUSTOMER), "no link for " + email);
            // the restart a button would post, without having been given the page
            HttpResponse<String> forged = session.post(PAGE, Map.of("runs", "runs", "runs:executions:0:restart", "",
                    "jakarta.faces.ViewState", "stateless"));
            assertEquals(403, forged.statusCode(), email);
        }
        assertEquals(executions, jobs.executionsOfInstance(failed).size(), "nothing restarted");
    }

    @Test
    @Order(7)
    void theBoundaryItselfRefusesACallerWithoutABackOfficeRole() {
        // no page in between: this test calls as an anonymous caller
        assertThrows(EJBAccessException.class, () -> runs.recent(5));
        assertThrows(EJBAccessException.class, () -> runs.restart(failed));
        assertThrows(EJBAccessException.class, () -> runs.stop(restarted));
    }

    @Test
    @Order(8)
    void theVoucherExpiryStartedFromItsConsoleIsListedForAdministratorsOnly() throws Exception {
        WebSession admin = signedIn(DemoAccounts.ADMIN);
        admin.open("console/voucher-partners.xhtml");
        admin.submit("expiry", "expireNow", Map.of());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String row = null;
        while (System.nanoTime() < deadline) {
            row = newestRowOf(consolePage(admin), "voucher-expiry");
            if (row != null && "COMPLETED".equals(attribute(row, "data-status"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertNotNull(row, "the run started from the voucher console is in the batch console");
        assertEquals("COMPLETED", attribute(row, "data-status"));
        // the voucher expiry is the administrators' job: an accountant does not see it
        assertEquals(null, newestRowOf(signedIn(DemoAccounts.ACCOUNTANT).open(PAGE).body(), "voucher-expiry"));
    }

    /** The console page as the administrator sees it; an access-refused page fails the test (see SignedInRolesStressIT). */
    private static String consolePage(WebSession admin) {
        HttpResponse<String> page = admin.open(PAGE);
        assertEquals(200, page.statusCode(), "the administrator reaches the console");
        assertTrue(page.body().contains("id=\"runs\""), "with its roles: " + page.body());
        return page.body();
    }

    /** The first (newest) table row of a job on the console page; null when it has none. */
    private static String newestRowOf(String page, String job) {
        // the job's cell carries its id; the text is the job's label in the reader's language
        int at = page.indexOf("data-job=\"" + job + "\"");
        if (at < 0) {
            return null;
        }
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private static WebSession signedIn(String email) {
        WebSession session = new WebSession(BASE, "en");
        assertEquals(302, session.signIn(email, DemoAccounts.PASSWORD).statusCode(), email + " could not sign in");
        return session;
    }

    /** The table row of one execution on the console page. */
    private static String row(String page, long execution) {
        int at = page.indexOf("data-execution=\"" + execution + "\"");
        assertTrue(at >= 0, () -> "execution " + execution + " is not listed: "
                + page.substring(Math.max(0, page.indexOf("id=\"runs\"")), Math.min(page.length(),
                        Math.max(0, page.indexOf("id=\"runs\"")) + 3000)));
        int start = page.lastIndexOf("<tr", at);
        int end = page.indexOf("</tr>", at);
        return page.substring(start, end);
    }

    /** The client id, relative to the form, of a button in the row of one execution. */
    private static String button(String page, long execution, String id) {
        Matcher matcher = Pattern.compile("id=\"runs:(executions:\\d+:" + id + ")\"").matcher(row(page, execution));
        assertTrue(matcher.find(), id + " button of " + execution);
        return matcher.group(1);
    }

    private static String attribute(String row, String name) {
        Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(row);
        assertTrue(matcher.find(), name + " in " + row);
        return matcher.group(1);
    }

    private long metric(long execution, Metric.MetricType type) {
        long total = 0;
        for (StepExecution step : jobs.steps(execution)) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == type) {
                    total += metric.getValue();
                }
            }
        }
        return total;
    }

    private BatchStatus awaitEnd(long execution) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            BatchStatus status = jobs.execution(execution).orElseThrow().getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + execution + " did not end within 3 minutes");
    }

    /** The actual name of one of jbatch's tables in the application's database, null when absent. */
    private String table(String lowerCaseName) throws Exception {
        try (Connection db = database.getConnection(); PreparedStatement query = db.prepareStatement(
                "select table_name from information_schema.tables where table_schema = database()"
                        + " and lower(table_name) = ?")) {
            query.setString(1, lowerCaseName);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Object query(String sql, Object... parameters) throws Exception {
        try (Connection db = database.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                Object value = rs.getObject(1);
                return value instanceof Number number ? (Object) number.longValue() : value;
            }
        }
    }

    private static InvoiceDraft draft(String orderNumber) {
        Payer payer = new Payer("Mairie de Lyon - Direction des finances", HolderType.PUBLIC_ADMINISTRATION,
                Country.FR, LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.FR, "21690123100011",
                        "FR60216901231", null, null, null, null),
                PostalAddress.of("1 place de la Comédie", null, "69001", "Lyon", null, Country.FR),
                Contact.of("Service financier", "finances@mairie-lyon.example", null), true, Language.FR);
        return new InvoiceDraft(orderNumber, "batch-console-it@example.test", payer, "SERVICE-IT",
                "ENG-" + orderNumber, null, PaymentMeans.CREDIT_TRANSFER, 30, null, null,
                PriceCalculator.price("EUR", List.of(new LineItem("SIG-1Y", "Certificat de signature 1 an", 1,
                        new BigDecimal("90.00"), new BigDecimal("20"))), null));
    }
}
