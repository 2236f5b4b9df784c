package eu.trustdesk.shared;

import java.util.Optional;

/**
 * The type of an uploaded document, recognised from its first bytes (its "magic number"), never
 * from its name or the type the browser claims: both are whatever the sender says, and a file
 * stored or mailed as a PDF must be one.
 */
public final class FileSignature {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";

    private FileSignature() {
    }

    /** PDF, JPEG or PNG by their signatures; empty for anything else. */
    public static Optional<String> of(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** The usual file extension of a type {@link #of} recognises. */
    public static String extension(String type) {
        return switch (type) {
            case JPEG -> ".jpg";
            case PNG -> ".png";
            default -> ".pdf";
        };
    }
}
