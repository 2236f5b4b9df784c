package eu.trustdesk.voucher.api;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.boundary.ApiKeyRefused;
import eu.trustdesk.voucher.control.VoucherFeatureOff;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Business refusals as HTTP answers: no or bad key 401, feature off 403, unknown or another
 * partner's order or code 404, anything else the partner can fix 422 with the reason.
 */
@Provider
public class ApiErrors implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        int status;
        if (e instanceof ApiKeyRefused) {
            status = 401;
        } else if (e instanceof VoucherFeatureOff) {
            status = 403;
        } else if ("error.notFound".equals(e.messageKey())) {
            status = 404;
        } else {
            status = 422;
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(e.messageKey(), Messages.text(Locale.ENGLISH, e.messageKey(), e.arguments())))
                .build();
    }

    /** An EJB that failed unexpectedly: a plain 500, never a stack trace. */
    @Provider
    public static class Unexpected implements ExceptionMapper<EJBException> {

        @Override
        public Response toResponse(EJBException e) {
            if (e.getCausedByException() instanceof BusinessException business) {
                return new ApiErrors().toResponse(business);
            }
            return Response.serverError().type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("error.unexpected", "Unexpected error")).build();
        }
    }
}
