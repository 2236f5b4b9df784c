package eu.trustdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Client of the test-only {@code ShopDriverServlet}: calls the shop's boundaries as a signed-in
 * demo account over plain HTTP (thread-safe, so tests can place many orders at once).
 */
public final class ShopDriver {

    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ShopDriver(URL base) {
        this.base = base;
    }

    /** {@code path} with its parameters, as {@code user} (demo password); the answer's text. */
    public String call(String user, String path, Map<String, String> parameters) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("user", user);
        all.put("password", DemoAccounts.PASSWORD);
        String query = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "test/shop/" + path + "?" + query))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().strip();
    }

    /** The id of one of {@code user}'s organisations, by name. */
    public String organisationOf(String user, String name) throws Exception {
        return call(user, "organisations", Map.of()).lines().filter(l -> l.endsWith(" " + name))
                .map(l -> l.substring(0, l.indexOf(' '))).findFirst().orElseThrow();
    }
}
