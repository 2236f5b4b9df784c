package eu.trustdesk.voucher.view;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.voucher.boundary.PartnerVouchers;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The voucher pages and downloads answer 403 to a partner without the voucher feature, before any
 * page is built. The boundary refuses the same partner anyway; this gives the right status code
 * and the "access refused" page instead of an error inside a page.
 */
@WebFilter(filterName = "VoucherFeatureFilter", urlPatterns = "/partner/vouchers/*")
public class VoucherFeatureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerVouchers vouchers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.isUserInRole(Role.Names.PARTNER) || !vouchers.enabled()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
