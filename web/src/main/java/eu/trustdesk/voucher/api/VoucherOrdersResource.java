package eu.trustdesk.voucher.api;

import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.boundary.OrderForm;
import eu.trustdesk.voucher.boundary.OrderSummary;
import eu.trustdesk.voucher.boundary.PartnerApi;
import eu.trustdesk.voucher.boundary.LineRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Voucher orders of the partner whose API key is given. The boundary checks the key and the ownership. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vouchers")
@SecurityRequirement(name = PartnerApiApplication.API_KEY)
@APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Vouchers are not enabled for this partner",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "429", description = "Too many calls with this key; the Retry-After header says after how"
        + " many seconds to call again", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class VoucherOrdersResource {

    private static final String BEARER = "Bearer ";

    @EJB
    private PartnerApi api;

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Order vouchers for one end customer", description = "Priced at your price list, paid"
            + " with the payment mode given (the shop's rules apply), invoiced at once.")
    @APIResponse(responseCode = "201", description = "The order, with its vouchers",
            content = @Content(schema = @Schema(implementation = ApiOrder.class)))
    @APIResponse(responseCode = "400", description = "The body is empty, not JSON, or has a value of the wrong type",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "The order is refused; the error says why",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response place(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ApiOrderRequest request) {
        String key = key(authorization);
        if (request == null) {
            return ApiErrors.response(400, "error.api.emptyBody");
        }
        List<LineRequest> lines = new ArrayList<>();
        if (request.lines != null) {
            for (ApiOrderRequest.Line l : request.lines) {
                if (l == null) {
                    // "lines": [null] is JSON of the right shape with nothing in it: the caller's to fix
                    throw new BusinessException("error.api.emptyLine", lines.size() + 1);
                }
                lines.add(new LineRequest(l.sku, l.validityYears, l.quantity));
            }
        }
        OrderSummary order = api.place(key, new OrderForm(request.customerName, request.notes, lines,
                mode(request.paymentMode)));
        return Response.created(URI.create("v1/orders/" + order.number()))
                .entity(ApiOrder.of(order, api.vouchers(key, order.number()))).build();
    }

    @GET
    @Path("orders")
    @Operation(summary = "Your voucher orders, newest first, with the count of vouchers in each state")
    public List<ApiOrder> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        return api.orders(key(authorization), first, max).stream().map(o -> ApiOrder.of(o, null)).toList();
    }

    @GET
    @Path("orders/{number}")
    @Operation(summary = "One order with its vouchers and their states")
    @APIResponse(responseCode = "404", description = "No such order among yours")
    public ApiOrder read(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("number") String number) {
        String key = key(authorization);
        return ApiOrder.of(api.order(key, number), api.vouchers(key, number));
    }

    @GET
    @Path("orders/{number}/csv")
    @Produces("text/csv")
    @Operation(summary = "Every code of an order as CSV", description = "Columns: code, url, product,"
            + " validity_years, state, order_date, expiry_date, customer_name. Streamed.")
    @APIResponse(responseCode = "404", description = "No such order among yours")
    public Response csv(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("number") String number) {
        String key = key(authorization);
        api.checkOrder(key, number);
        StreamingOutput body = output -> {
            Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            api.writeCsv(key, number, out);
            out.flush();
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"vouchers-" + number + ".csv\"").build();
    }

    @GET
    @Path("orders/{number}/cancellation")
    @Operation(summary = "Whether an order can be cancelled now", description = "Asked before trying: eligible, or"
            + " every condition that fails (cancellation window over, vouchers used or expired, already cancelled),"
            + " each with its error key and text. Changes nothing.")
    @APIResponse(responseCode = "200", description = "Eligible or not, with the failing conditions",
            content = @Content(schema = @Schema(implementation = ApiCancellation.class)))
    @APIResponse(responseCode = "404", description = "No such order among yours")
    public ApiCancellation cancellation(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("number") String number) {
        return ApiCancellation.of(api.cancellation(key(authorization), number));
    }

    @POST
    @Path("orders/{number}/cancel")
    @Operation(summary = "Cancel a whole order", description = "Within 30 days of the order and while none of its"
            + " vouchers is used or expired; refunded by a credit note.")
    @APIResponse(responseCode = "404", description = "No such order among yours")
    @APIResponse(responseCode = "422", description = "Refused; the error names the condition that fails",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ApiOrder cancel(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("number") String number) {
        return ApiOrder.of(api.cancel(key(authorization), number), null);
    }

    @GET
    @Path("codes/{code}")
    @Operation(summary = "The state of one of your voucher codes")
    @APIResponse(responseCode = "404", description = "Not one of your codes")
    public ApiOrder.ApiVoucher code(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("code") String code) {
        return ApiOrder.ApiVoucher.of(api.code(key(authorization), code));
    }

    /** The key of an {@code Authorization: Bearer <key>} header, or null. */
    static String key(String authorization) {
        return authorization != null && authorization.startsWith(BEARER) ? authorization.substring(BEARER.length()).strip()
                : null;
    }

    private static PaymentMode mode(String name) {
        try {
            return name == null ? null : PaymentMode.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.voucher.order.paymentMode");
        }
    }
}
