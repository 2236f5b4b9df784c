package eu.trustdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet shows as text, never runs (OWASP CSV injection), and still quoted as CSV. */
class SafeCsvTest {

    @Test
    void cellsStartingLikeAFormulaAreMadeText() {
        assertEquals("'=HYPERLINK(\"http://evil\")", SafeCsv.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+33 1 40", SafeCsv.cell("+33 1 40"));
        assertEquals("'-2+3", SafeCsv.cell("-2+3"));
        assertEquals("'@SUM(A1)", SafeCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", SafeCsv.cell("\tx"));
        assertEquals("'\rx", SafeCsv.cell("\rx"));
    }

    @Test
    void ordinaryCellsAreLeftAsTheyAre() {
        assertEquals("Client SA", SafeCsv.cell("Client SA"));
        assertEquals("7KQ2M-9XW4T", SafeCsv.cell("7KQ2M-9XW4T"));
        assertEquals("a=b", SafeCsv.cell("a=b"));
        assertEquals("", SafeCsv.cell(null));
    }

    @Test
    void theCsvQuotesWhatNeedsQuoting() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out)) {
            csv.printRecord(SafeCsv.cell("=1+1"), SafeCsv.cell("Dupont, \"le client\""));
        }
        assertEquals("'=1+1,\"Dupont, \"\"le client\"\"\"\r\n", out.toString());
    }
}
