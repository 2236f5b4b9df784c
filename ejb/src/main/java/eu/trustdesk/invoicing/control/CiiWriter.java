package eu.trustdesk.invoicing.control;

import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import static eu.trustdesk.invoicing.control.En16931Terms.amount;

import com.helger.cii.d16b.CIID16BCrossIndustryInvoiceTypeMarshaller;
import eu.trustdesk.invoicing.control.En16931Terms.SchemedId;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceLine;
import eu.trustdesk.invoicing.entity.InvoiceVat;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.PostalAddress;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import un.unece.uncefact.data.standard.crossindustryinvoice._100.CrossIndustryInvoiceType;
import un.unece.uncefact.data.standard.qualifieddatatype._100.FormattedDateTimeType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.CreditorFinancialAccountType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.CreditorFinancialInstitutionType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.DocumentContextParameterType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.DocumentLineDocumentType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.ExchangedDocumentContextType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.ExchangedDocumentType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeAgreementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeDeliveryType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.HeaderTradeSettlementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.LegalOrganizationType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.LineTradeAgreementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.LineTradeDeliveryType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.LineTradeSettlementType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.NoteType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.ReferencedDocumentType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.SupplyChainEventType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.SupplyChainTradeLineItemType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.SupplyChainTradeTransactionType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TaxRegistrationType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeAddressType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeAllowanceChargeType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeContactType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradePartyType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradePaymentTermsType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradePriceType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeProductType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeSettlementHeaderMonetarySummationType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeSettlementLineMonetarySummationType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeSettlementPaymentMeansType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.TradeTaxType;
import un.unece.uncefact.data.standard.reusableaggregatebusinessinformationentity._100.UniversalCommunicationType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.AmountType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.CodeType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.DateTimeType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.IDType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.IndicatorType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.QuantityType;
import un.unece.uncefact.data.standard.unqualifieddatatype._100.TextType;

/**
 * Writes an invoice or a credit note as a UN/CEFACT Cross Industry Invoice D16B following the
 * EN 16931 core ({@code urn:cen.eu:en16931:2017}), the CII that Chorus Pro and Factur-X accept.
 *
 * <p>The document is built as JAXB objects bound to the official D16B schema (ph-cii) and
 * serialised by JAXB, never by string concatenation. The writer does not validate: that is
 * {@link En16931Validator}'s job, which reports the schema and the business rules together.
 *
 * <p>Amounts carry no currency attribute except the VAT total, as the CII binding of EN 16931
 * wants: the currency is said once, in BT-5. Stateless and thread-safe.
 */
public class CiiWriter {

    /** UNTDID 2379 "CCYYMMDD": the only date format of EN 16931 CII. */
    private static final String DATE_FORMAT = "102";
    /** UNTDID 4451 "AAI", general information: BT-21 of the credit note's reason note. */
    private static final String NOTE_GENERAL = "AAI";
    /** The scheme of a VAT identifier (BT-31, BT-48) in CII: "VA", VAT registration. */
    private static final String VAT_REGISTRATION = "VA";

    /** The document, UTF-8 encoded. */
    public byte[] write(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        CrossIndustryInvoiceType cii = new CrossIndustryInvoiceType();
        cii.setExchangedDocumentContext(context());
        cii.setExchangedDocument(header(invoice));
        SupplyChainTradeTransactionType transaction = new SupplyChainTradeTransactionType();
        for (InvoiceLine line : invoice.lines()) {
            transaction.addIncludedSupplyChainTradeLineItem(line(line));
        }
        transaction.setApplicableHeaderTradeAgreement(agreement(invoice));
        transaction.setApplicableHeaderTradeDelivery(delivery(invoice));
        transaction.setApplicableHeaderTradeSettlement(settlement(invoice));
        cii.setSupplyChainTradeTransaction(transaction);

        CIID16BCrossIndustryInvoiceTypeMarshaller marshaller = new CIID16BCrossIndustryInvoiceTypeMarshaller();
        // schema validation is En16931Validator's, with the rule ids; here it would only log and return null
        marshaller.setUseSchema(false);
        marshaller.setFormattedOutput(true);
        marshaller.setCharset(StandardCharsets.UTF_8);
        byte[] xml = marshaller.getAsBytes(cii);
        if (xml == null) {
            throw new IllegalStateException("JAXB could not write the CII of " + invoice.number());
        }
        return xml;
    }

    private static ExchangedDocumentContextType context() {
        ExchangedDocumentContextType context = new ExchangedDocumentContextType();
        DocumentContextParameterType guideline = new DocumentContextParameterType();
        guideline.setID(En16931Terms.SPECIFICATION);
        context.addGuidelineSpecifiedDocumentContextParameter(guideline);
        return context;
    }

