package eu.trustdesk.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.ordering.entity.MovementReason;
import eu.trustdesk.ordering.entity.PrepaidAccount;
import eu.trustdesk.ordering.entity.PrepaidMovement;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PrepaidAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ACCOUNTANT = "accountant@trustdesk.eu";

    private final Organisation organisation = new Organisation(
            new Account("jean@example.fr", "Jean", "Dupont", Language.FR, "hash", Instant.EPOCH),
            "Dupont Conseil SARL", HolderType.COMPANY, Country.FR,
            LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", null, null, null, null, null), NOW);

    private PrepaidAccount account(String balance) {
        PrepaidAccount account = new PrepaidAccount(organisation, Money.EUR, NOW);
        if (new BigDecimal(balance).signum() > 0) {
            account.credit(new BigDecimal(balance), MovementReason.TOP_UP, "opening", ACCOUNTANT, NOW);
        }
        return account;
    }

    private static BusinessException refused(String key, Executable executable) {
        BusinessException e = assertThrows(BusinessException.class, executable);
        assertEquals(key, e.messageKey());
        return e;
    }

    @Test
    void aNewAccountIsEmpty() {
        PrepaidAccount account = account("0");
        assertEquals(new BigDecimal("0.00"), account.balance());
        assertEquals("EUR", account.currency());
        assertEquals(organisation, account.organisation());
        assertEquals(Money.euros("0"), account.balanceAsMoney());
    }

    @Test
    void aTopUpAddsToTheBalanceAndIsRecorded() {
        PrepaidAccount account = account("0");
        PrepaidMovement movement = account.credit(new BigDecimal("1000"), MovementReason.TOP_UP, "  transfer 42  ",
                ACCOUNTANT, NOW);
        assertEquals(new BigDecimal("1000.00"), account.balance());
        assertEquals(new BigDecimal("1000.00"), movement.amount());
        assertEquals(new BigDecimal("1000.00"), movement.balanceAfter());
        assertEquals(MovementReason.TOP_UP, movement.reason());
        assertEquals("transfer 42", movement.reference());
        assertEquals(ACCOUNTANT, movement.recordedBy());
        assertEquals(NOW, movement.occurredAt());
        assertEquals(account, movement.account());
    }

    @Test
    void aDebitIsNegativeAndLeavesTheBalanceAfterIt() {
        PrepaidAccount account = account("300");
        PrepaidMovement movement = account.debit(new BigDecimal("119.00"), "TD-2026-000001", "jean@example.fr", NOW);
        assertEquals(new BigDecimal("-119.00"), movement.amount());
        assertEquals(new BigDecimal("181.00"), movement.balanceAfter());
        assertEquals(new BigDecimal("181.00"), account.balance());
        assertEquals(MovementReason.ORDER, movement.reason());
        assertEquals("TD-2026-000001", movement.reference());
    }

    @Test
    void theWholeBalanceCanBeSpentButNotOneCentMore() {
        PrepaidAccount account = account("238");
        account.debit(new BigDecimal("119"), "TD-1", null, NOW);
        PrepaidMovement last = account.debit(new BigDecimal("119"), "TD-2", null, NOW);
        assertEquals(new BigDecimal("0.00"), last.balanceAfter());
        BusinessException e = refused("error.prepaid.insufficient",
                () -> account.debit(new BigDecimal("0.01"), "TD-3", null, NOW));
        assertEquals(Money.euros("0.00"), e.arguments()[0], "the balance, written in the reader's language by the page");
        assertEquals(new BigDecimal("0.00"), account.balance(), "a refused debit changes nothing");
        assertEquals(PrepaidMovement.SYSTEM, last.recordedBy(), "no signed-in person: the system");
    }

    @Test
    void aDebitLargerThanTheBalanceIsRefusedWithTheBalance() {
        PrepaidAccount account = account("100");
        BusinessException e = refused("error.prepaid.insufficient",
                () -> account.debit(new BigDecimal("119.00"), "TD-1", null, NOW));
        assertEquals(Money.euros("100.00"), e.arguments()[0]);
        assertEquals(new BigDecimal("100.00"), account.balance());
        assertTrue(account.covers(new BigDecimal("100.00")));
        assertFalse(account.covers(new BigDecimal("100.01")));
    }

    @Test
    void amountsArePositiveWithAtMostTwoDecimals() {
        PrepaidAccount account = account("100");
        refused("error.prepaid.amount", () -> account.credit(BigDecimal.ZERO, MovementReason.TOP_UP, null, ACCOUNTANT, NOW));
        refused("error.prepaid.amount", () -> account.credit(new BigDecimal("-5"), MovementReason.TOP_UP, null, ACCOUNTANT, NOW));
        refused("error.prepaid.amount", () -> account.credit(new BigDecimal("1.005"), MovementReason.TOP_UP, null, ACCOUNTANT, NOW));
        refused("error.prepaid.amount", () -> account.credit(null, MovementReason.TOP_UP, null, ACCOUNTANT, NOW));
        refused("error.prepaid.amount", () -> account.debit(new BigDecimal("-10"), "TD-1", null, NOW));
        refused("error.prepaid.amount", () -> account.credit(PrepaidAccount.MAX_BALANCE, MovementReason.TOP_UP, null,
                ACCOUNTANT, NOW));
        assertEquals(new BigDecimal("100.00"), account.balance());
    }

    @Test
    void anOrderIsNotACreditAndADebitNeedsItsOrder() {
        PrepaidAccount account = account("100");
        assertThrows(IllegalArgumentException.class,
                () -> account.credit(BigDecimal.TEN, MovementReason.ORDER, "TD-1", ACCOUNTANT, NOW));
        assertThrows(IllegalArgumentException.class, () -> account.debit(BigDecimal.TEN, " ", null, NOW));
        assertEquals(new BigDecimal("100.00"), account.balance());
    }

    @Test
    void aRefundComesBackWithTheOrderNumber() {
        PrepaidAccount account = account("100");
        account.debit(new BigDecimal("60"), "TD-7", null, NOW);
        PrepaidMovement refund = account.credit(new BigDecimal("60"), MovementReason.REFUND, "TD-7", ACCOUNTANT, NOW);
        assertEquals(new BigDecimal("100.00"), refund.balanceAfter());
        assertEquals("TD-7", refund.reference());
    }

    @Test
    void aTooLongReferenceIsRefusedAndChangesNothing() {
        PrepaidAccount account = account("100");
        refused("error.prepaid.reference", () -> account.credit(BigDecimal.TEN, MovementReason.TOP_UP,
                "x".repeat(PrepaidMovement.REFERENCE_LENGTH + 1), ACCOUNTANT, NOW));
        assertEquals(new BigDecimal("100.00"), account.balance());
        assertNull(account.credit(BigDecimal.TEN, MovementReason.TOP_UP, "  ", ACCOUNTANT, NOW).reference());
    }
}
