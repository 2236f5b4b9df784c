package eu.trustdesk.notification.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text body of a mail as HTML for a {@code <pre>}, with its web addresses as links: on a
 * server without a mail server (the demo run) a newcomer opens the verification mail in the
 * outbox console and follows its link.
 *
 * <p>The body is text written by templates around user input (names, addresses), so it is never
 * trusted: every character of it goes out escaped, the addresses included. The only markup in
 * the result is the {@code <a>} this class writes, and only around {@code http(s)} addresses,
 * never a {@code javascript:} one. That is what lets the page output this one string unescaped.
 */
public final class MailText {

    /** An address ends at white space or at a character that cannot be in it unescaped. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than the address it follows. */
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";

    private MailText() {
    }

    public static String toHtml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        Matcher matcher = WEB_ADDRESS.matcher(text);
        int done = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String address = escape(text.substring(matcher.start(), end));
            html.append(escape(text.substring(done, matcher.start())))
                    .append("<a href=\"").append(address).append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .append(address).append("</a>");
            done = end;
        }
        return html.append(escape(text.substring(done))).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
