package eu.trustdesk.platform.view;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes {@code getRemoteAddr()} answer the client's address behind a trusted reverse proxy
 * ({@link ClientAddress}), so that every limit and record per address (coupon attempts, voucher
 * redemptions, accepted contracts, orders) names the person and not the proxy.
 */
@WebFilter(filterName = "ClientAddressFilter", urlPatterns = "/*")
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!clientAddress.fromTrustedProxy(request)) {
            chain.doFilter(request, response);
            return;
        }
        String client = clientAddress.of(request);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }
        }, response);
    }
}
