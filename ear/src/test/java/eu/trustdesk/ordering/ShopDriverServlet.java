package eu.trustdesk.ordering;


import eu.trustdesk.account.boundary.Authentication;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.ordering.boundary.CartLine;
import eu.trustdesk.ordering.boundary.Checkout;
import eu.trustdesk.ordering.boundary.CheckoutForm;
import eu.trustdesk.ordering.boundary.CouponForm;
import eu.trustdesk.ordering.boundary.Coupons;
import eu.trustdesk.ordering.boundary.PrepaidAccounts;
import eu.trustdesk.shared.pricing.Discount;
import java.math.BigDecimal;
import java.time.LocalDate;
import eu.trustdesk.ordering.boundary.OrderDesk;
import eu.trustdesk.ordering.boundary.OrderReceipt;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.organisation.boundary.AddressForm;
import eu.trustdesk.organisation.boundary.ContactForm;
import eu.trustdesk.organisation.boundary.IdentityForm;
import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.testing.DriverSignIn;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: lets the integration tests drive the real checkout boundary as a signed-in customer
 * over plain HTTP, many at once, without a browser. Deployed only in the test EAR
 * ({@code TrustDeskEar.withTestClasses}). Each request signs in through Jakarta Security with
 * the given account, then:
 * <ul>
 * <li>{@code /test/shop/organisation?name=}: creates a French company for the caller, answers its id;</li>
 * <li>{@code /test/shop/order?org=&cart=SKU:years:qty,...&mode=&coupon=&service=&commitment=}:
 *     submits an order (service code and commitment number only for an administrative mandate),
 *     answers {@code OK number status total} or {@code REFUSED messageKey};</li>
 * <li>{@code /test/shop/pay?order=NUMBER&amount=&day=yyyy-mm-dd&reference=} (an accountant): records a
 *     payment received through the order desk; {@code amount} defaults to what remains, {@code day}
 *     to today; answers {@code PAID}, {@code PARTIAL remaining} or {@code REFUSED messageKey};</li>
 * <li>{@code /test/shop/cancel?order=NUMBER&reason=} (an accountant): cancels the order; {@code OK}.</li>
 * <li>{@code /test/shop/coupon?code=&limit=&value=&perCustomer=}: creates a percentage coupon valid
 *     today (10 % unless {@code value} says otherwise), as an administrator.</li>
 * </ul>
 */
@WebServlet("/test/shop/*")
public class ShopDriverServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    /** Only for the first step of demo staff accounts (constants of DemoAccounts, inlined: the class is not deployed). */
    @EJB
    private Authentication authentication;

    @EJB
    private Checkout checkout;

    @EJB
    private MyOrganisations organisations;

    @EJB
    private PrepaidAccounts prepaid;

    @EJB
    private Coupons coupons;

    @EJB
    private OrderDesk orderDesk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!DriverSignIn.signIn(security, authentication, request, response)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        try {
            String answer = switch (request.getPathInfo()) {
                case "/organisation" -> organisation(request.getParameter("name"));
                case "/order" -> order(request);
                case "/price" -> checkout.price(cart(request), request.getParameter("coupon"), Language.FR)
                        .totalIncludingVat().toPlainString();
                case "/topup" -> {
                    prepaid.topUp(Long.parseLong(request.getParameter("org")), new BigDecimal(request.getParameter("amount")),
                            "test top-up");
                    yield "OK";
                }
                case "/coupon" -> {
                    CouponForm coupon = new CouponForm();
                    coupon.setCode(request.getParameter("code"));
                    coupon.setKind(Discount.Kind.PERCENT);
                    coupon.setValue(new BigDecimal(request.getParameter("value") == null ? "10"
                            : request.getParameter("value")));
                    coupon.setValidFrom(LocalDate.now().minusDays(1));
                    coupon.setValidUntil(LocalDate.now().plusDays(30));
                    coupon.setUsageLimit(Integer.valueOf(request.getParameter("limit")));
                    if (request.getParameter("perCustomer") != null) {
                        coupon.setPerCustomerLimit(Integer.valueOf(request.getParameter("perCustomer")));
                    }
                    coupons.create(coupon);
                    yield "OK";
                }
                case "/pay" -> pay(request);
                case "/cancel" -> {
                    orderDesk.cancel(orderId(request.getParameter("order")), request.getParameter("reason"));
                    yield "OK";
                }
                case "/organisations" -> String.join("\n", organisations.list().stream()
                        .map(o -> o.id() + " " + o.name()).toList());
                default -> "UNKNOWN";
            };
            response.getWriter().print(answer);
        } catch (BusinessException e) {
            response.getWriter().print("REFUSED " + e.messageKey());
        }
    }

    private String organisation(String name) {
        IdentityForm form = new IdentityForm();
        form.setName(name);
        form.setHolderType(HolderType.COMPANY);
        form.setCountry(Country.FR);
        form.setSiret("81234567600017");
        Organisation created = organisations.create(form);
        AddressForm address = new AddressForm();
        address.setLine1("1 rue du Test");
        address.setPostalCode("75001");
        address.setCity("Paris");
        address.setCountry(Country.FR);
        ContactForm contact = new ContactForm();
        contact.setName("Test Contact");
        organisations.changeQuoteHeader(created.id(), address, contact);
        return String.valueOf(created.id());
    }

    private long orderId(String number) {
        return orderDesk.search(new OrderDesk.OrderFilter(null, null, null, null, number), 0, 5).stream()
                .filter(o -> o.number().equals(number)).findFirst().orElseThrow().id();
    }

    private String pay(HttpServletRequest request) {
        String number = request.getParameter("order");
        CustomerOrder order = orderDesk.get(orderId(number));
        BigDecimal amount = request.getParameter("amount") == null ? order.amountRemaining()
                : new BigDecimal(request.getParameter("amount"));
        LocalDate day = request.getParameter("day") == null ? LocalDate.now(BusinessCalendar.ZONE)
                : LocalDate.parse(request.getParameter("day"));
        String reference = request.getParameter("reference") == null ? "VIR " + number : request.getParameter("reference");
        if (orderDesk.recordPayment(order.id(), amount, day, reference)) {
            return "PAID";
        }
        return "PARTIAL " + orderDesk.get(order.id()).amountRemaining().toPlainString();
    }

    private static List<CartLine> cart(HttpServletRequest request) {
        List<CartLine> cart = new ArrayList<>();
        for (String line : request.getParameter("cart").split(",")) {
            String[] parts = line.split(":");
            cart.add(new CartLine(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        return cart;
    }

    private String order(HttpServletRequest request) {
        List<CartLine> cart = cart(request);
        CheckoutForm form = new CheckoutForm();
        form.setBuyerOrganisationId(Long.valueOf(request.getParameter("org")));
        form.setApplicantFirstName("Test");
        form.setApplicantLastName("Applicant");
        form.setApplicantEmail(request.getParameter("applicant") == null ? request.getParameter("user")
                : request.getParameter("applicant"));
        form.setApplicantPhone("+33 1 23 45 67 89");
        form.setPaymentMode(PaymentMode.valueOf(request.getParameter("mode")));
        form.setCouponCode(request.getParameter("coupon"));
        form.setServiceCode(request.getParameter("service"));
        form.setCommitmentNumber(request.getParameter("commitment"));
        form.setPaperFileByPost(true);
        form.setTermsAccepted(true);
        OrderReceipt receipt = checkout.submit(cart, form, request.getRemoteAddr(), Language.FR);
        return "OK " + receipt.number() + " " + receipt.status() + " " + receipt.totalIncludingVat().toPlainString();
    }
}
