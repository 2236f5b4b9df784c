package eu.trustdesk.platform.view;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a download's address says: the part after the servlet's own path, in segments
 * ({@code /invoice/42} → {@code invoice}, {@code 42}), and whether it was asked for from the
 * back-office console. A wrong number of segments or an id that is not a number of ours throws
 * {@link NotFound}, which {@link DownloadServlet} answers with 404.
 */
public final class DownloadPath {

    /** Up to 18 digits: every positive {@code long} id, and no overflow. */
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final List<String> segments;
    private final boolean console;
    private final HttpServletRequest request;

    private DownloadPath(List<String> segments, boolean console, HttpServletRequest request) {
        this.segments = segments;
        this.console = console;
        this.request = request;
    }

    public static DownloadPath of(HttpServletRequest request) {
        return new DownloadPath(segments(request.getPathInfo()), request.getServletPath().startsWith("/console"),
                request);
    }

    static List<String> segments(String pathInfo) {
        return pathInfo == null || pathInfo.length() < 2 ? List.of() : Arrays.asList(pathInfo.substring(1).split("/", -1));
    }

    /** The segments, when there are exactly {@code count} of them. */
    public DownloadPath expect(int count) {
        if (segments.size() != count) {
            throw new NotFound();
        }
        return this;
    }

    public String segment(int index) {
        if (index >= segments.size()) {
            throw new NotFound();
        }
        return segments.get(index);
    }

    /** Segment {@code index} as an id. */
    public long id(int index) {
        return id(segment(index));
    }

    public static long id(String text) {
        if (text == null || !ID.matcher(text).matches()) {
            throw new NotFound();
        }
        return Long.parseLong(text);
    }

    /** Asked for from {@code /console/...} (back office) rather than the customer area. */
    public boolean console() {
        return console;
    }

    /** The servlet path the request came in by ({@code /terms-of-sale.pdf}, {@code /customer/documents}). */
    public String servletPath() {
        return request.getServletPath();
    }

    public String parameter(String name) {
        return request.getParameter(name);
    }

    /** The address names no file. */
    public static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound() {
            super(null, null, false, false);
        }
    }
}
