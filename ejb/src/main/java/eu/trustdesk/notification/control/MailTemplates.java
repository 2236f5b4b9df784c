package eu.trustdesk.notification.control;

import eu.trustdesk.shared.Formats;
import eu.trustdesk.shared.Language;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the e-mails of TrustDesk from the {@code mail} bundles, in the recipient's language.
 *
 * <p>A template is two keys, {@code <template>.subject} and {@code <template>.body}, with
 * {@link MessageFormat} arguments. The plain-text body is the source; the HTML part is derived from
 * it (paragraphs, links), so both parts always say the same thing.
 */
public final class MailTemplates {

    static final String BUNDLE = "eu.trustdesk.notification.mail";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    /**
     * Renders {@code template}. When an argument is a {@link Secret}, the result also holds the
     * masked copy (the secret replaced by {@code layout.masked}) that the outbox may show; the
     * subject is always rendered masked, since it shows on lock screens and in mail lists.
     */
    public RenderedMail render(String template, Language language, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), MailTemplates.class.getClassLoader());
        String mask = bundle.getString("layout.masked");
        Object[] masked = Arrays.stream(arguments).map(a -> a instanceof Secret s ? s.masked(mask) : a).toArray();
        boolean secret = Arrays.stream(arguments).anyMatch(Secret.class::isInstance);
        Object[] revealed = secret
                ? Arrays.stream(arguments).map(a -> a instanceof Secret s ? s.revealed() : a).toArray()
                : arguments;
        String subject = format(bundle.getString(template + ".subject"), language, masked);
        String signature = bundle.getString("layout.signature");
        String body = format(bundle.getString(template + ".body"), language, revealed);
        String text = body + "\n\n-- \n" + signature;
        String html = html(language, subject, body, signature);
        if (!secret) {
            return new RenderedMail(subject, text, html, null, null);
        }
        String maskedBody = format(bundle.getString(template + ".body"), language, masked);
        return new RenderedMail(subject, text, html, maskedBody + "\n\n-- \n" + signature,
                html(language, subject, maskedBody, signature));
    }

    private static String format(String pattern, Language language, Object... arguments) {
        return new MessageFormat(pattern, language.locale()).format(Formats.of(language).arguments(arguments));
    }

    private static String html(Language language, String subject, String body, String signature) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"").append(language.code()).append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject))
                .append("</title></head><body style=\"font-family:Arial,sans-serif;color:#1f2933;max-width:40em\">");
        for (String paragraph : body.split("\\n\\s*\\n")) {
            html.append("<p>").append(linked(escape(paragraph.strip())).replace("\n", "<br>")).append("</p>");
        }
        html.append("<p style=\"color:#616e7c;font-size:90%\">").append(escape(signature)).append("</p></body></html>");
        return html.toString();
    }

    /** Makes every address in an (already escaped) text a link. */
    private static String linked(String escaped) {
        Matcher matcher = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