    private static ExchangedDocumentType header(Invoice invoice) {
        ExchangedDocumentType document = new ExchangedDocumentType();
        document.setID(invoice.number());
        document.setTypeCode(invoice.typeCode());
        document.setIssueDateTime(dateTime(invoice.issueDate()));
        if (invoice.isCreditNote()) {
            NoteType reason = new NoteType();
            reason.addContent(text(invoice.creditReason()));
            reason.setSubjectCode(code(NOTE_GENERAL));
            document.addIncludedNote(reason);
        }
        return document;
    }

    private static SupplyChainTradeLineItemType line(InvoiceLine line) {
        SupplyChainTradeLineItemType item = new SupplyChainTradeLineItemType();
        DocumentLineDocumentType document = new DocumentLineDocumentType();
        document.setLineID(Integer.toString(line.lineNumber()));
        item.setAssociatedDocumentLineDocument(document);

        TradeProductType product = new TradeProductType();
        product.setSellerAssignedID(line.sku());
        product.addName(text(line.description()));
        item.setSpecifiedTradeProduct(product);

        LineTradeAgreementType agreement = new LineTradeAgreementType();
        TradePriceType netPrice = new TradePriceType();
        netPrice.addChargeAmount(amountOf(En16931Terms.price(line.unitPrice())));
        agreement.setNetPriceProductTradePrice(netPrice);
        item.setSpecifiedLineTradeAgreement(agreement);

        LineTradeDeliveryType delivery = new LineTradeDeliveryType();
        QuantityType quantity = new QuantityType();
        quantity.setValue(BigDecimal.valueOf(line.quantity()));
        quantity.setUnitCode(En16931Terms.UNIT_PIECE);
        delivery.setBilledQuantity(quantity);
        item.setSpecifiedLineTradeDelivery(delivery);

        LineTradeSettlementType settlement = new LineTradeSettlementType();
        TradeTaxType tax = new TradeTaxType();
        tax.setTypeCode(En16931Terms.VAT);
        tax.setCategoryCode(line.vatCategory().code());
        tax.setRateApplicablePercent(En16931Terms.rate(line.vatRate()));
        settlement.addApplicableTradeTax(tax);
        BigDecimal allowance = En16931Terms.lineAllowance(line);
        if (allowance != null) {
            TradeAllowanceChargeType discount = new TradeAllowanceChargeType();
            discount.setChargeIndicator(indicator(false));
            discount.addActualAmount(amountOf(allowance));
            discount.setReasonCode(En16931Terms.ALLOWANCE_DISCOUNT);
            discount.setReason(DocumentTexts.of(DocumentBundle.INVOICE, line.invoice().language()).text("lines.discount"));
            settlement.addSpecifiedTradeAllowanceCharge(discount);
        }
        TradeSettlementLineMonetarySummationType total = new TradeSettlementLineMonetarySummationType();
        total.addLineTotalAmount(amountOf(amount(line.netAmount())));
        settlement.setSpecifiedTradeSettlementLineMonetarySummation(total);
        item.setSpecifiedLineTradeSettlement(settlement);
        return item;
    }

    private static HeaderTradeAgreementType agreement(Invoice invoice) {
        HeaderTradeAgreementType agreement = new HeaderTradeAgreementType();
        if (invoice.buyerReference() != null) {
            agreement.setBuyerReference(invoice.buyerReference());
        }
        agreement.setSellerTradeParty(seller(invoice.seller()));
        agreement.setBuyerTradeParty(buyer(invoice));
        // BT-14: TrustDesk's own order number, which the payer sees on the order pages
        agreement.setSellerOrderReferencedDocument(reference(invoice.orderNumber()));
        if (invoice.purchaseOrderReference() != null) {
            agreement.setBuyerOrderReferencedDocument(reference(invoice.purchaseOrderReference()));
        }
        if (invoice.contractReference() != null) {
            agreement.setContractReferencedDocument(reference(invoice.contractReference()));
        }
        return agreement;
    }

