package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.control.CiiWriter;
import eu.trustdesk.invoicing.control.En16931Validator;
import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.invoicing.control.UblWriter;
import eu.trustdesk.invoicing.boundary.ValidationReport;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.Payer;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Chorus Pro (or any EN 16931 platform) receives: the exported CII and UBL documents pass the
 * official rules and carry the references a public buyer's accountant matches them with.
 */
class En16931WritersTest {

    private static final En16931Validator VALIDATOR = new En16931Validator();
    private static final String CII_AGREEMENT = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";
    private static final String CII_SETTLEMENT = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement";
    private static final String CII_TOTALS = CII_SETTLEMENT + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation";

    private static Invoice publicBodyInvoice() {
        return TestInvoices.invoice(TestInvoices.frenchPublicBody(Language.FR), PaymentMeans.ADMINISTRATIVE_MANDATE,
                TestInvoices.prices());
    }

    static byte[] write(ExportSyntax syntax, Invoice invoice) {
        return syntax == ExportSyntax.CII ? new CiiWriter().write(invoice) : new UblWriter().write(invoice);
    }

    /** Writes and validates: fails with every finding and the document when the rules refuse it. */
    static Xml valid(ExportSyntax syntax, Invoice invoice) {
        byte[] xml = write(syntax, invoice);
        ValidationReport report = VALIDATOR.validate(syntax, xml);
        assertTrue(report.valid() && report.errors().isEmpty(), () -> syntax + " of " + invoice.number() + " is "
                + report.describe() + "\n" + new String(xml, StandardCharsets.UTF_8));
        return new Xml(xml);
    }

