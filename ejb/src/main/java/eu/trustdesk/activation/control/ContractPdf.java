package eu.trustdesk.activation.control;

import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.ApplicantPerson;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.platform.document.PdfDocument;
import eu.trustdesk.shared.Language;
import java.text.MessageFormat;
import eu.trustdesk.shared.Formats;
import java.util.ResourceBundle;

/**
 * The contract documents of an activation request (general conditions, service conditions,
 * privacy notice) in the applicant's language, filled with the holder's and applicant's data.
 */
public final class ContractPdf {

    static final String BUNDLE = "eu.trustdesk.activation.texts";

    public byte[] render(ActivationRequest request, ContractKind kind, Language language) {
        ResourceBundle t = ResourceBundle.getBundle(BUNDLE, language.locale(), ContractPdf.class.getClassLoader());
        String title = t.getString("contract." + kind.name() + ".title");
        PdfDocument pdf = new PdfDocument(title);
        pdf.heading(title);
        pdf.paragraph(MessageFormat.format(t.getString("contract.version"), kind.version()));
        pdf.subheading(t.getString("contract.holder"));
        pdf.keyValue(t.getString("contract.holder.name"), request.holderName());
        pdf.keyValue(t.getString("contract.holder.type"), t.getString("holderType." + request.holderType().name()));
        pdf.keyValue(t.getString("contract.holder.country"), t.getString("country." + request.holderCountry().name()));
        LegalIdentity id = request.holderIdentity();
        if (id != null) {
            optional(pdf, "SIRET", id.siret());
            optional(pdf, t.getString("contract.holder.vat"), id.vatNumber());
            optional(pdf, t.getString("contract.holder.taxCode"), id.taxCode());
            optional(pdf, "SDI", id.sdiCode());
            optional(pdf, "PEC", id.pec());
            optional(pdf, "IPA", id.ipaCode());
        }
        ApplicantPerson a = request.applicant();
        if (a != null) {
            pdf.subheading(t.getString("contract.applicant"));
            pdf.keyValue(t.getString("contract.applicant.name"), a.firstName() + " " + a.lastName());
            pdf.keyValue(t.getString("contract.applicant.birth"),
                    Formats.of(language).date(a.birthDate()) + ", " + a.birthPlace());
            optional(pdf, t.getString("contract.holder.taxCode"), a.taxCode());
            pdf.keyValue(t.getString("contract.applicant.email"), a.email());
        }
        pdf.subheading(t.getString("contract.service"));
        pdf.keyValue(t.getString("contract.service.product"), request.productName());
        pdf.keyValue(t.getString("contract.service.order"), request.orderNumber());
        pdf.subheading(t.getString("contract.terms"));
        pdf.paragraph(t.getString("contract." + kind.name() + ".text"));
        return pdf.toBytes();
    }

    private static void optional(PdfDocument pdf, String label, String value) {
        if (value != null && !value.isBlank()) {
            pdf.keyValue(label, value);
        }
    }
}
