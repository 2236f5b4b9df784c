package eu.trustdesk.activation;

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

/** Client of the test-only {@link ActivationDriverServlet}. */
final class ActivationDriver {

    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ActivationDriver(URL base) {
        this.base = base;
    }

    String call(String user, String step, long request, Map<String, String> parameters) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("user", user);
        all.put("password", DemoAccounts.PASSWORD);
        all.put("request", String.valueOf(request));
        String query = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "test/activation/" + step
                + "?" + query)).timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().strip();
    }

    String call(String user, String step, long request) throws Exception {
        return call(user, step, request, Map.of());
    }
}
