package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.control.En16931Validator;
import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.invoicing.boundary.Finding;
import eu.trustdesk.invoicing.boundary.ValidationReport;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.shared.Language;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/**
 * The official rules catch what a receiving platform would reject, and say which rule: documents
 * are broken after they were written, since the invoice entity itself refuses such figures.
 */
class En16931ValidatorTest {

    private final En16931Validator validator = new En16931Validator();

    private static Invoice invoice() {
        return TestInvoices.invoice(TestInvoices.frenchPublicBody(Language.FR), PaymentMeans.ADMINISTRATIVE_MANDATE,
                TestInvoices.prices());
    }

    @ParameterizedTest
    @EnumSource(ExportSyntax.class)
    void totalsThatDoNotAddUpAreReportedWithTheirRules(ExportSyntax syntax) {
        Xml xml = new Xml(En16931WritersTest.write(syntax, invoice()));
        byte[] broken = xml.with(syntax == ExportSyntax.CII ? "//ram:GrandTotalAmount"
                : "//cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount", total -> total.setTextContent("2000.00"));

        ValidationReport report = validator.validate(syntax, broken);

        assertFalse(report.valid(), report::describe);
        assertTrue(report.errorRuleIds().contains("BR-CO-15"), report::describe);
        Finding finding = report.errors().stream().filter(f -> f.ruleId().equals("BR-CO-15")).findFirst().orElseThrow();
        assertTrue(finding.message().startsWith("Invoice total amount with VAT (BT-112)"), finding::toString);
        assertFalse(finding.location().isEmpty(), "says where");
    }

    @ParameterizedTest
    @EnumSource(ExportSyntax.class)
    void aMissingBuyerNameIsBr07(ExportSyntax syntax) {
        Xml xml = new Xml(En16931WritersTest.write(syntax, invoice()));
        byte[] broken = xml.with(syntax == ExportSyntax.CII ? "//ram:BuyerTradeParty/ram:Name"
                : "//cac:AccountingCustomerParty//cbc:RegistrationName", name -> name.getParentNode().removeChild(name));

        ValidationReport report = validator.validate(syntax, broken);

        assertFalse(report.valid());
        assertEquals("BR-07", report.errors().get(0).ruleId(), report::describe);
    }

    @Test
    void aDocumentOutsideTheSchemaIsRefusedBeforeTheBusinessRules() {
        Xml xml = new Xml(En16931WritersTest.write(ExportSyntax.CII, invoice()));
        byte[] broken = xml.with("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument",
                document -> document.appendChild(document.getOwnerDocument().createElementNS("urn:example", "x:Unknown")));

        ValidationReport report = validator.validate(ExportSyntax.CII, broken);

        assertFalse(report.valid());
        assertEquals(En16931Validator.SCHEMA, report.errors().get(0).ruleId());
        assertTrue(report.errors().get(0).message().contains("Unknown"), report::describe);
    }

    @Test
    void aWarningOfTheRulesDoesNotStopTheExport() {
        Xml xml = new Xml(En16931WritersTest.write(ExportSyntax.CII, invoice()));
        // a document name is allowed by D16B but not used by EN 16931: rule CII-SR-013 warns
        byte[] named = xml.with("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode", typeCode -> {
            Element name = typeCode.getOwnerDocument().createElementNS(typeCode.getNamespaceURI(), "ram:Name");
            name.setTextContent("Facture");
            typeCode.getParentNode().insertBefore(name, typeCode);
        });

        ValidationReport report = validator.validate(ExportSyntax.CII, named);

        assertTrue(report.valid(), report::describe);
        assertEquals("CII-SR-013", report.warnings().get(0).ruleId(), report::describe);
        assertEquals(Finding.Severity.WARNING, report.findings().get(0).severity());
    }

    @Test
    void somethingThatIsNotXmlIsInvalidNotAnException() {
        ValidationReport report = validator.validate(ExportSyntax.UBL, "<Invoice>".getBytes(StandardCharsets.UTF_8));

        assertFalse(report.valid());
        assertEquals(En16931Validator.NOT_XML, report.errors().get(0).ruleId());
        assertFalse(validator.validate(ExportSyntax.CII, new byte[0]).valid());
    }

    @Test
    void aCiiDocumentIsNotValidAsUbl() {
        byte[] cii = En16931WritersTest.write(ExportSyntax.CII, invoice());

        assertFalse(validator.validate(ExportSyntax.UBL, cii).valid(), "the syntax decides the rules");
    }
}
