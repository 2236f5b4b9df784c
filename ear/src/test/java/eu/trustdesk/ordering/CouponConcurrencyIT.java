package eu.trustdesk.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.ordering.control.CouponRedemption;
import eu.trustdesk.ordering.entity.CouponUse;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.testing.TrustDeskEar;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A coupon with five uses left and twenty customers placing their orders at the same moment:
 * exactly five get the discount, the fifteen others are told the code is used up, and the
 * database holds a counter of 5 and five uses, one per winning customer. Inside the server, on
 * MariaDB: each customer's checkout is its own transaction on a thread of the managed executor.
 */
@ExtendWith(ArquillianExtension.class)
class CouponConcurrencyIT {

    private static final int LIMIT = 5;
    private static final int CUSTOMERS = 20;
    private static final String GRANTED = "granted";

    @Inject
    private CouponRedemption redemption;

    @Inject
    private PaymentFixtures fixtures;

    @Inject
    private UserTransaction transaction;

    @Inject
    private Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    void twentyCustomersRaceForTheLastFiveUsesAndExactlyFiveGetOne() throws Exception {
        String code = fixtures.couponWithLimit(LIMIT);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> checkouts = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String customer = String.format("coupon-it-%02d@example.test", i);
            String order = String.format("%s-%02d", code, i);
            // typed in lower case, as customers do
            checkouts.add(executor.submit(() -> {
                start.await();
                return checkout(code.toLowerCase(Locale.ROOT), customer, order);
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> checkout : checkouts) {
            outcomes.add(checkout.get(2, TimeUnit.MINUTES));
        }

        Map<String, Long> counted = outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(GRANTED, (long) LIMIT, "error.coupon.exhausted", (long) (CUSTOMERS - LIMIT)), counted,
                "outcomes: " + outcomes);
        assertEquals(LIMIT, fixtures.usedCount(code), "the counter stops at the limit");
        List<CouponUse> uses = fixtures.uses(code);
        assertEquals(LIMIT, uses.size(), "one stored use per granted checkout");
        assertEquals(LIMIT, uses.stream().map(CouponUse::customerEmail).distinct().count(), "five different customers");
        assertTrue(uses.stream().allMatch(u -> u.orderNumber().startsWith(code)), "each use names its order");
    }

    /** One customer's checkout: committed when the coupon was granted, rolled back otherwise. */
    private String checkout(String code, String customer, String order) throws Exception {
        transaction.begin();
        try {
            Discount discount = redemption.redeem(code, customer, Set.of("SIG-SOFT"), order, clock.instant());
            assertEquals(new BigDecimal("100.00"), discount.value());
            transaction.commit();
            return GRANTED;
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
