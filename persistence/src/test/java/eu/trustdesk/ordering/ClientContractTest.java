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
import eu.trustdesk.ordering.entity.ClientContract;
import eu.trustdesk.ordering.entity.ContractStatus;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ClientContractTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate END = LocalDate.parse("2026-12-31");
    private static final String ADMIN = "admin@trustdesk.eu";

    private final Organisation organisation = new Organisation(
            new Account("chiara@example.it", "Chiara", "Rossi", Language.IT, "hash", Instant.EPOCH),
            "Rossi Consulting S.r.l.", HolderType.COMPANY, Country.IT,
            LegalIdentity.of(HolderType.COMPANY, Country.IT, null, "01234560587", null, "M5UXCR1", null, null), NOW);

    private ClientContract contract() {
        return new ClientContract(organisation, "CT-2026-0001", START, END, new BigDecimal("5000"), Money.EUR, ADMIN, NOW);
    }

    private static BusinessException refused(String key, Executable executable) {
        BusinessException e = assertThrows(BusinessException.class, executable);
        assertEquals(key, e.messageKey());
        return e;
    }

    @Test
    void itIsActiveOnEveryDayOfItsPeriodBothEndsIncluded() {
        ClientContract contract = contract();
        assertEquals(ContractStatus.ACTIVE, contract.status());
        assertFalse(contract.isActiveOn(START.minusDays(1)));
        assertTrue(contract.isActiveOn(START));
        assertTrue(contract.isActiveOn(LocalDate.parse("2026-07-14")));
        assertTrue(contract.isActiveOn(END));
        assertFalse(contract.isActiveOn(END.plusDays(1)));
        assertEquals(new BigDecimal("5000.00"), contract.annualCommitment());
    }

    @Test
    void aTerminatedContractIsActiveOnNoDay() {
        ClientContract contract = contract();
        contract.terminate(ADMIN, NOW.plusSeconds(3600));
        assertEquals(ContractStatus.TERMINATED, contract.status());
        assertEquals(ADMIN, contract.terminatedBy());
        assertFalse(contract.isActiveOn(LocalDate.parse("2026-07-14")));
        assertFalse(contract.isActiveOn(START));
        refused("error.contract.terminated", () -> contract.terminate("other@trustdesk.eu", NOW.plusSeconds(7200)));
        assertEquals(ADMIN, contract.terminatedBy(), "a refused termination records nothing");
    }

    @Test
    void aOneDayContractIsActiveThatDay() {
        ClientContract contract = new ClientContract(organisation, "CT-2026-0002", START, START, BigDecimal.ONE,
                Money.EUR, ADMIN, NOW);
        assertTrue(contract.isActiveOn(START));
        assertNull(contract.terminatedAt());
    }

    @Test
    void thePeriodEndsOnOrAfterItsStart() {
        refused("error.contract.period", () -> new ClientContract(organisation, "CT-2026-0001", END, START,
                BigDecimal.TEN, Money.EUR, ADMIN, NOW));
        refused("error.contract.period", () -> new ClientContract(organisation, "CT-2026-0001", START, null,
                BigDecimal.TEN, Money.EUR, ADMIN, NOW));
    }

    @Test
    void theCommitmentIsAPositiveAmountInCents() {
        refused("error.contract.commitment", () -> new ClientContract(organisation, "CT-2026-0001", START, END,
                BigDecimal.ZERO, Money.EUR, ADMIN, NOW));
        refused("error.contract.commitment", () -> new ClientContract(organisation, "CT-2026-0001", START, END,
                new BigDecimal("10.001"), Money.EUR, ADMIN, NOW));
    }

    @Test
    void numbersFollowTheYearAndRank() {
        assertEquals("CT-2026-0001", ClientContract.number(2026, 1));
        assertEquals("CT-2027-0123", ClientContract.number(2027, 123));
        refused("error.contract.number", () -> new ClientContract(organisation, "2026-1", START, END, BigDecimal.TEN,
                Money.EUR, ADMIN, NOW));
    }

    @Test
    void theOfficeDayIsTheOneOfParis() {
        assertEquals(LocalDate.parse("2027-01-01"), BusinessCalendar.dayOf(Instant.parse("2026-12-31T23:30:00Z")));
        assertEquals(LocalDate.parse("2026-07-01"), BusinessCalendar.dayOf(Instant.parse("2026-06-30T22:30:00Z")));
    }
}
