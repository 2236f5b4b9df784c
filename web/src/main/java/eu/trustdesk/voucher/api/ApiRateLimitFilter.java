package eu.trustdesk.voucher.api;

import eu.trustdesk.voucher.boundary.PartnerApi;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Makes every call of the partner API pass the key's rate limit once, before its body is read or
 * anything is looked up: the boundary counts it ({@link PartnerApi#admit}) and refuses with a
 * 429 and {@code Retry-After} (see {@link ApiErrors}) when the key is over its limit.
 */
@Provider
public class ApiRateLimitFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        // looked up per call: a JAX-RS provider is not guaranteed CDI field injection of an EJB
        CDI.current().select(PartnerApi.class).get()
                .admit(VoucherOrdersResource.key(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
    }
}
