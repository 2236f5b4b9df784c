package eu.trustdesk.invoicing.control;

import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import static eu.trustdesk.invoicing.control.En16931Terms.amount;

import com.helger.ubl21.UBL21Marshaller;
import eu.trustdesk.invoicing.control.En16931Terms.SchemedId;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceLine;
import eu.trustdesk.invoicing.entity.InvoiceVat;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.PostalAddress;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.LocationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentTermsType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AllowanceChargeReasonType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/**
 * Writes an invoice as an OASIS UBL 2.1 {@code Invoice}, and a credit note as a UBL 2.1
 * {@code CreditNote}, following the EN 16931 core ({@code urn:cen.eu:en16931:2017}).
 *
 * <p>The document is built as JAXB objects bound to the official UBL 2.1 schemas (ph-ubl) and
 * serialised by JAXB, never by string concatenation. The writer does not validate: that is
 * {@link En16931Validator}'s job. It maps the same business terms as {@link CiiWriter}, through
 * {@link En16931Terms}. Stateless and thread-safe.
 */
public class UblWriter {

    /**
     * The order reference's id when only TrustDesk's own order number (BT-14) is known: UBL needs
     * an id there, and EN 16931's UBL binding says "NA" when the buyer gave no order number.
     */
    private static final String NO_PURCHASE_ORDER = "NA";

    /** The document, UTF-8 encoded. */
    public byte[] write(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        byte[] xml = invoice.isCreditNote() ? creditNote(invoice) : invoice(invoice);
        if (xml == null) {
            throw new IllegalStateException("JAXB could not write the UBL of " + invoice.number());
        }
        return xml;
    }

    private static byte[] invoice(Invoice invoice) {
        InvoiceType ubl = new InvoiceType();
        ubl.setCustomizationID(En16931Terms.SPECIFICATION);
        ubl.setID(invoice.number());
        ubl.setIssueDate(invoice.issueDate());
        if (invoice.dueDate() != null) {
            ubl.setDueDate(invoice.dueDate());
        }
        ubl.setInvoiceTypeCode(invoice.typeCode());
        ubl.setDocumentCurrencyCode(invoice.currency());
        if (invoice.buyerReference() != null) {
            ubl.setBuyerReference(invoice.buyerReference());
        }
        ubl.setOrderReference(orderReference(invoice));
        if (invoice.contractReference() != null) {
            ubl.addContractDocumentReference(document(invoice.contractReference()));
        }
        ubl.setAccountingSupplierParty(supplier(invoice.seller()));
        ubl.setAccountingCustomerParty(customer(invoice));
        if (En16931Terms.intraCommunitySupply(invoice)) {
            ubl.addDelivery(delivery(invoice));
        }
        if (invoice.paymentMeansCode() != null) {
            ubl.addPaymentMeans(paymentMeans(invoice));
        }
        if (invoice.paymentTerms() != null) {
            ubl.addPaymentTerms(paymentTerms(invoice));
        }
        ubl.addTaxTotal(taxTotal(invoice));
        ubl.setLegalMonetaryTotal(totals(invoice));
        for (InvoiceLine line : invoice.lines()) {
            ubl.addInvoiceLine(invoiceLine(line));
        }
        return marshal(UBL21Marshaller.invoice(), ubl);
    }

