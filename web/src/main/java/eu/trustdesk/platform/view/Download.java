package eu.trustdesk.platform.view;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One file sent to the browser, the same way for every download of the application: its type, a
 * file name the browser keeps as typed, never stored by a cache on the way ({@code no-store}: an
 * invoice or an identity document must not outlive the session on a shared computer), never
 * sniffed into something else ({@code nosniff}), and its length when it is known. The
 * {@link SecurityHeadersFilter} already sends the first two on private paths; a download says them
 * itself so that a file served under a new path is not cached or sniffed either.
 *
 * <p>The file name goes out twice (RFC 6266): as plain ASCII in {@code filename}, for the few
 * clients that read nothing else, and as UTF-8 in {@code filename*} (RFC 5987), which every current
 * browser prefers, so "Facture Société Ærø 2026.pdf" is saved under that very name. Both are
 * cleaned of path separators, quotes and control characters first: a name comes from the user
 * (the scan of a purchase order) and must not steer where the file lands or break the header.
 */
public final class Download {

    /** Writes a body whose length is not known before (a CSV streamed as it is read). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static final String PDF = "application/pdf";

    private final String fileName;
    private final String contentType;
    private final byte[] bytes;
    private final Body body;
    private final boolean inline;

    private Download(String fileName, String contentType, byte[] bytes, Body body, boolean inline) {
        this.fileName = safeName(fileName);
        this.contentType = contentType;
        this.bytes = bytes;
        this.body = body;
        this.inline = inline;
    }

    /** {@code content} as a file to save; {@code null} content is a file that does not exist (404). */
    public static Download of(String fileName, String contentType, byte[] content) {
        return new Download(fileName, contentType, content, null, false);
    }

    public static Download pdf(String fileName, byte[] content) {
        return of(fileName, PDF, content);
    }

    /** A file written as it is produced, without a {@code Content-Length}. */
    public static Download streamed(String fileName, String contentType, Body body) {
        return new Download(fileName, contentType, null, body, false);
    }

    /** The same file, to be shown by the browser (an image preview) rather than saved. */
    public Download inline() {
        return new Download(fileName, contentType, bytes, body, true);
    }

    public boolean exists() {
        return bytes != null || body != null;
    }

    public String fileName() {
        return fileName;
    }

    /** The headers of the response, in the order they are set. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Content-Disposition", contentDisposition());
        headers.put("Cache-Control", "private, no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        if (bytes != null) {
            headers.put("Content-Length", Integer.toString(bytes.length));
        }
        return headers;
    }

    /** Sends the file, or 404 when it does not exist. */
    public void sendTo(HttpServletResponse response) throws IOException {
        if (!exists()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(contentType);
        headers().forEach((name, value) -> {
            if (!"Content-Type".equals(name) && !"Content-Length".equals(name)) {
                response.setHeader(name, value);
            }
        });
        if (bytes != null) {
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } else {
            OutputStream out = response.getOutputStream();
            body.writeTo(out);
            out.flush();
        }
    }

    String contentDisposition() {
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''"
                + percentEncoded(fileName);
    }

    /** The name without any folder, quotes or control characters; never empty. */
    static String safeName(String name) {
        String last = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        last.codePoints().forEach(c -> {
            if (!Character.isISOControl(c) && c != '"' && c != ';' && c != '%' && Character.isDefined(c)) {
                clean.appendCodePoint(c);
            }
        });
        String trimmed = clean.toString().strip();
        return trimmed.isEmpty() || trimmed.chars().allMatch(c -> c == '.') ? "download" : trimmed;
    }

    /** Accents dropped ("é" → "e"), anything else outside printable ASCII → "_". */
    static String ascii(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
