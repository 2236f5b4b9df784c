package eu.trustdesk.invoicing;

import eu.trustdesk.invoicing.control.InvoiceTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.control.ChorusReadiness;
import eu.trustdesk.invoicing.control.En16931Export;
import eu.trustdesk.invoicing.control.En16931Validator;
import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.invoicing.boundary.Finding;
import eu.trustdesk.invoicing.boundary.ValidationReport;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceDraft;
import eu.trustdesk.invoicing.entity.Payer;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.shared.Language;
import org.junit.jupiter.api.Test;

/** What Chorus Pro would refuse although the XML is valid EN 16931 is caught before the export. */
class ChorusReadinessTest {

    private final ChorusReadiness readiness = new ChorusReadiness();

    /** A public body's invoice with the given service code and commitment number (either may be null). */
    private static Invoice publicBodyInvoice(String serviceCode, String commitment) {
        Payer payer = TestInvoices.frenchPublicBody(Language.FR);
        InvoiceDraft draft = new InvoiceDraft("CMD-2026-00044", "acheteur@mairie-lyon.example", payer, serviceCode,
                commitment, null, PaymentMeans.ADMINISTRATIVE_MANDATE, 30, null, null, TestInvoices.prices());
        String terms = InvoiceTerms.standard(Language.FR, PaymentMeans.ADMINISTRATIVE_MANDATE, 30,
                TestInvoices.ISSUED_ON.plusDays(30), "TrustDesk SAS");
        return Invoice.issue(draft, "FA-2026-000125", TestInvoices.seller(), TestInvoices.ISSUED_AT,
                TestInvoices.ISSUED_ON, terms);
    }

    @Test
    void aPublicBuyerWithoutCommitmentNumberIsRefused() {
        ValidationReport report = readiness.check(publicBodyInvoice("SERV-FIN-01", null));

        assertFalse(report.valid());
        Finding refusal = report.errors().get(0);
        assertEquals(ChorusReadiness.COMMITMENT_REQUIRED, refusal.ruleId());
        assertTrue(refusal.message().startsWith("the buyer requires a commitment number"), refusal::toString);
    }

    @Test
    void theRefusedInvoiceIsNotWrittenAndTheNextOneIsExported() {
        En16931Export export = new En16931Export();

        En16931Export.Prepared refused = export.prepare(publicBodyInvoice("SERV-FIN-01", null), ExportSyntax.CII);
        En16931Export.Prepared next = export.prepare(publicBodyInvoice("SERV-FIN-01", "EJ-2026-001"), ExportSyntax.UBL);

        assertFalse(refused.exportable());
        assertNull(refused.document(), "nothing to send");
        assertEquals(java.util.List.of(ChorusReadiness.COMMITMENT_REQUIRED), refused.report().errorRuleIds());
        assertTrue(next.exportable(), () -> next.report().describe());
        assertNotNull(next.document());
        assertTrue(new En16931Validator().validate(ExportSyntax.UBL, next.document()).valid());
    }

    @Test
    void withTheCommitmentNumberThereIsNothingToSay() {
        assertEquals(ValidationReport.clean(), readiness.check(publicBodyInvoice("SERV-FIN-01", "EJ-2026-001")));
    }

    @Test
    void aMissingServiceCodeIsOnlyAWarning() {
        ValidationReport report = readiness.check(publicBodyInvoice(null, "EJ-2026-001"));

        assertTrue(report.valid());
        assertEquals(ChorusReadiness.SERVICE_CODE_MISSING, report.warnings().get(0).ruleId());
    }

    @Test
    void onlyInvoicesToFrenchPublicBodiesGoThroughChorus() {
        assertTrue(readiness.check(TestInvoices.italianInvoice()).findings().isEmpty(), "no commitment asked");
    }

    @Test
    void aBuyerKnownNotToUseCommitmentsCanBeExempted() {
        ChorusReadiness directory = new ChorusReadiness(invoice -> false);

        assertTrue(directory.check(publicBodyInvoice("SERV-FIN-01", null)).valid());
    }
}