    private static byte[] creditNote(Invoice note) {
        CreditNoteType ubl = new CreditNoteType();
        ubl.setCustomizationID(En16931Terms.SPECIFICATION);
        ubl.setID(note.number());
        ubl.setIssueDate(note.issueDate());
        ubl.setCreditNoteTypeCode(note.typeCode());
        ubl.addNote(new NoteType(note.creditReason()));
        ubl.setDocumentCurrencyCode(note.currency());
        if (note.buyerReference() != null) {
            ubl.setBuyerReference(note.buyerReference());
        }
        ubl.setOrderReference(orderReference(note));
        if (note.creditedNumber() != null) {
            DocumentReferenceType credited = document(note.creditedNumber());
            if (note.creditedIssueDate() != null) {
                credited.setIssueDate(note.creditedIssueDate());
            }
            BillingReferenceType billing = new BillingReferenceType();
            billing.setInvoiceDocumentReference(credited);
            ubl.addBillingReference(billing);
        }
        if (note.contractReference() != null) {
            ubl.addContractDocumentReference(document(note.contractReference()));
        }
        ubl.setAccountingSupplierParty(supplier(note.seller()));
        ubl.setAccountingCustomerParty(customer(note));
        if (En16931Terms.intraCommunitySupply(note)) {
            ubl.addDelivery(delivery(note));
        }
        // no payment means (BG-16): it would name the seller's account as the payee of a refund;
        // the terms (BT-20) say how the amount comes back, and a credit note has no due date
        if (note.paymentTerms() != null) {
            ubl.addPaymentTerms(paymentTerms(note));
        }
        ubl.addTaxTotal(taxTotal(note));
        ubl.setLegalMonetaryTotal(totals(note));
        for (InvoiceLine line : note.lines()) {
            ubl.addCreditNoteLine(creditNoteLine(line));
        }
        return marshal(UBL21Marshaller.creditNote(), ubl);
    }

    private static <T> byte[] marshal(UBL21Marshaller.UBL21JAXBMarshaller<T> marshaller, T document) {
        // schema validation is En16931Validator's, with the rule ids; here it would only log and return null
        marshaller.setUseSchema(false);
        marshaller.setFormattedOutput(true);
        marshaller.setCharset(StandardCharsets.UTF_8);
        return marshaller.getAsBytes(document);
    }

    private static OrderReferenceType orderReference(Invoice invoice) {
        OrderReferenceType order = new OrderReferenceType();
        order.setID(invoice.purchaseOrderReference() == null ? NO_PURCHASE_ORDER : invoice.purchaseOrderReference());
        // BT-14: TrustDesk's own order number, which the payer sees on the order pages
        order.setSalesOrderID(invoice.orderNumber());
        return order;
    }

    private static DocumentReferenceType document(String id) {
        DocumentReferenceType document = new DocumentReferenceType();
        document.setID(id);
        return document;
    }

    private static SupplierPartyType supplier(Seller seller) {
        PartyType party = new PartyType();
        SchemedId endpoint = En16931Terms.sellerElectronicAddress(seller);
        party.setEndpointID(endpoint.value()).setSchemeID(endpoint.scheme());
        SchemedId identifier = En16931Terms.sellerIdentifier(seller);
        PartyIdentificationType identification = new PartyIdentificationType();
        identification.setID(identifier.value()).setSchemeID(identifier.scheme());
        party.addPartyIdentification(identification);
        AddressType address = new AddressType();
        address.setStreetName(seller.addressLine1());
        address.setCityName(seller.city());
        address.setPostalZone(seller.postalCode());
        address.setCountry(country(seller.country().name()));
        party.setPostalAddress(address);
        party.addPartyTaxScheme(vat(seller.vatNumber()));
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(seller.name());
        SchemedId registration = En16931Terms.sellerLegalRegistration(seller);
        legal.setCompanyID(registration.value()).setSchemeID(registration.scheme());
        if (seller.legalInfo() != null) {
            legal.setCompanyLegalForm(seller.legalInfo());
        }
        party.addPartyLegalEntity(legal);
        ContactType contact = new ContactType();
        contact.setElectronicMail(seller.email());
        party.setContact(contact);
        SupplierPartyType supplier = new SupplierPartyType();
        supplier.setParty(party);
        return supplier;
    }

