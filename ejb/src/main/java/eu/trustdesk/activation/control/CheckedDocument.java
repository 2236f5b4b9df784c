package eu.trustdesk.activation.control;

/**
 * An uploaded file that passed {@link IdentityDocumentCheck}.
 *
 * @param contentType what the content is (recognised from its bytes): image/jpeg, image/png or application/pdf
 * @param width  pixels across, null for a PDF
 * @param height pixels down, null for a PDF
 */
public record CheckedDocument(String contentType, Integer width, Integer height) {
}
