package eu.trustdesk.voucher.api;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.boundary.ApiKeyRefused;
import eu.trustdesk.voucher.boundary.ApiRateLimited;
import eu.trustdesk.voucher.boundary.VoucherFeatureOff;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every answer of the partner API that is not a success is JSON: {@code {"error": key, "message":
 * text}}, never an HTML page. Business refusals: no or bad key 401, feature off 403, unknown or
 * another partner's order or code 404, over the key's rate limit 429 with {@code Retry-After},
 * anything else the partner can fix 422 with the reason. The caller's HTTP mistakes keep their
 * 4xx status (empty body, malformed JSON or a value of the wrong type 400, unknown address 404,
 * wrong method 405, wrong {@code Accept} 406, wrong content type 415); only a fault of ours is a
 * 500.
 */
@Provider
public class ApiErrors implements ExceptionMapper<BusinessException> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(BusinessException e) {
        int status;
        if (e instanceof ApiKeyRefused) {
            status = 401;
        } else if (e instanceof VoucherFeatureOff) {
            status = 403;
        } else if (e instanceof ApiRateLimited limited) {
            return Response.fromResponse(response(429, e.messageKey(), e.arguments()))
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds()).build();
        } else if ("error.notFound".equals(e.messageKey())) {
            status = 404;
        } else {
            status = 422;
        }
        return response(status, e.messageKey(), e.arguments());
    }

    /** The JSON error answer, its message in English (the API's language). */
    static Response response(int status, String key, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(key, Messages.text(Locale.ENGLISH, key, arguments))).build();
    }

    /** The key of a caller's HTTP mistake, by its status. */
    static String keyOf(int status) {
        return switch (status) {
            case 400 -> "error.api.badRequest";
            case 401 -> "error.voucher.apiKey.refused";
            case 404 -> "error.api.notFound";
            case 405 -> "error.api.methodNotAllowed";
            case 406 -> "error.api.notAcceptable";
            case 415 -> "error.api.unsupportedMediaType";
            default -> status >= 400 && status < 500 ? "error.api.badRequest" : "error.unexpected";
        };
    }

    /** Whether {@code e} or one of its causes is the JSON parser's or binder's refusal of the body. */
    static boolean unreadableJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("jakarta.json.") || name.startsWith("org.eclipse.yasson.")
                    || name.startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }

    static boolean emptyBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoContentException) {
                return true;
            }
        }
        return false;
    }

    /** An EJB that failed: its business refusal when it carries one, else a plain 500 in JSON. */
    @Provider
    public static class Unexpected implements ExceptionMapper<EJBException> {

        @Override
        public Response toResponse(EJBException e) {
            if (e.getCausedByException() instanceof BusinessException business) {
                return new ApiErrors().toResponse(business);
            }
            LOG.log(Level.SEVERE, "Partner API call failed", e);
            return response(500, "error.unexpected");
        }
    }

    /**
     * What JAX-RS itself refuses (no such address, method, media type; a body it cannot read) with
     * the same JSON as every other error, and the status the caller's mistake deserves.
     */
    @Provider
    public static class Rejected implements ExceptionMapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response answer;
            if (emptyBody(e)) {
                answer = response(400, "error.api.emptyBody");
            } else if (unreadableJson(e)) {
                answer = response(400, "error.api.malformedJson");
            } else if (status >= 500) {
                LOG.log(Level.SEVERE, "Partner API call failed", e);
                answer = response(500, "error.unexpected");
            } else {
                answer = response(status, keyOf(status));
            }
            // keep what tells the caller how to do better, e.g. Allow on a 405
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            return allow == null ? answer : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
        }
    }

    /**
     * Anything else: a body the JSON binder could not read (malformed, or a string where a number
     * is expected) is the caller's 400; the rest is ours, a 500, logged, still in JSON.
     */
    @Provider
    public static class Unreadable implements ExceptionMapper<Throwable> {

        @Override
        public Response toResponse(Throwable e) {
            if (emptyBody(e)) {
                return response(400, "error.api.emptyBody");
            }
            if (unreadableJson(e)) {
                return response(400, "error.api.malformedJson");
            }
            LOG.log(Level.SEVERE, "Partner API call failed", e);
            return response(500, "error.unexpected");
        }
    }
}
