package eu.trustdesk.voucher.control;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.platform.DatabaseConfiguration;
import eu.trustdesk.shared.SafeCsv;
import eu.trustdesk.voucher.entity.Voucher;
import eu.trustdesk.voucher.entity.VoucherCode;
import eu.trustdesk.voucher.entity.VoucherOrder;
import eu.trustdesk.voucher.entity.VoucherOrderLine;
import eu.trustdesk.voucher.entity.VoucherState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The voucher rows in bulk, with plain JDBC on the application's data source (the same pool as
 * the persistence unit, so the container hands the transaction's own connection back):
 * <ul>
 * <li>an order's codes are inserted with multi-row INSERTs of {@value #ROWS_PER_INSERT} rows, a
 *     10,000-voucher order in 20 round trips instead of 10,000 entity inserts;</li>
 * <li>an order's CSV is written while the rows are read, one at a time (a streaming result set on
 *     MySQL/MariaDB), so memory does not grow with the order.</li>
 * </ul>
 * Codes are 120 random bits: a collision is not expected in the life of the product; should one
 * happen anyway, the UNIQUE constraint refuses it and the order is rolled back, never duplicated.
 */
@Dependent
public class VoucherStore {

    static final int ROWS_PER_INSERT = 500;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String INSERT = "INSERT INTO voucher (code, order_id, line_id, partner_account_id, sku,"
            + " product_name, validity_years, state, expires_at, version) VALUES ";
    private static final String ROW = "(?,?,?,?,?,?,?,?,?,0)";
    public static final List<String> CSV_HEADER = List.of("code", "url", "product", "validity_years", "state",
            "order_date", "expiry_date", "customer_name");

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    /**
     * Inserts one voucher per unit of every line of a persisted, flushed order: valid–unused, or
     * awaiting payment when the order waits for its transfer (the rule of the {@code Voucher} constructor).
     */
    public void insertVouchers(VoucherOrder order) {
        em.flush();
        Timestamp expires = Timestamp.from(order.expiresAt());
        String state = (order.awaitingPayment() ? VoucherState.AWAITING_PAYMENT : VoucherState.VALID_UNUSED).name();
        try (Connection connection = dataSource.getConnection()) {
            for (VoucherOrderLine line : order.lines()) {
                int remaining = line.quantity();
                while (remaining > 0) {
                    int rows = Math.min(remaining, ROWS_PER_INSERT);
                    try (PreparedStatement insert = connection.prepareStatement(INSERT + String.join(",",
                            Collections.nCopies(rows, ROW)))) {
                        int p = 1;
                        for (int r = 0; r < rows; r++) {
                            insert.setString(p++, VoucherCode.generate(RANDOM));
                            insert.setLong(p++, order.id());
                            insert.setLong(p++, line.id());
                            insert.setLong(p++, order.partnerAccountId());
                            insert.setString(p++, line.sku());
                            insert.setString(p++, line.productName());
                            insert.setInt(p++, line.validityYears());
                            insert.setString(p++, state);
                            insert.setTimestamp(p++, expires);
                        }
                        insert.executeUpdate();
                    }
                    remaining -= rows;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Vouchers of order " + order.number() + " not stored", e);
        }
    }

    /**
     * The order's payment was completed: every voucher still awaiting it becomes redeemable, in one
     * UPDATE (an order may hold thousands), with the rule of {@code Voucher.paymentArrived}.
     *
     * @return how many vouchers were released
     */
    public int releaseAwaitingPayment(VoucherOrder order) {
        em.flush();
        int released = em.createQuery("update Voucher v set v.state = :valid, v.version = v.version + 1"
                + " where v.voucherOrder = :order and v.state = :awaiting")
                .setParameter("valid", VoucherState.VALID_UNUSED).setParameter("awaiting", VoucherState.AWAITING_PAYMENT)
                .setParameter("order", order).executeUpdate();
        return released;
    }

    /** How many vouchers of each order are in each state. */
    public Map<Long, Map<VoucherState, Long>> countsByState(List<Long> orderIds) {
        Map<Long, Map<VoucherState, Long>> counts = new HashMap<>();
        if (orderIds.isEmpty()) {
            return counts;
        }
        em.createNamedQuery(Voucher.COUNT_BY_STATE, Object[].class)
                .setParameter("orders", orderIds).getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(VoucherState.class))
                        .put((VoucherState) row[1], (Long) row[2]));
        return counts;
    }

    /**
     * Writes the CSV of an order's vouchers: a header, then one row per voucher in id order, each
     * cell made safe against formulas.
     */
    public void writeCsv(VoucherOrder order, String redemptionBase, Writer out) {
        String orderDate = BusinessCalendar.dayOf(order.orderedAt()).toString();
        String expiryDate = BusinessCalendar.dayOf(order.expiresAt()).toString();
        String customer = SafeCsv.cell(order.customerName());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT code, product_name, validity_years, state FROM voucher WHERE order_id = ? ORDER BY id",
                        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            select.setFetchSize(streamingFetchSize(connection));
            select.setLong(1, order.id());
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out);
            csv.printRecord(CSV_HEADER);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String grouped = VoucherCode.grouped(rows.getString(1));
                    csv.printRecord(grouped, SafeCsv.cell(redemptionBase + grouped), SafeCsv.cell(rows.getString(2)),
                            rows.getInt(3), rows.getString(4), orderDate, expiryDate, customer);
                }
            }
            csv.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("CSV of order " + order.number() + " not read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row-by-row streaming on MySQL/MariaDB (their driver's convention); a modest fetch size elsewhere. */
    private static int streamingFetchSize(Connection connection) throws SQLException {
        String database = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return database.contains("mysql") || database.contains("mariadb") ? Integer.MIN_VALUE : 500;
    }
}
