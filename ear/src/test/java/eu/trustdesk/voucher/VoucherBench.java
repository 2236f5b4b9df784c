package eu.trustdesk.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.shared.Language;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.voucher.boundary.LineRequest;
import eu.trustdesk.voucher.control.VoucherDesk;
import eu.trustdesk.voucher.entity.VoucherOrder;
import eu.trustdesk.voucher.entity.VoucherPartner;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
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
 * The voucher benchmarks of issue 5, in the server on MariaDB (run by {@code -Pbench}, never by the
 * normal suite; see docs/BENCHMARKS.md): a 10,000-voucher order and its CSV; the expiry job over
 * 1,000,000 due vouchers beside one plain SQL UPDATE of the same rows; the heap while a
 * 100,000-row CSV streams. Figures go to the server log (lines starting with BENCH) and to
 * {@code java.io.tmpdir/trustdesk-voucher-bench.txt}. Timings are medians of several runs; nothing
 * is asserted about them (a benchmark measures, the build does not fail on a slow machine).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VoucherBench {

    private static final Logger LOG = Logger.getLogger(VoucherBench.class.getName());
    private static final int RUNS = 5;
    private static final int EXPIRY_RUNS = 3;
    private static final int MILLION = 1_000_000;

    @Inject
    private VoucherDesk desk;

    @Inject
    private UserTransaction transaction;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/trustdesk")
    private DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.withTestClasses(VoucherBench.class);
    }

    @Test
    @Order(1)
    void tenThousandVoucherOrderAndItsCsv() throws Exception {
        place(1000, 1); // warm-up: classes loaded, pools filled
        List<Long> orderMillis = new ArrayList<>();
        List<Long> csvMillis = new ArrayList<>();
        long csvBytes = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            VoucherOrder order = place(1000, 10);
            orderMillis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            assertEquals(10_000, count("SELECT count(*) FROM voucher WHERE order_id = " + order.id()));
            CountingWriter out = new CountingWriter(0);
            start = System.nanoTime();
            transaction.begin();
            desk.writeCsv(em.find(VoucherOrder.class, order.id()), out);
            transaction.commit();
            csvMillis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            assertEquals(10_001, out.lines);
            csvBytes = out.chars;
        }
        report("order of 10,000 vouchers (pricing, order, 10,000 codes, invoice): median " + median(orderMillis)
                + " ms, runs " + orderMillis);
        report("CSV of 10,000 vouchers (" + csvBytes + " chars): median " + median(csvMillis) + " ms, runs "
                + csvMillis);
    }

    @Test
    @Order(2)
    void expiryJobOverAMillionVouchersBesideOnePlainUpdate() throws Exception {
        VoucherOrder order = place(1, 1);
        long line = count("SELECT min(id) FROM voucher_order_line WHERE order_id = " + order.id());
        execute("DELETE FROM voucher WHERE order_id = " + order.id());
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO voucher (code, order_id, line_id,"
                        + " partner_account_id, sku, product_name, validity_years, state, expires_at, version)"
                        + " SELECT CONCAT('Z', LPAD(seq, 24, '0')), ?, ?, ?, 'SIG-SOFT', 'Bench', 1, 'VALID_UNUSED', ?, 0"
                        + " FROM seq_1_to_" + MILLION)) {
            insert.setLong(1, order.id());
            insert.setLong(2, line);
            insert.setLong(3, order.partnerAccountId());
            insert.setTimestamp(4, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
            insert.executeUpdate();
        }
        try {
            measureExpiry(order);
        } finally {
            execute("DELETE FROM voucher WHERE order_id = " + order.id());
        }
    }

    private void measureExpiry(VoucherOrder order) throws Exception {
        execute("ANALYZE TABLE voucher");
        List<Long> jobMillis = new ArrayList<>();
        List<Long> sqlMillis = new ArrayList<>();
        for (int run = 0; run < EXPIRY_RUNS; run++) {
            reset(order);
            Properties parameters = new Properties();
            parameters.setProperty("asOf", Instant.now().toString());
            long start = System.nanoTime();
            long execution = BatchRuntime.getJobOperator().start("voucher-expiry", parameters);
            awaitEnd(execution);
            jobMillis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            assertEquals(BatchStatus.COMPLETED, BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus());
            assertEquals(MILLION, count("SELECT count(*) FROM voucher WHERE order_id = " + order.id()
                    + " AND state = 'EXPIRED'"));

            reset(order);
            start = System.nanoTime();
            try (Connection connection = database.getConnection();
                    PreparedStatement update = connection.prepareStatement("UPDATE voucher SET state = 'EXPIRED',"
                            + " expired_at = ?, expiry_job_instance = 0, version = version + 1"
                            + " WHERE state = 'VALID_UNUSED' AND expires_at <= ?")) {
                update.setTimestamp(1, Timestamp.from(Instant.now()));
                update.setTimestamp(2, Timestamp.from(Instant.now()));
                assertEquals(MILLION, update.executeUpdate());
            }
            sqlMillis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
        long job = median(jobMillis);
        long sql = median(sqlMillis);
        report("expiry of 1,000,000 vouchers: job median " + job + " ms " + jobMillis + ", plain UPDATE median " + sql
                + " ms " + sqlMillis + ", ratio " + String.format("%.2f", (double) job / sql));
    }

    @Test
    @Order(3)
    void heapStaysFlatWhileAHundredThousandRowCsvStreams() throws Exception {
        VoucherOrder order = place(1, 1);
        long line = count("SELECT min(id) FROM voucher_order_line WHERE order_id = " + order.id());
        execute("INSERT INTO voucher (code, order_id, line_id, partner_account_id, sku, product_name, validity_years,"
                + " state, expires_at, version) SELECT CONCAT('Y', LPAD(seq, 24, '0')), " + order.id() + ", " + line
                + ", " + order.partnerAccountId() + ", 'SIG-SOFT', 'Bench', 1, 'VALID_UNUSED', NOW() + INTERVAL 1 YEAR, 0"
                + " FROM seq_1_to_100000");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        CountingWriter out = new CountingWriter(10_000);
        transaction.begin();
        desk.writeCsv(em.find(VoucherOrder.class, order.id()), out);
        transaction.commit();
        assertEquals(100_002, out.lines);
        long first = out.heapSamples.get(0);
        long max = Collections.max(out.heapSamples);
        report("CSV of 100,001 vouchers: heap used after GC every 10,000 rows (MB) " + out.heapSamples.stream()
                .map(b -> String.valueOf(b / (1024 * 1024))).toList() + ", growth first→max "
                + (max - first) / 1024 + " KB; heap max " + memory.getHeapMemoryUsage().getMax() / (1024 * 1024) + " MB");
    }

    private VoucherOrder place(int perLine, int lines) throws Exception {
        List<LineRequest> requests = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            requests.add(new LineRequest("SIG-SOFT", 1, perLine));
        }
        transaction.begin();
        Account partner = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", "partner@demo.trustdesk.eu").getSingleResult();
        VoucherPartner settings = desk.enabledPartner(partner.id());
        VoucherOrder order = desk.place(settings, "Bench", null, requests, PaymentMode.BANK_TRANSFER, Language.EN);
        transaction.commit();
        return order;
    }

    private void reset(VoucherOrder order) throws Exception {
        execute("UPDATE voucher SET state = 'VALID_UNUSED', expired_at = NULL, expiry_job_instance = NULL, version = 0"
                + " WHERE order_id = " + order.id());
    }

    private static void awaitEnd(long execution) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        // a million vouchers take under a minute here; an hour means the job hangs
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.HOURS.toNanos(1);
        while (System.nanoTime() < deadline) {
            BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("execution " + execution + " did not end within an hour");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void report(String line) throws IOException {
        LOG.info("BENCH " + line);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "trustdesk-voucher-bench.txt"),
                Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Discards what is written, counting characters and lines; samples the heap every {@code every} lines. */
    private static final class CountingWriter extends Writer {

        private final int every;
        private final List<Long> heapSamples = new ArrayList<>();
        private long chars;
        private long lines;

        CountingWriter(int every) {
            this.every = every;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                    if (every > 0 && lines % every == 0) {
                        System.gc();
                        heapSamples.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    }
                }
            }
        }

        @Override
        public void flush() {
            // nothing kept
        }

        @Override
        public void close() {
            // nothing kept
        }
    }
}
