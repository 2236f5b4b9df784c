package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.control.InvoiceIssuer;
import eu.trustdesk.invoicing.control.InvoiceNumbers;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceDraft;
import eu.trustdesk.invoicing.entity.InvoiceKind;
import eu.trustdesk.invoicing.entity.Payer;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.testing.TrustDeskEar;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javax.naming.InitialContext;
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
 * Invoice numbers have no gap and no duplicate, on MariaDB, inside the server: 50 invoices issued
 * at the same time, each in its own transaction, get 50 consecutive numbers of the current year;
 * an invoice whose transaction rolls back leaves its number to the next one.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceNumberingIT {

    private static final int TASKS = 50;
    private static final String BUYER = "numbering-it@example.test";

    /** Tasks running now, and the most that ran at once: proof that the numbers were really contended for. */
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @Inject
    private InvoiceIssuer issuer;

    @Inject
    private UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/trustdesk")
    private DataSource database;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    @Order(1)
    void fiftyInvoicesIssuedAtOnceGetFiftyConsecutiveNumbers() throws Exception {
        int year = LocalDate.now(InvoiceIssuer.LEGAL_ZONE).getYear();
        List<Future<String>> issued = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            String order = "IT-CONCURRENT-" + i;
            issued.add(executor.submit(() -> issueAndCommit(order)));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> number : issued) {
            numbers.add(number.get(5, TimeUnit.MINUTES));
        }

        assertTrue(mostAtOnce.get() > 1, "the tasks ran one after the other; nothing was tested");
        assertEquals(TASKS, new HashSet<>(numbers).size(), "no duplicate: " + numbers);
        String prefix = InvoiceKind.INVOICE.numberPrefix(year);
        assertTrue(numbers.stream().allMatch(n -> n.startsWith(prefix)), "numbers of " + year + ": " + numbers);
        List<Long> sequence = numbers.stream().map(InvoiceNumbers::sequenceOf).sorted().toList();
        assertEquals(sequence.get(0) + TASKS - 1, sequence.get(TASKS - 1), "consecutive: " + sequence);

        // and the year as a whole has no hole: every number from 1 to the last is an issued invoice with its PDF
        List<Long> stored = storedSequence(prefix);
        assertEquals(LongStream.rangeClosed(1, stored.size()).boxed().toList(), stored);
        assertEquals(0, count("select count(*) from invoice where number like ? and pdf is null", prefix + "%"));
    }

    @Test
    @Order(2)
    void aRolledBackInvoiceLeavesItsNumberToTheNextOne() throws Exception {
        transaction.begin();
        String rolledBack;
        try {
            rolledBack = issuer.issue(draft("IT-ROLLED-BACK")).number();
        } finally {
            transaction.rollback();
        }

        transaction.begin();
        String next = issuer.issue(draft("IT-AFTER-ROLLBACK")).number();
        transaction.commit();

        assertEquals(rolledBack, next, "the number of the rolled-back invoice is reused");
        assertEquals(0, count("select count(*) from invoice where order_number = ?", "IT-ROLLED-BACK"));
        assertEquals(1, count("select count(*) from invoice where number = ? and order_number = ?", next,
                "IT-AFTER-ROLLBACK"));
        String prefix = next.substring(0, next.lastIndexOf('-') + 1);
        List<Long> stored = storedSequence(prefix);
        assertEquals(LongStream.rangeClosed(1, stored.size()).boxed().toList(), stored, "still no gap in the year");
    }

    /** One task: its own transaction on a managed thread, as a boundary would issue an invoice. */
    private String issueAndCommit(String orderNumber) throws Exception {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        UserTransaction own = InitialContext.doLookup("java:comp/UserTransaction");
        own.begin();
        try {
            Invoice invoice = issuer.issue(draft(orderNumber));
            own.commit();
            return invoice.number();
        } finally {
            if (own.getStatus() != Status.STATUS_NO_TRANSACTION) {
                own.rollback();
            }
            running.decrementAndGet();
        }
    }

    private static InvoiceDraft draft(String orderNumber) {
        Payer payer = new Payer("Numbering IT SARL", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", "FR19812345676", null, null, null, null),
                PostalAddress.of("10 rue des Tests", null, "75010", "Paris", null, Country.FR),
                Contact.of("Comptabilité", BUYER, null), false, Language.FR);
        return new InvoiceDraft(orderNumber, BUYER, payer, null, null, null, PaymentMeans.CREDIT_TRANSFER, 30, null, null,
                PriceCalculator.price("EUR", List.of(new LineItem("SIG-1Y", "Certificat de signature 1 an", 1,
                        new BigDecimal("90.00"), new BigDecimal("20"))), null));
    }

    /** The sequence parts of the invoice numbers starting with {@code prefix}, in order. */
    private List<Long> storedSequence(String prefix) throws Exception {
        List<Long> sequence = new ArrayList<>();
        try (Connection db = database.getConnection();
                PreparedStatement query = db.prepareStatement("select number from invoice where number like ?")) {
            query.setString(1, prefix + "%");
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sequence.add(InvoiceNumbers.sequenceOf(rs.getString(1)));
                }
            }
        }
        sequence.sort(null);
        return sequence;
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
