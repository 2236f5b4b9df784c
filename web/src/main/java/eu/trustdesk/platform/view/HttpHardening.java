package eu.trustdesk.platform.view;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The decisions behind {@link SecurityHeadersFilter} and {@link SessionCookieSecurity}, kept apart
 * from the servlet API so that they are tested without a server.
 */
public final class HttpHardening {

    /** One year, subdomains included: what browsers require before they trust HSTS for long. */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    /**
     * Areas whose every response is someone's data: pages of the customer and partner areas, the
     * console and the account, every document served under them (invoices, purchase orders,
     * quotes, delivery notes, voucher CSV/PDF, activation files, Chorus Pro flows) and the
     * partner API.
     */
    private static final Set<String> PRIVATE_PREFIXES = Set.of("/customer/", "/partner/", "/console/", "/account/",
            "/api/");
    /** Style sheets, scripts and images of JSF and PrimeFaces: the same for everyone, cacheable. */
    private static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

    /** An IPv4 or IPv6 literal as proxies write them, nothing that could smuggle markup into a log. */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private HttpHardening() {
    }

    /**
     * Whether a response must not be stored by the browser nor any cache on the way: anything in a
     * private area, and any page shown to a signed-in person (the catalogue shows their name and
     * cart), but not the static resources every page shares.
     *
     * @param path the request's path inside the application (servlet path plus path info)
     */
    public static boolean privateResponse(String path, boolean signedIn) {
        if (path == null) {
            return signedIn;
        }
        if (path.startsWith(STATIC_RESOURCES)) {
            return false;
        }
        return signedIn || PRIVATE_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /**
     * Whether the browser reached us over HTTPS: directly ({@code secure}), or through a
     * TLS-terminating proxy whose address is trusted and that says so in
     * {@code X-Forwarded-Proto}. The header of anyone else is ignored: it is only a claim.
     */
    public static boolean overHttps(boolean secure, String remoteAddress, String forwardedProto,
            Set<String> trustedProxies) {
        if (secure) {
            return true;
        }
        return forwardedProto != null && remoteAddress != null && trustedProxies.contains(remoteAddress)
                && "https".equals(forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The address of the person behind a request. Behind a reverse proxy every request comes from
     * the proxy, so a limit per address (failed logins, discount codes, voucher redemptions) would
     * hold back every customer at once. When the request comes from a trusted proxy, the client is
     * the last address of {@code X-Forwarded-For} that is not itself a trusted proxy: entries to
     * its left were written by the client and are only claims. Anyone else's header is ignored.
     */
    public static String clientAddress(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (remoteAddress == null || forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!ADDRESS_LITERAL.matcher(hop).matches()) {
                // a garbled entry: nothing to its left can be believed either
                return remoteAddress;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    /** {@code "10.0.0.5, 127.0.0.1"} → the set of addresses (blank entries dropped). */
    public static Set<String> addresses(String commaSeparated) {
        if (commaSeparated == null) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the session cookie must always be marked Secure: when the public address is HTTPS,
     * the application is served over TLS even if a proxy forwards plain HTTP to Payara (which
     * then marks it Secure only for requests it received over TLS itself).
     */
    public static boolean secureSessionCookie(String baseUrl) {
        return baseUrl != null && baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