    private static CustomerPartyType customer(Invoice invoice) {
        PartyType party = new PartyType();
        SchemedId endpoint = En16931Terms.buyerElectronicAddress(invoice);
        party.setEndpointID(endpoint.value()).setSchemeID(endpoint.scheme());
        party.setPostalAddress(address(invoice.payerAddress()));
        String vat = En16931Terms.buyerVatIdentifier(invoice);
        if (vat != null) {
            party.addPartyTaxScheme(vat(vat));
        }
        PartyLegalEntityType legal = new PartyLegalEntityType();
        legal.setRegistrationName(invoice.payerName());
        SchemedId registration = En16931Terms.buyerLegalRegistration(invoice);
        if (registration != null) {
            legal.setCompanyID(registration.value()).setSchemeID(registration.scheme());
        }
        party.addPartyLegalEntity(legal);
        Contact contact = invoice.payerContact();
        if (contact != null) {
            ContactType ublContact = new ContactType();
            ublContact.setName(contact.name());
            if (contact.phone() != null) {
                ublContact.setTelephone(contact.phone());
            }
            if (contact.email() != null) {
                ublContact.setElectronicMail(contact.email());
            }
            party.setContact(ublContact);
        }
        CustomerPartyType customer = new CustomerPartyType();
        customer.setParty(party);
        return customer;
    }

    private static AddressType address(PostalAddress postal) {
        AddressType address = new AddressType();
        address.setStreetName(postal.line1());
        if (postal.line2() != null) {
            address.setAdditionalStreetName(postal.line2());
        }
        address.setCityName(postal.city());
        address.setPostalZone(postal.postalCode());
        if (postal.province() != null) {
            address.setCountrySubentity(postal.province());
        }
        address.setCountry(country(postal.country().name()));
        return address;
    }

    private static CountryType country(String code) {
        CountryType country = new CountryType();
        country.setIdentificationCode(code);
        return country;
    }

    private static PartyTaxSchemeType vat(String number) {
        PartyTaxSchemeType scheme = new PartyTaxSchemeType();
        scheme.setCompanyID(number);
        scheme.setTaxScheme(vatScheme());
        return scheme;
    }

    private static TaxSchemeType vatScheme() {
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID(En16931Terms.VAT);
        return scheme;
    }

    private static DeliveryType delivery(Invoice invoice) {
        DeliveryType delivery = new DeliveryType();
        delivery.setActualDeliveryDate(invoice.issueDate());
        LocationType location = new LocationType();
        location.setAddress(address(invoice.payerAddress()));
        delivery.setDeliveryLocation(location);
        return delivery;
    }

    private static PaymentMeansType paymentMeans(Invoice invoice) {
        PaymentMeansType means = new PaymentMeansType();
        means.setPaymentMeansCode(invoice.paymentMeansCode());
        if (invoice.paymentMeans().byTransfer()) {
            // BT-83: the payer quotes the invoice number with the transfer, as the terms ask
            means.addPaymentID(new PaymentIDType(invoice.number()));
            FinancialAccountType account = new FinancialAccountType();
            account.setID(invoice.seller().iban());
            BranchType bank = new BranchType();
            bank.setID(invoice.seller().bic());
            account.setFinancialInstitutionBranch(bank);
            means.setPayeeFinancialAccount(account);
        }
        return means;
    }

    private static PaymentTermsType paymentTerms(Invoice invoice) {
        PaymentTermsType terms = new PaymentTermsType();
        terms.addNote(new NoteType(invoice.paymentTerms()));
        return terms;
    }

    private static TaxTotalType taxTotal(Invoice invoice) {
        String currency = invoice.currency();
        TaxTotalType total = new TaxTotalType();
        total.setTaxAmount(amount(invoice.totalVat())).setCurrencyID(currency);
        for (InvoiceVat vat : invoice.vatBreakdown()) {
            TaxSubtotalType subtotal = new TaxSubtotalType();
            subtotal.setTaxableAmount(amount(vat.taxableAmount())).setCurrencyID(currency);
            subtotal.setTaxAmount(amount(vat.taxAmount())).setCurrencyID(currency);
            TaxCategoryType category = taxCategory(vat.category().code(), vat.rate());
            String reason = En16931Terms.exemptionReason(vat);
            if (reason != null) {
                category.addTaxExemptionReason(new TaxExemptionReasonType(reason));
            }
            subtotal.setTaxCategory(category);
            total.addTaxSubtotal(subtotal);
        }
        return total;
    }