    private static TradePartyType seller(Seller seller) {
        TradePartyType party = new TradePartyType();
        party.addGlobalID(id(En16931Terms.sellerIdentifier(seller)));
        party.setName(seller.name());
        if (seller.legalInfo() != null) {
            party.addDescription(text(seller.legalInfo()));
        }
        LegalOrganizationType legal = new LegalOrganizationType();
        legal.setID(id(En16931Terms.sellerLegalRegistration(seller)));
        party.setSpecifiedLegalOrganization(legal);
        TradeContactType contact = new TradeContactType();
        contact.setEmailURIUniversalCommunication(uri(seller.email()));
        party.addDefinedTradeContact(contact);
        TradeAddressType address = new TradeAddressType();
        address.setPostcodeCode(seller.postalCode());
        address.setLineOne(seller.addressLine1());
        address.setCityName(seller.city());
        address.setCountryID(seller.country().name());
        party.setPostalTradeAddress(address);
        party.addURIUniversalCommunication(electronicAddress(En16931Terms.sellerElectronicAddress(seller)));
        party.addSpecifiedTaxRegistration(vat(seller.vatNumber()));
        return party;
    }

    private static TradePartyType buyer(Invoice invoice) {
        TradePartyType party = new TradePartyType();
        party.setName(invoice.payerName());
        SchemedId registration = En16931Terms.buyerLegalRegistration(invoice);
        if (registration != null) {
            LegalOrganizationType legal = new LegalOrganizationType();
            legal.setID(id(registration));
            party.setSpecifiedLegalOrganization(legal);
        }
        Contact contact = invoice.payerContact();
        if (contact != null) {
            TradeContactType tradeContact = new TradeContactType();
            tradeContact.setPersonName(contact.name());
            if (contact.phone() != null) {
                UniversalCommunicationType phone = new UniversalCommunicationType();
                phone.setCompleteNumber(contact.phone());
                tradeContact.setTelephoneUniversalCommunication(phone);
            }
            if (contact.email() != null) {
                tradeContact.setEmailURIUniversalCommunication(uri(contact.email()));
            }
            party.addDefinedTradeContact(tradeContact);
        }
        party.setPostalTradeAddress(address(invoice.payerAddress()));
        party.addURIUniversalCommunication(electronicAddress(En16931Terms.buyerElectronicAddress(invoice)));
        String vat = En16931Terms.buyerVatIdentifier(invoice);
        if (vat != null) {
            party.addSpecifiedTaxRegistration(vat(vat));
        }
        return party;
    }

    private static TradeAddressType address(PostalAddress postal) {
        TradeAddressType address = new TradeAddressType();
        address.setPostcodeCode(postal.postalCode());
        address.setLineOne(postal.line1());
        if (postal.line2() != null) {
            address.setLineTwo(postal.line2());
        }
        address.setCityName(postal.city());
        address.setCountryID(postal.country().name());
        if (postal.province() != null) {
            address.addCountrySubDivisionName(text(postal.province()));
        }
        return address;
    }

    private static HeaderTradeDeliveryType delivery(Invoice invoice) {
        HeaderTradeDeliveryType delivery = new HeaderTradeDeliveryType();
        if (En16931Terms.intraCommunitySupply(invoice)) {
            TradePartyType shipTo = new TradePartyType();
            shipTo.setPostalTradeAddress(address(invoice.payerAddress()));
            delivery.setShipToTradeParty(shipTo);
            SupplyChainEventType delivered = new SupplyChainEventType();
            delivered.setOccurrenceDateTime(dateTime(invoice.issueDate()));
            delivery.setActualDeliverySupplyChainEvent(delivered);
        }
        return delivery;
    }

