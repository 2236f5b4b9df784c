package eu.trustdesk.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.entity.InvoiceSequence;
import jakarta.persistence.NamedNativeQuery;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations apply cleanly on the embedded H2 in MySQL mode, as the run command uses it.
 * (MariaDB is covered by the integration tests, which deploy on it.)
 */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void everyMigrationAppliesOnH2InMySqlMode() throws Exception {
        var result = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        assertTrue(result.migrationsExecuted >= 2, "migrations applied: " + result.migrationsExecuted);
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                ResultSet tables = connection.getMetaData().getTables(null, null, "product_price", null)) {
            assertTrue(tables.next(), "product_price exists");
        }
        // a second start changes nothing
        assertEquals(0, Flyway.configure().dataSource(URL, "sa", "").load().migrate().migrationsExecuted);
    }

    @Test
    void invoicesKeepPdfsLargerThanABlobAndSequencesAreCreatedOnce() throws Exception {
        String url = "jdbc:h2:mem:invoicing;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            // the statement InvoiceNumbers runs for the first number of a year: once creates, twice changes nothing
            String createIfAbsent = InvoiceSequence.class.getAnnotation(NamedNativeQuery.class).query()
                    .replace("?1", "?").replace("?2", "?");
            for (int i = 0; i < 2; i++) {
                try (PreparedStatement insert = db.prepareStatement(createIfAbsent)) {
                    insert.setString(1, "INVOICE");
                    insert.setInt(2, 2026);
                    insert.executeUpdate();
                }
                try (Statement st = db.createStatement()) {
                    st.executeUpdate("update invoice_sequence set next_value = next_value + 1 where kind = 'INVOICE'");
                }
            }
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("select count(*), max(next_value) from invoice_sequence")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
                assertEquals(3, rs.getLong(2), "the second insert kept the value taken in between");
            }

            // MySQL's BLOB holds 64 KB: the PDF column takes more, on H2 as on MariaDB
            byte[] pdf = new byte[300_000];
            Arrays.fill(pdf, (byte) 7);
            try (PreparedStatement insert = db.prepareStatement("insert into invoice (kind, number, issue_date, issued_at,"
                    + " currency, language, buyer_email, order_number, seller_name, seller_siret, seller_vat_number,"
                    + " seller_line1, seller_postal_code, seller_city, seller_country, seller_iban, seller_bic, seller_email,"
                    + " payer_name, payer_holder_type, payer_country, payer_public_body, payer_line1, payer_postal_code,"
                    + " payer_city, payer_address_country, total_excluding_vat, discount_total, total_vat,"
                    + " total_including_vat, prepaid_amount, pdf, version) values ('INVOICE', 'FA-2026-000001',"
                    + " '2026-03-12', '2026-03-12 09:30:00', 'EUR', 'FR', 'a@b.example', 'CMD-1', 'TrustDesk SAS',"
                    + " '90487215700014', 'FR91904872157', '1 rue', '75002', 'Paris', 'FR', 'FR76', 'BIC', 'f@t.eu',"
                    + " 'Payer', 'COMPANY', 'FR', false, '2 rue', '69001', 'Lyon', 'FR', 10.00, 0.00, 2.00, 12.00,"
                    + " 0.00, ?, 0)")) {
                insert.setBytes(1, pdf);
                insert.executeUpdate();
            }
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("select pdf from invoice where number = 'FA-2026-000001'")) {
                assertTrue(rs.next());
                assertArrayEquals(pdf, rs.getBytes(1));
            }
        }
    }
}
