package eu.trustdesk.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.ordering.control.PrepaidBalances;
import eu.trustdesk.ordering.entity.MovementReason;
import eu.trustdesk.ordering.entity.PrepaidMovement;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.testing.TrustDeskEar;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A prepaid balance that covers exactly ten orders of 119.00 and fifty orders paid from it at the
 * same moment: exactly ten are paid, forty are refused for an insufficient balance, the balance
 * ends at 0.00 and never went below zero, and the account shows ten order movements whose
 * balances after them step down by 119.00 each. Inside the server, on MariaDB: each order is its
 * own transaction on a thread of the managed executor.
 */
@ExtendWith(ArquillianExtension.class)
class PrepaidConcurrencyIT {

    private static final BigDecimal PRICE = new BigDecimal("119.00");
    private static final int COVERED = 10;
    private static final int ORDERS = 50;
    private static final String PAID = "paid";

    @Inject
    private PrepaidBalances balances;

    @Inject
    private PaymentFixtures fixtures;

    @Inject
    private UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    void fiftyOrdersOnABalanceForTenPayExactlyTenAndNeverGoBelowZero() throws Exception {
        long organisation = fixtures.organisationWithPrepaidBalance(PRICE.multiply(BigDecimal.valueOf(COVERED)));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            String orderNumber = String.format("PREPAID-IT-%d-%02d", organisation, i);
            orders.add(executor.submit(() -> {
                start.await();
                return pay(organisation, orderNumber);
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> order : orders) {
            outcomes.add(order.get(2, TimeUnit.MINUTES));
        }

        Map<String, Long> counted = outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(PAID, (long) COVERED, "error.prepaid.insufficient", (long) (ORDERS - COVERED)), counted,
                "outcomes: " + outcomes);
        assertEquals(new BigDecimal("0.00"), fixtures.balance(organisation), "all of it spent, not a cent more");

        List<PrepaidMovement> movements = fixtures.movements(organisation);
        List<PrepaidMovement> paid = movements.stream().filter(m -> m.reason() == MovementReason.ORDER).toList();
        assertEquals(COVERED, paid.size(), "one movement per paid order");
        assertEquals(COVERED + 1, movements.size(), "the top-up and the paid orders, nothing for the refused ones");
        assertTrue(paid.stream().allMatch(m -> m.amount().compareTo(PRICE.negate()) == 0), "each order debits 119.00");
        assertTrue(movements.stream().allMatch(m -> m.balanceAfter().signum() >= 0), "never below zero");
        // the balances after the debits are 1071.00, 952.00 ... 0.00: each debit saw the previous one
        Set<BigDecimal> after = paid.stream().map(PrepaidMovement::balanceAfter).collect(Collectors.toSet());
        Set<BigDecimal> expected = IntStream.range(0, COVERED)
                .mapToObj(n -> PRICE.multiply(BigDecimal.valueOf(n)).setScale(2)).collect(Collectors.toSet());
        assertEquals(expected, after);
    }

    /** One order paid from the balance in its own transaction: committed when paid, rolled back otherwise. */
    private String pay(long organisation, String orderNumber) throws Exception {
        transaction.begin();
        try {
            balances.debit(organisation, PRICE, orderNumber);
            transaction.commit();
            return PAID;
        } catch (BusinessException refused) {
            transaction.rollback();
            return refused.messageKey();
        } finally {
            if (transaction.getStatus() == Status.STATUS_ACTIVE || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
        }
    }
}
