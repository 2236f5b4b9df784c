package eu.trustdesk.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.trustdesk.testing.DemoAccounts;
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

/** Client of the test-only {@link ProcurementDriverServlet}, as a demo account (thread-safe). */
final class ProcurementDriver {

    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ProcurementDriver(URL base) {
        this.base = base;
    }

    /** {@code path} with its parameters, as {@code user}; the answer's text. */
    String call(String user, String path, Map<String, String> parameters) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("user", user);
        all.put("password", DemoAccounts.PASSWORD);
        String query = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "test/procurement/" + path
                + "?" + query)).timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().strip();
    }

    /** The id of one of the demo buyer's organisations, by name. */
    String organisationOf(String user, String name) throws Exception {
        return call(user, "organisations", Map.of()).lines().filter(l -> l.endsWith(" " + name))
                .map(l -> l.substring(0, l.indexOf(' '))).findFirst().orElseThrow();
    }
}
