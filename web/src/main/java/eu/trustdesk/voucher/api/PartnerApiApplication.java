package eu.trustdesk.voucher.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The partner API's root; every call carries {@code Authorization: Bearer <API key>}. */
@ApplicationPath("api/partner")
@OpenAPIDefinition(info = @Info(title = "TrustDesk partner API", version = "1",
        description = "Order prepaid certificate vouchers for your customers, follow their states, download their"
                + " codes as CSV, cancel an order. Authenticate with an API key created in the partner area."))
@SecurityScheme(securitySchemeName = PartnerApiApplication.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key from Partner area > API keys, as a bearer token")
public class PartnerApiApplication extends Application {

    public static final String API_KEY = "apiKey";
}