    private static TaxCategoryType taxCategory(String code, BigDecimal rate) {
        TaxCategoryType category = new TaxCategoryType();
        category.setID(code);
        category.setPercent(En16931Terms.rate(rate));
        category.setTaxScheme(vatScheme());
        return category;
    }

    private static MonetaryTotalType totals(Invoice invoice) {
        String currency = invoice.currency();
        MonetaryTotalType totals = new MonetaryTotalType();
        totals.setLineExtensionAmount(amount(invoice.totalExcludingVat())).setCurrencyID(currency);
        // no document-level allowances or charges: BT-109 = BT-106
        totals.setTaxExclusiveAmount(amount(invoice.totalExcludingVat())).setCurrencyID(currency);
        totals.setTaxInclusiveAmount(amount(invoice.totalIncludingVat())).setCurrencyID(currency);
        if (invoice.prepaidAmount().signum() != 0) {
            totals.setPrepaidAmount(amount(invoice.prepaidAmount())).setCurrencyID(currency);
        }
        totals.setPayableAmount(amount(invoice.amountDue())).setCurrencyID(currency);
        return totals;
    }

    private static InvoiceLineType invoiceLine(InvoiceLine line) {
        String currency = line.invoice().currency();
        InvoiceLineType ubl = new InvoiceLineType();
        ubl.setID(Integer.toString(line.lineNumber()));
        ubl.setInvoicedQuantity(BigDecimal.valueOf(line.quantity())).setUnitCode(En16931Terms.UNIT_PIECE);
        ubl.setLineExtensionAmount(amount(line.netAmount())).setCurrencyID(currency);
        AllowanceChargeType allowance = allowance(line);
        if (allowance != null) {
            ubl.addAllowanceCharge(allowance);
        }
        ubl.setItem(item(line));
        ubl.setPrice(price(line));
        return ubl;
    }

    private static CreditNoteLineType creditNoteLine(InvoiceLine line) {
        String currency = line.invoice().currency();
        CreditNoteLineType ubl = new CreditNoteLineType();
        ubl.setID(Integer.toString(line.lineNumber()));
        ubl.setCreditedQuantity(BigDecimal.valueOf(line.quantity())).setUnitCode(En16931Terms.UNIT_PIECE);
        ubl.setLineExtensionAmount(amount(line.netAmount())).setCurrencyID(currency);
        AllowanceChargeType allowance = allowance(line);
        if (allowance != null) {
            ubl.addAllowanceCharge(allowance);
        }
        ubl.setItem(item(line));
        ubl.setPrice(price(line));
        return ubl;
    }

    private static AllowanceChargeType allowance(InvoiceLine line) {
        BigDecimal amount = En16931Terms.lineAllowance(line);
        if (amount == null) {
            return null;
        }
        AllowanceChargeType discount = new AllowanceChargeType();
        discount.setChargeIndicator(false);
        discount.setAllowanceChargeReasonCode(En16931Terms.ALLOWANCE_DISCOUNT);
        discount.addAllowanceChargeReason(new AllowanceChargeReasonType(
                DocumentTexts.of(DocumentBundle.INVOICE, line.invoice().language()).text("lines.discount")));
        discount.setAmount(amount).setCurrencyID(line.invoice().currency());
        return discount;
    }

    private static ItemType item(InvoiceLine line) {
        ItemType item = new ItemType();
        item.setName(line.description());
        ItemIdentificationType sku = new ItemIdentificationType();
        sku.setID(line.sku());
        item.setSellersItemIdentification(sku);
        item.addClassifiedTaxCategory(taxCategory(line.vatCategory().code(), line.vatRate()));
        return item;
    }

    private static PriceType price(InvoiceLine line) {
        PriceType price = new PriceType();
        price.setPriceAmount(En16931Terms.price(line.unitPrice())).setCurrencyID(line.invoice().currency());
        return price;
    }
}
