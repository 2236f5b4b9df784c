package eu.trustdesk.ordering.control;

import eu.trustdesk.platform.document.PdfDocument;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.shared.Language;

/**
 * The current terms of sale, versioned: the version accepted is recorded on each order. When the
 * text changes (documents bundles, keys terms.*), the version changes here.
 */
public final class TermsOfSale {

    public static final String CURRENT_VERSION = "2026-03";
    private static final int ARTICLES = 7;

    private TermsOfSale() {
    }

    /** The terms as the PDF the buyer reads and accepts. */
    public static byte[] pdf(Language language) {
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.SHOP, language);
        PdfDocument pdf = new PdfDocument(texts.text("terms.title"))
                .heading(texts.text("terms.title"))
                .paragraph(texts.text("terms.version", CURRENT_VERSION));
        for (int article = 1; article <= ARTICLES; article++) {
            pdf.paragraph(texts.text("terms." + article));
        }
        return pdf.toBytes();
    }
}
