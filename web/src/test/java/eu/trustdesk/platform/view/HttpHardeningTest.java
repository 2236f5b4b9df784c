package eu.trustdesk.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which responses are private, when the browser came over HTTPS, when the session cookie is Secure. */
class HttpHardeningTest {

    @Test
    void everyDownloadAndPageOfThePrivateAreasIsPrivate() {
        for (String path : new String[] {"/customer/documents/invoice/42", "/customer/procurement/quote/7",
                "/console/documents/purchase-order/12", "/console/procurement/delivery-note/3",
                "/partner/vouchers/download/5/csv", "/partner/vouchers/download/5/pdf",
                "/customer/activation-files/9/document/1", "/console/chorus-flows/4",
                "/console/orders.xhtml", "/account/profile.xhtml", "/api/partner/v1/voucher-orders"}) {
            assertTrue(HttpHardening.privateResponse(path, false), path);
        }
    }

    @Test
    void publicPagesAreCacheableUntilSomeoneSignsIn() {
        assertFalse(HttpHardening.privateResponse("/index.xhtml", false));
        assertFalse(HttpHardening.privateResponse("/terms-of-sale.pdf", false));
        assertTrue(HttpHardening.privateResponse("/index.xhtml", true), "the catalogue shows the signed-in name");
        assertFalse(HttpHardening.privateResponse("/jakarta.faces.resource/theme.css.xhtml", true),
                "static resources stay cacheable");
    }

    @Test
    void httpsIsDirectOrClaimedByATrustedProxyOnly() {
        Set<String> proxies = HttpHardening.addresses(" 10.0.0.5 , 127.0.0.1,");
        assertEquals(Set.of("10.0.0.5", "127.0.0.1"), proxies);
        assertTrue(HttpHardening.overHttps(true, "203.0.113.9", null, proxies));
        assertTrue(HttpHardening.overHttps(false, "10.0.0.5", "https", proxies));
        assertTrue(HttpHardening.overHttps(false, "10.0.0.5", "HTTPS, http", proxies), "the first hop is the client's");
        assertFalse(HttpHardening.overHttps(false, "10.0.0.5", "http", proxies));
        assertFalse(HttpHardening.overHttps(false, "203.0.113.9", "https", proxies), "anyone can send the header");
        assertFalse(HttpHardening.overHttps(false, "127.0.0.1", "https", Set.of()), "no proxy trusted by default");
    }

    @Test
    void theClientIsTheLastAddressNoTrustedProxyWrote() {
        Set<String> proxies = Set.of("10.0.0.5", "10.0.0.6");
        // straight from the Internet: the peer, whatever it claims
        assertEquals("203.0.113.9", HttpHardening.clientAddress("203.0.113.9", "198.51.100.1", proxies));
        // through one proxy
        assertEquals("198.51.100.7", HttpHardening.clientAddress("10.0.0.5", "198.51.100.7", proxies));
        // the client put an address of its choice first; only the proxy's own entry is believed
        assertEquals("198.51.100.7",
                HttpHardening.clientAddress("10.0.0.5", "192.0.2.66, 198.51.100.7", proxies));
        // two proxies in a row, IPv6 client
        assertEquals("2001:db8::17",
                HttpHardening.clientAddress("10.0.0.5", "2001:db8::17, 10.0.0.6", proxies));
        // no header, an empty one, or a garbled entry: the proxy itself
        assertEquals("10.0.0.5", HttpHardening.clientAddress("10.0.0.5", null, proxies));
        assertEquals("10.0.0.5", HttpHardening.clientAddress("10.0.0.5", "", proxies));
        assertEquals("10.0.0.5", HttpHardening.clientAddress("10.0.0.5", "198.51.100.7, <script>", proxies));
        assertEquals("10.0.0.5", HttpHardening.clientAddress("10.0.0.5", "10.0.0.6", proxies));
    }

    @Test
    void theSessionCookieIsSecureWhenThePublicAddressIsHttps() {
        assertTrue(HttpHardening.secureSessionCookie("https://trustdesk.example.fr/"));
        assertTrue(HttpHardening.secureSessionCookie(" HTTPS://trustdesk.example.it/"));
        assertFalse(HttpHardening.secureSessionCookie("http://localhost:8080/"));
        assertFalse(HttpHardening.secureSessionCookie(null));
    }
}
