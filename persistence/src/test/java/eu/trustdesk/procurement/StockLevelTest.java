package eu.trustdesk.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.procurement.entity.StockLevel;
import eu.trustdesk.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** Stock is never over-reserved, gives back exactly what it held, and ships from the reservation or what is free. */
class StockLevelTest {

    @Test
    void reservationsNeverExceedWhatIsOnHand() {
        StockLevel tokens = new StockLevel("SIG-TOKEN", 3);
        tokens.reserve(2);
        tokens.reserve(1);
        assertEquals(0, tokens.available());
        BusinessException refused = assertThrows(BusinessException.class, () -> tokens.reserve(1));
        assertEquals("error.stock.insufficient", refused.messageKey());
        assertEquals(3, tokens.reserved(), "a refused reservation holds nothing");
    }

    @Test
    void aReleaseGivesBackOnlyWhatWasHeld() {
        StockLevel tokens = new StockLevel("SIG-TOKEN", 3);
        tokens.reserve(2);
        tokens.release(2);
        assertEquals(3, tokens.available());
        assertThrows(IllegalStateException.class, () -> tokens.release(1), "never more than reserved");
    }

    @Test
    void shippingTakesTheHeldUnitsOrFreeOnes() {
        StockLevel tokens = new StockLevel("SIG-TOKEN", 5);
        tokens.reserve(2);
        tokens.ship(2, true);
        assertEquals(3, tokens.onHand());
        assertEquals(0, tokens.reserved());
        tokens.reserve(2);
        tokens.ship(1, false);
        assertEquals(2, tokens.onHand());
        assertEquals(0, tokens.available());
        assertEquals("error.stock.insufficient",
                assertThrows(BusinessException.class, () -> tokens.ship(1, false)).messageKey(),
                "units held for another quote are not shipped");
        tokens.receive(10);
        assertEquals(10, tokens.available());
    }
}
