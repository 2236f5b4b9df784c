package eu.trustdesk.shared;

/**
 * Addresses of TrustDesk's pages as mails and documents carry them: the configured base URL
 * (with or without its final "/", as an operator happens to write it) joined to a page.
 */
public final class Links {

    private Links() {
    }

    /** {@code https://td.example/} + {@code customer/order.xhtml?id=4}, one "/" between them. */
    public static String join(String baseUrl, String page) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + page;
    }
}
