package eu.trustdesk.procurement;


import eu.trustdesk.account.boundary.Authentication;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.ordering.boundary.CartLine;
import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.procurement.boundary.PurchaseOrderForm;
import eu.trustdesk.procurement.boundary.QuoteDesk;
import eu.trustdesk.procurement.boundary.QuoteRequest;
import eu.trustdesk.procurement.boundary.Quotes;
import eu.trustdesk.procurement.entity.DeliveryNote;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.testing.DriverSignIn;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Test-only: lets the integration tests drive the procurement boundaries as a signed-in demo
 * account over plain HTTP, many at once. Deployed only in the test EAR. Each request signs in
 * with {@code user} and {@code password}, then:
 * <ul>
 * <li>{@code /test/procurement/organisations}: the caller's organisations, {@code id name} per line;</li>
 * <li>{@code /quote?org=&cart=SKU:years:qty,...}: {@code OK id number} or {@code REFUSED key};</li>
 * <li>{@code /preorder?quote=}: {@code OK} or {@code REFUSED key};</li>
 * <li>{@code /record-po?quote=&number=&signatory=&original=&scan=} (accountant): {@code OK orderNumber};</li>
 * <li>{@code /ship?quote=&carrier=&tracking=} (accountant): {@code OK noteNumber invoiceNumber};</li>
 * <li>{@code /expiry/start?itemCount=}, {@code /expiry/stop?execution=}, {@code /expiry/restart?execution=},
 *     {@code /expiry/status?execution=}: the quote-expiry job through the job operator.</li>
 * </ul>
 */
@WebServlet("/test/procurement/*")
public class ProcurementDriverServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    /** Only for the first step of demo staff accounts (constants of DemoAccounts, inlined: the class is not deployed). */
    @EJB
    private Authentication authentication;

    @EJB
    private Quotes quotes;

    @EJB
    private QuoteDesk desk;

    @EJB
    private MyOrganisations organisations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!DriverSignIn.signIn(security, authentication, request, response)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            JobOperator jobs = BatchRuntime.getJobOperator();
            String answer = switch (request.getPathInfo()) {
                case "/organisations" -> String.join("\n", organisations.list().stream()
                        .map(o -> o.id() + " " + o.name()).toList());
                case "/quote" -> {
                    QuoteRequest quoteRequest = new QuoteRequest();
                    quoteRequest.setOrganisationId(Long.valueOf(request.getParameter("org")));
                    quoteRequest.setPhone("+33 4 72 00 00 00");
                    Quote quote = quotes.request(cart(request), quoteRequest, Language.FR);
                    yield "OK " + quote.id() + " " + quote.number();
                }
                case "/preorder" -> {
                    quotes.preOrder(Long.parseLong(request.getParameter("quote")));
                    yield "OK";
                }
                case "/record-po" -> {
                    PurchaseOrderForm form = new PurchaseOrderForm();
                    form.setNumber(request.getParameter("number"));
                    form.setDate(LocalDate.now());
                    form.setSignatory(request.getParameter("signatory"));
                    form.setOriginalConfirmed(Boolean.parseBoolean(request.getParameter("original")));
                    if (Boolean.parseBoolean(request.getParameter("scan"))) {
                        form.scan("bon-de-commande.pdf", "%PDF-1.4 scan".getBytes(StandardCharsets.US_ASCII));
                    }
                    yield "OK " + desk.recordPurchaseOrder(Long.parseLong(request.getParameter("quote")), form);
                }
                case "/ship" -> {
                    DeliveryNote note = desk.ship(Long.parseLong(request.getParameter("quote")),
                            request.getParameter("carrier"), request.getParameter("tracking"));
                    yield "OK " + note.number() + " " + note.invoiceNumber();
                }
                case "/expiry/start" -> {
                    Properties parameters = new Properties();
                    if (request.getParameter("itemCount") != null) {
                        parameters.setProperty("itemCount", request.getParameter("itemCount"));
                    }
                    yield String.valueOf(jobs.start("quote-expiry", parameters));
                }
                case "/expiry/stop" -> {
                    jobs.stop(Long.parseLong(request.getParameter("execution")));
                    yield "OK";
                }
                case "/expiry/restart" -> String.valueOf(jobs.restart(Long.parseLong(request.getParameter("execution")),
                        new Properties()));
                case "/expiry/status" -> jobs.getJobExecution(Long.parseLong(request.getParameter("execution")))
                        .getBatchStatus().name();
                default -> "UNKNOWN";
            };
            response.getWriter().print(answer);
        } catch (BusinessException e) {
            response.getWriter().print("REFUSED " + e.messageKey());
        }
    }

    private static List<CartLine> cart(HttpServletRequest request) {
        List<CartLine> cart = new ArrayList<>();
        for (String line : request.getParameter("cart").split(",")) {
            String[] parts = line.split(":");
            cart.add(new CartLine(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        return cart;
    }
}