    @Test
    void aPublicBodyInvoiceInCiiCarriesTheChorusReferences() {
        Xml cii = valid(ExportSyntax.CII, publicBodyInvoice());

        assertEquals("urn:cen.eu:en16931:2017", cii.text("//rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"));
        assertEquals("FA-2026-000123", cii.text("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID"));
        assertEquals("380", cii.text("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode"));
        assertEquals("20260312", cii.text("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString"));
        // BT-10 service code, BT-13 commitment number, BT-12 contract, BT-14 TrustDesk's order
        assertEquals("SERV-FIN-01", cii.text(CII_AGREEMENT + "/ram:BuyerReference"));
        assertEquals("EJ-2026-000987", cii.text(CII_AGREEMENT + "/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"));
        assertEquals("CT-2025-17", cii.text(CII_AGREEMENT + "/ram:ContractReferencedDocument/ram:IssuerAssignedID"));
        assertEquals("CMD-2026-00042", cii.text(CII_AGREEMENT + "/ram:SellerOrderReferencedDocument/ram:IssuerAssignedID"));
        // BT-47 and BT-49: the buyer's SIRET, by which Chorus Pro routes the invoice
        String buyer = CII_AGREEMENT + "/ram:BuyerTradeParty";
        assertEquals(TestInvoices.PUBLIC_BODY_SIRET, cii.text(buyer + "/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0009']"));
        assertEquals(TestInvoices.PUBLIC_BODY_SIRET, cii.text(buyer + "/ram:URIUniversalCommunication/ram:URIID[@schemeID='0009']"));
        assertEquals(TestInvoices.PUBLIC_BODY_VAT, cii.text(buyer + "/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"));
        // seller: SIRET (BT-29), SIREN (BT-30), VAT number (BT-31)
        String seller = CII_AGREEMENT + "/ram:SellerTradeParty";
        assertEquals("90487215700014", cii.text(seller + "/ram:GlobalID[@schemeID='0009']"));
        assertEquals("904872157", cii.text(seller + "/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0002']"));
        assertEquals("FR91904872157", cii.text(seller + "/ram:SpecifiedTaxRegistration/ram:ID"));
        // paid by transfer to TrustDesk's account, quoting the invoice number
        assertEquals("30", cii.text(CII_SETTLEMENT + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode"));
        assertEquals("FR7630004012340001234567862", cii.text(CII_SETTLEMENT + "//ram:IBANID"));
        assertEquals("BNPAFRPPXXX", cii.text(CII_SETTLEMENT + "//ram:BICID"));
        assertEquals("FA-2026-000123", cii.text(CII_SETTLEMENT + "/ram:PaymentReference"));
        assertEquals("20260411", cii.text(CII_SETTLEMENT + "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"));
        // the discounted line: 2 × 1 000.00 less a 200.00 allowance
        String line = "//ram:IncludedSupplyChainTradeLineItem[ram:AssociatedDocumentLineDocument/ram:LineID='1']";
        assertEquals("2", cii.text(line + "//ram:BilledQuantity[@unitCode='C62']"));
        assertEquals("1000.00", cii.text(line + "//ram:NetPriceProductTradePrice/ram:ChargeAmount"));
        assertEquals("200.00", cii.text(line + "//ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount"));
        assertEquals("1800.00", cii.text(line + "//ram:LineTotalAmount"));
        // one VAT row per rate, and the totals
        assertEquals(2, cii.count(CII_SETTLEMENT + "/ram:ApplicableTradeTax"));
        assertEquals("0.66", cii.text(CII_SETTLEMENT + "/ram:ApplicableTradeTax[ram:RateApplicablePercent=5.5]/ram:CalculatedAmount"));
        assertEquals("367.10", cii.text(CII_SETTLEMENT + "/ram:ApplicableTradeTax[ram:RateApplicablePercent=20]/ram:CalculatedAmount"));
        assertEquals("1847.50", cii.text(CII_TOTALS + "/ram:TaxBasisTotalAmount"));
        assertEquals("367.76", cii.text(CII_TOTALS + "/ram:TaxTotalAmount[@currencyID='EUR']"));
        assertEquals("2215.26", cii.text(CII_TOTALS + "/ram:GrandTotalAmount"));
        assertEquals("2215.26", cii.text(CII_TOTALS + "/ram:DuePayableAmount"));
    }

    @Test
    void aPublicBodyInvoiceInUblCarriesTheChorusReferences() {
        Xml ubl = valid(ExportSyntax.UBL, publicBodyInvoice());

        assertEquals("Invoice", ubl.rootName());
        assertEquals("urn:cen.eu:en16931:2017", ubl.text("/inv:Invoice/cbc:CustomizationID"));
        assertEquals("FA-2026-000123", ubl.text("/inv:Invoice/cbc:ID"));
        assertEquals("380", ubl.text("/inv:Invoice/cbc:InvoiceTypeCode"));
        assertEquals("2026-04-11", ubl.text("/inv:Invoice/cbc:DueDate"));
        assertEquals("SERV-FIN-01", ubl.text("/inv:Invoice/cbc:BuyerReference"));
        assertEquals("EJ-2026-000987", ubl.text("/inv:Invoice/cac:OrderReference/cbc:ID"));
        assertEquals("CMD-2026-00042", ubl.text("/inv:Invoice/cac:OrderReference/cbc:SalesOrderID"));
        assertEquals("CT-2025-17", ubl.text("/inv:Invoice/cac:ContractDocumentReference/cbc:ID"));
        String buyer = "/inv:Invoice/cac:AccountingCustomerParty/cac:Party";
        assertEquals(TestInvoices.PUBLIC_BODY_SIRET, ubl.text(buyer + "/cac:PartyLegalEntity/cbc:CompanyID[@schemeID='0009']"));
        assertEquals(TestInvoices.PUBLIC_BODY_SIRET, ubl.text(buyer + "/cbc:EndpointID[@schemeID='0009']"));
        assertEquals("Mairie de Lyon - Direction des finances", ubl.text(buyer + "/cac:PartyLegalEntity/cbc:RegistrationName"));
        assertEquals("FR7630004012340001234567862", ubl.text("/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"));
        assertEquals("200.00", ubl.text("/inv:Invoice/cac:InvoiceLine[cbc:ID='1']/cac:AllowanceCharge/cbc:Amount"));
        assertEquals("C62", ubl.text("/inv:Invoice/cac:InvoiceLine[cbc:ID='1']/cbc:InvoicedQuantity/@unitCode"));
        assertEquals("367.76", ubl.text("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount"));
        assertEquals(2, ubl.count("/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal"));
        assertEquals("2215.26", ubl.text("/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount[@currencyID='EUR']"));
    }

    @ParameterizedTest
    @EnumSource(ExportSyntax.class)
    void namesReachTheBuyersPlatformExactlyAsTyped(ExportSyntax syntax) {
        String name = "Società Cooperativa Àrea Nord – Łukasz Ștefan";
        Payer payer = new Payer(name, HolderType.COMPANY, Country.IT,
                LegalIdentity.of(HolderType.COMPANY, Country.IT, null, "01234560587", null, "M5UXCR1", null, null),
                PostalAddress.of("Via dell’Unità d’Italia 7", null, "00184", "Roma", "RM", Country.IT),
                eu.trustdesk.organisation.entity.Contact.of("Niccolò Dell'Acqua", "niccolo@esempio.example.it", null),
                false, Language.IT);
        Xml xml = valid(syntax, TestInvoices.invoice(payer, PaymentMeans.CREDIT_TRANSFER, TestInvoices.prices()));

        if (syntax == ExportSyntax.CII) {
            assertEquals(name, xml.text(CII_AGREEMENT + "/ram:BuyerTradeParty/ram:Name"));
            assertEquals("Via dell’Unità d’Italia 7",
                    xml.text(CII_AGREEMENT + "/ram:BuyerTradeParty/ram:PostalTradeAddress/ram:LineOne"));
        } else {
            assertEquals(name, xml.text("//cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"));
            assertEquals("Via dell’Unità d’Italia 7",
                    xml.text("//cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:StreetName"));
        }
    }

    @ParameterizedTest
    @EnumSource(ExportSyntax.class)
    void anInvoiceIssuedForAPaidOrderCarriesThePaidAmountNothingDueAndNoInstructionToPay(ExportSyntax syntax) {
        Invoice invoice = TestInvoices.paidInvoice(TestInvoices.frenchCompany(), PaymentMeans.CREDIT_TRANSFER,
                java.time.LocalDate.of(2026, 3, 11));
        Xml xml = valid(syntax, invoice);

        if (syntax == ExportSyntax.CII) {
            assertEquals("2215.26", xml.text(CII_TOTALS + "/ram:GrandTotalAmount"));
            assertEquals("2215.26", xml.text(CII_TOTALS + "/ram:TotalPrepaidAmount"), "BT-113: the whole total");
            assertEquals("0.00", xml.text(CII_TOTALS + "/ram:DuePayableAmount"), "BT-115: nothing due");
            assertEquals(0, xml.count(CII_SETTLEMENT + "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime"),
                    "no due date");
            String terms = xml.text(CII_SETTLEMENT + "/ram:SpecifiedTradePaymentTerms/ram:Description");
            assertTrue(terms.contains("payée le 11/03/2026 par virement bancaire"), terms);
            assertFalse(terms.contains("jours") || terms.contains("au plus tard"), terms);
        } else {
            assertEquals("2215.26", xml.text("/inv:Invoice/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"));
            assertEquals("2215.26", xml.text("/inv:Invoice/cac:LegalMonetaryTotal/cbc:PrepaidAmount"), "BT-113");
            assertEquals("0.00", xml.text("/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount"), "BT-115");
            assertEquals(0, xml.count("/inv:Invoice/cbc:DueDate"), "no due date");
            String terms = xml.text("/inv:Invoice/cac:PaymentTerms/cbc:Note");
            assertTrue(terms.contains("payée le 11/03/2026 par virement bancaire"), terms);
            assertFalse(terms.contains("jours") || terms.contains("au plus tard"), terms);
        }
    }

    @ParameterizedTest
    @EnumSource(ExportSyntax.class)
    void theCreditNoteIsACreditNoteOfTheInvoiceWithNothingToPayTheSeller(ExportSyntax syntax) {
        Invoice note = TestInvoices.creditNote(publicBodyInvoice());
        Xml xml = valid(syntax, note);

        if (syntax == ExportSyntax.CII) {
            assertEquals("381", xml.text("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode"));
            assertEquals("FA-2026-000123", xml.text(CII_SETTLEMENT + "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"));
            assertEquals("20260312", xml.text(CII_SETTLEMENT + "/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/*"));
            assertEquals("2215.26", xml.text(CII_TOTALS + "/ram:GrandTotalAmount"), "positive amounts");
            assertEquals(0, xml.count("//ram:IBANID"));
            assertEquals("EJ-2026-000987", xml.text(CII_AGREEMENT + "/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"));
        } else {
            assertEquals("CreditNote", xml.rootName());
            assertEquals("381", xml.text("/cn:CreditNote/cbc:CreditNoteTypeCode"));
            assertEquals("FA-2026-000123", xml.text("/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
            assertEquals("2026-03-12", xml.text("/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate"));
            assertEquals("Commande annulée", xml.text("/cn:CreditNote/cbc:Note"));
            assertEquals("2", xml.text("/cn:CreditNote/cac:CreditNoteLine[cbc:ID='1']/cbc:CreditedQuantity"));
            assertEquals(0, xml.count("//cac:PayeeFinancialAccount"));
        }
    }

    @ParameterizedTest
    @EnumSource(ExportSyntax.class)
    void anItalianCompanyIsReverseChargedAndReachedThroughItsSdiCode(ExportSyntax syntax) {
        Invoice invoice = TestInvoices.italianInvoice();
        Xml xml = valid(syntax, invoice);

        if (syntax == ExportSyntax.CII) {
            String buyer = CII_AGREEMENT + "/ram:BuyerTradeParty";
            assertEquals("M5UXCR1", xml.text(buyer + "/ram:URIUniversalCommunication/ram:URIID[@schemeID='0205']"));
            assertEquals("IT01234560587", xml.text(buyer + "/ram:SpecifiedTaxRegistration/ram:ID"), "BT-48 with its prefix");
            assertEquals("RM", xml.text(buyer + "/ram:PostalTradeAddress/ram:CountrySubDivisionName"));
            assertEquals("AE", xml.text(CII_SETTLEMENT + "/ram:ApplicableTradeTax/ram:CategoryCode"));
            assertEquals(TestInvoices.REVERSE_CHARGE.reason(), xml.text(CII_SETTLEMENT + "/ram:ApplicableTradeTax/ram:ExemptionReason"));
            assertEquals("0.00", xml.text(CII_TOTALS + "/ram:TaxTotalAmount"));
            assertEquals("Sconto", xml.text("//ram:SpecifiedTradeAllowanceCharge/ram:Reason"), "in the payer's language");
        } else {
            String buyer = "/inv:Invoice/cac:AccountingCustomerParty/cac:Party";
            assertEquals("M5UXCR1", xml.text(buyer + "/cbc:EndpointID[@schemeID='0205']"));
            assertEquals("IT01234560587", xml.text(buyer + "/cac:PartyTaxScheme/cbc:CompanyID"));
            assertEquals("AE", xml.text("/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID"));
            assertEquals("NA", xml.text("/inv:Invoice/cac:OrderReference/cbc:ID"), "no purchase order from this buyer");
            assertEquals("CMD-2026-00043", xml.text("/inv:Invoice/cac:OrderReference/cbc:SalesOrderID"));
            assertEquals(0, xml.count("/inv:Invoice/cbc:BuyerReference"));
        }
    }

    /** Every kind of payer and payment means TrustDesk invoices, in both syntaxes. */
    static Stream<Arguments> otherInvoices() {
        Payer consumer = new Payer("Anna Smith", HolderType.NATURAL_PERSON, Country.FR,
                LegalIdentity.of(HolderType.NATURAL_PERSON, Country.FR, null, null, null, null, null, null),
                PostalAddress.of("5 rue Victor Hugo", null, "75011", "Paris", null, Country.FR), null, false, Language.EN);
        Payer frenchCompany = new Payer("Atelier Durand SARL", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", null, null, null, null, null),
                PostalAddress.of("3 avenue de l'Europe", null, "67000", "Strasbourg", null, Country.FR), null, false,
                Language.FR);
        Payer italianAdministration = new Payer("Comune di Esempio", HolderType.PUBLIC_ADMINISTRATION, Country.IT,
                LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.IT, null, null, "80001230582", "UFABC1",
                        null, "c_esempio"),
                PostalAddress.of("Piazza del Comune 1", null, "50100", "Firenze", "FI", Country.IT), null, true,
                Language.IT);
        Stream<Arguments> invoices = Stream.of(
                Arguments.of("consumer paying by cheque", consumer, PaymentMeans.CHEQUE, "EM"),
                Arguments.of("company settled from its prepaid account", frenchCompany, PaymentMeans.PREPAID_ACCOUNT, "0009"),
                Arguments.of("company with a contract", frenchCompany, PaymentMeans.CLIENT_CONTRACT, "0009"),
                Arguments.of("Italian public administration", italianAdministration, PaymentMeans.CREDIT_TRANSFER, "0201"));
        return invoices.flatMap(a -> Stream.of(ExportSyntax.values()).map(s -> Arguments.of(s, a.get()[0], a.get()[1],
                a.get()[2], a.get()[3])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("otherInvoices")
    void everyPayerAndPaymentMeansGivesAValidDocument(ExportSyntax syntax, String who, Payer payer, PaymentMeans means,
            String electronicAddressScheme) {
        Invoice invoice = TestInvoices.invoice(payer, means, TestInvoices.prices());
        Xml xml = valid(syntax, invoice);

        String endpoint = syntax == ExportSyntax.CII
                ? CII_AGREEMENT + "/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID/@schemeID"
                : "/inv:Invoice/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID/@schemeID";
        assertEquals(electronicAddressScheme, xml.text(endpoint), who);
        if (means == PaymentMeans.PREPAID_ACCOUNT) {
            String paid = syntax == ExportSyntax.CII ? CII_TOTALS + "/ram:TotalPrepaidAmount"
                    : "/inv:Invoice/cac:LegalMonetaryTotal/cbc:PrepaidAmount";
            String due = syntax == ExportSyntax.CII ? CII_TOTALS + "/ram:DuePayableAmount"
                    : "/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount";
            assertEquals("2215.26", xml.text(paid), "BT-113: settled at issue");
            assertEquals("0.00", xml.text(due), "BT-115: nothing left to pay");
        }
    }
}
