package eu.trustdesk.platform.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who sent a request, as far as we can tell: the network peer, or the client a trusted reverse
 * proxy ({@code TRUSTDESK_TRUSTED_PROXIES}) names in {@code X-Forwarded-For}. See
 * {@link HttpHardening#clientAddress}. Pages get it from {@code getRemoteAddr()} (the
 * {@link ClientAddressFilter} wraps every request); code that runs before the filters, such as
 * the identity store during sign-in, asks this bean.
 */
@ApplicationScoped
public class ClientAddress {

    private final Set<String> trustedProxies = trustedProxies();

    public String of(HttpServletRequest request) {
        return HttpHardening.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                trustedProxies);
    }

    public boolean fromTrustedProxy(HttpServletRequest request) {
        return trustedProxies.contains(request.getRemoteAddr());
    }

    /** TRUSTDESK_TRUSTED_PROXIES, read once. */
    public static Set<String> trustedProxies() {
        return HttpHardening.addresses(ConfigProvider.getConfig()
                .getOptionalValue("trustdesk.trusted-proxies", String.class).orElse(null));
    }
}
