package eu.trustdesk.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor talking HTTP to TrustDesk: keeps its cookies, follows no redirect by itself (tests
 * look at them), and submits JSF forms with the view state of the page it last read.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's script nonce: PrimeFaces' CSP mode wants it back with every postback, as its script sends it. */
    private static final Pattern HIDDEN_INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final String acceptLanguage;
    private HttpResponse<String> last;
    /** The client address a trusted proxy would name in X-Forwarded-For, or null for none. */
    private String forwardedFor;

    public WebSession(URI base, String acceptLanguage) {
        this.base = base;
        this.acceptLanguage = acceptLanguage;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Every later request arrives as if through the reverse proxy the tests play (127.0.0.1 is a
     * trusted proxy in the test domain) on behalf of {@code clientAddress}: limits per address then
     * apply to that address, not to every test at once.
     */
    public WebSession from(String clientAddress) {
        this.forwardedFor = clientAddress;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** GET of a document (PDF, XML, CSV, zip): its bytes as they were sent. */
    public HttpResponse<byte[]> download(String path) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", acceptLanguage)
                    .timeout(Duration.ofSeconds(60)).GET();
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET, following redirects within the application, as a browser would. */
    public HttpResponse<String> open(String path) {
        HttpResponse<String> response = get(path);
        for (int i = 0; i < 5 && response.statusCode() / 100 == 3; i++) {
            response = get(response.headers().firstValue("Location").orElseThrow());
        }
        return response;
    }

    /** Submits the form {@code formId} of the last page read, with the given field values. */
    public HttpResponse<String> submit(String formId, String button, Map<String, String> fields) {
        return submit(formId, button, fields, Map.of());
    }

    /**
     * Submits a form with, besides its fields, request parameters of our own ({@code raw}, not
     * prefixed by the form id): what someone tampering with a request would add.
     */
    public HttpResponse<String> submit(String formId, String button, Map<String, String> fields,
            Map<String, String> raw) {
        Matcher matcher = VIEW_STATE.matcher(last.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No JSF view state on " + last.uri());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.putAll(plainHiddenInputs(last.body(), formId));
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", matcher.group(1));
        Matcher nonce = NONCE.matcher(last.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        form.putAll(raw);
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(last.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Signs in through the login page; returns the answer to the login form (a redirect when it
     * worked). A demo staff account answers the second step too, with the code of the published demo
     * secret ({@link DemoAccounts#TOTP_SECRET}): then the answer is the code form's.
     */
    public HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> answer = passwordStep(email, password);
        return DemoAccounts.isStaff(email) ? secondStep(answer, DemoAccounts.currentCode()) : answer;
    }

    /** The first step alone: the login form with the password (a redirect to the code page for an account with a second factor). */
    public HttpResponse<String> passwordStep(String email, String password) {
        open("login.xhtml");
        return submit("login", "submit", Map.of("email", email, "password", password));
    }

    /**
     * Answers the code page that {@code passwordAnswer} redirected to with {@code code} (of the app or
     * a recovery code), and returns the answer to the code form; {@code passwordAnswer} itself when it
     * did not ask for a code.
     */
    public HttpResponse<String> secondStep(HttpResponse<String> passwordAnswer, String code) {
        String location = passwordAnswer.headers().firstValue("Location").orElse("");
        if (passwordAnswer.statusCode() != 302 || !location.contains("login-code.xhtml")) {
            return passwordAnswer;
        }
        open(location);
        return submit("code", "submit", Map.of("code", code));
    }

    /** POSTs a form body of our own to {@code path}, with this session's cookies: what a forged request looks like. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            request.header("Accept-Language", acceptLanguage).timeout(Duration.ofSeconds(60));
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            last = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return last;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hidden inputs a page writes into a form by hand ({@code <input type="hidden" name="sku">}),
     * which a browser sends with the form's own fields.
     */
    private static Map<String, String> plainHiddenInputs(String page, String formId) {
        Map<String, String> inputs = new LinkedHashMap<>();
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL)
                .matcher(page);
        if (form.find()) {
            Matcher input = HIDDEN_INPUT.matcher(form.group());
            while (input.find()) {
                if (!input.group(1).startsWith(formId) && !input.group(1).startsWith("jakarta.faces.")) {
                    inputs.put(input.group(1), input.group(2));
                }
            }
        }
        return inputs;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