    private static HeaderTradeSettlementType settlement(Invoice invoice) {
        HeaderTradeSettlementType settlement = new HeaderTradeSettlementType();
        settlement.setInvoiceCurrencyCode(invoice.currency());
        // a credit note has no payment means (BG-16): it would name the seller's account as the
        // payee of a refund; its terms (BT-20) say how the amount comes back
        if (invoice.paymentMeansCode() != null && !invoice.isCreditNote()) {
            TradeSettlementPaymentMeansType means = new TradeSettlementPaymentMeansType();
            means.setTypeCode(invoice.paymentMeansCode());
            if (invoice.paymentMeans().byTransfer()) {
                // BT-83: the payer quotes the invoice number with the transfer, as the terms ask
                settlement.addPaymentReference(text(invoice.number()));
                CreditorFinancialAccountType account = new CreditorFinancialAccountType();
                account.setIBANID(invoice.seller().iban());
                means.setPayeePartyCreditorFinancialAccount(account);
                CreditorFinancialInstitutionType bank = new CreditorFinancialInstitutionType();
                bank.setBICID(invoice.seller().bic());
                means.setPayeeSpecifiedCreditorFinancialInstitution(bank);
            }
            settlement.addSpecifiedTradeSettlementPaymentMeans(means);
        }
        for (InvoiceVat vat : invoice.vatBreakdown()) {
            TradeTaxType tax = new TradeTaxType();
            tax.addCalculatedAmount(amountOf(amount(vat.taxAmount())));
            tax.setTypeCode(En16931Terms.VAT);
            String reason = En16931Terms.exemptionReason(vat);
            if (reason != null) {
                tax.setExemptionReason(reason);
            }
            tax.addBasisAmount(amountOf(amount(vat.taxableAmount())));
            tax.setCategoryCode(vat.category().code());
            tax.setRateApplicablePercent(En16931Terms.rate(vat.rate()));
            settlement.addApplicableTradeTax(tax);
        }
        if (invoice.paymentTerms() != null || invoice.dueDate() != null) {
            TradePaymentTermsType terms = new TradePaymentTermsType();
            if (invoice.paymentTerms() != null) {
                terms.addDescription(text(invoice.paymentTerms()));
            }
            if (invoice.dueDate() != null) {
                terms.setDueDateDateTime(dateTime(invoice.dueDate()));
            }
            settlement.addSpecifiedTradePaymentTerms(terms);
        }
        TradeSettlementHeaderMonetarySummationType totals = new TradeSettlementHeaderMonetarySummationType();
        totals.addLineTotalAmount(amountOf(amount(invoice.totalExcludingVat())));
        // no document-level allowances or charges: BT-109 = BT-106
        totals.addTaxBasisTotalAmount(amountOf(amount(invoice.totalExcludingVat())));
        AmountType vatTotal = amountOf(amount(invoice.totalVat()));
        vatTotal.setCurrencyID(invoice.currency());
        totals.addTaxTotalAmount(vatTotal);
        totals.addGrandTotalAmount(amountOf(amount(invoice.totalIncludingVat())));
        if (invoice.prepaidAmount().signum() != 0) {
            totals.addTotalPrepaidAmount(amountOf(amount(invoice.prepaidAmount())));
        }
        totals.addDuePayableAmount(amountOf(amount(invoice.amountDue())));
        if (invoice.isCreditNote() && invoice.creditedNumber() != null) {
            ReferencedDocumentType credited = reference(invoice.creditedNumber());
            if (invoice.creditedIssueDate() != null) {
                FormattedDateTimeType date = new FormattedDateTimeType();
                date.setDateTimeString(new FormattedDateTimeType.DateTimeString(
                        invoice.creditedIssueDate().format(DateTimeFormatter.BASIC_ISO_DATE)));
                date.getDateTimeString().setFormat(DATE_FORMAT);
                credited.setFormattedIssueDateTime(date);
            }
            settlement.setInvoiceReferencedDocument(credited);
        }
        settlement.setSpecifiedTradeSettlementHeaderMonetarySummation(totals);
        return settlement;
    }

    private static ReferencedDocumentType reference(String id) {
        ReferencedDocumentType document = new ReferencedDocumentType();
        document.setIssuerAssignedID(id);
        return document;
    }

    private static TaxRegistrationType vat(String number) {
        TaxRegistrationType registration = new TaxRegistrationType();
        IDType id = new IDType();
        id.setValue(number);
        id.setSchemeID(VAT_REGISTRATION);
        registration.setID(id);
        return registration;
    }

    private static UniversalCommunicationType electronicAddress(SchemedId address) {
        UniversalCommunicationType communication = new UniversalCommunicationType();
        communication.setURIID(id(address));
        return communication;
    }

    private static UniversalCommunicationType uri(String value) {
        UniversalCommunicationType communication = new UniversalCommunicationType();
        communication.setURIID(value);
        return communication;
    }

    private static IDType id(SchemedId schemed) {
        IDType id = new IDType();
        id.setValue(schemed.value());
        id.setSchemeID(schemed.scheme());
        return id;
    }

    private static DateTimeType dateTime(LocalDate date) {
        DateTimeType dateTime = new DateTimeType();
        dateTime.setDateTimeString(new DateTimeType.DateTimeString(date.format(DateTimeFormatter.BASIC_ISO_DATE)));
        dateTime.getDateTimeString().setFormat(DATE_FORMAT);
        return dateTime;
    }

    private static AmountType amountOf(BigDecimal value) {
        AmountType amount = new AmountType();
        amount.setValue(value);
        return amount;
    }

    private static IndicatorType indicator(boolean value) {
        IndicatorType indicator = new IndicatorType();
        indicator.setIndicator(Boolean.valueOf(value));
        return indicator;
    }

    private static CodeType code(String value) {
        CodeType code = new CodeType();
        code.setValue(value);
        return code;
    }

    private static TextType text(String value) {
        TextType text = new TextType();
        text.setValue(value);
        return text;
    }
}
