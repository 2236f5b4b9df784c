package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.control.InvoiceNumbers;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceKind;
import eu.trustdesk.invoicing.entity.InvoiceSequence;
import org.junit.jupiter.api.Test;

/** The parts of numbering that need no database; the locking is covered by InvoiceNumberingIT. */
class InvoiceNumbersTest {

    @Test
    void invoicesAndCreditNotesHaveTheirOwnPrefixYearAndSixDigits() {
        assertEquals("FA-2026-000123", InvoiceNumbers.format(InvoiceKind.INVOICE, 2026, 123));
        assertEquals("AV-2026-000007", InvoiceNumbers.format(InvoiceKind.CREDIT_NOTE, 2026, 7));
        assertEquals("FA-2027-000001", InvoiceNumbers.format(InvoiceKind.INVOICE, 2027, 1));
        assertEquals(14, InvoiceNumbers.format(InvoiceKind.INVOICE, 2026, 999_999).length());
    }

    @Test
    void aMillionthInvoiceTakesOneMoreDigitAndStillFitsItsColumn() {
        String number = InvoiceNumbers.format(InvoiceKind.INVOICE, 2026, 1_000_000);
        assertEquals("FA-2026-1000000", number);
        assertTrue(number.length() <= Invoice.NUMBER_LENGTH);
    }

    @Test
    void theSequencePartReadsBack() {
        for (long value : new long[] {1, 42, 999_999, 1_000_000}) {
            assertEquals(value, InvoiceNumbers.sequenceOf(InvoiceNumbers.format(InvoiceKind.CREDIT_NOTE, 2026, value)));
        }
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumbers.sequenceOf("FA-2026-"));
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumbers.sequenceOf("FA-2026-12a"));
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumbers.sequenceOf(null));
    }

    @Test
    void thereIsNoNumberZeroNorAnImpossibleYear() {
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumbers.format(InvoiceKind.INVOICE, 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumbers.format(InvoiceKind.INVOICE, 1999, 1));
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumbers.format(InvoiceKind.INVOICE, 10_000, 1));
    }

    @Test
    void aSequenceStartsAtOneAndHandsOutEachValueOnce() {
        InvoiceSequence sequence = new InvoiceSequence(InvoiceKind.INVOICE, 2026);
        assertEquals(1, sequence.take());
        assertEquals(2, sequence.take());
        assertEquals(3, sequence.nextValue());
    }

    @Test
    void eachKindHasItsEn16931TypeCode() {
        assertEquals("380", InvoiceKind.INVOICE.typeCode());
        assertEquals("381", InvoiceKind.CREDIT_NOTE.typeCode());
    }
}
