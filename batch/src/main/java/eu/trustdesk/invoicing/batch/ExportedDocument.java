package eu.trustdesk.invoicing.batch;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One invoice's EN 16931 document, valid, on its way from the processor to the writer.
 *
 * @param fileName the entry name in the flow's zip: the invoice number and {@code .xml}
 * @param sha256 of {@code xml}, lower-case hex, as the manifest lists it
 */
public record ExportedDocument(long invoiceId, String number, String fileName, byte[] xml, String sha256)
        implements Serializable {

    public ExportedDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static ExportedDocument of(long invoiceId, String number, byte[] xml) {
        return new ExportedDocument(invoiceId, number, safeFileName(number) + ".xml", xml, sha256(xml));
    }

    /** Invoice numbers are {@code FA-2026-000123}; anything else is replaced so no entry escapes the zip. */
    static String safeFileName(String number) {
        return number.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
