package eu.trustdesk.notification.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The plain-text mail in the outbox console: its links can be followed, nothing in it can run. */
class MailTextTest {

    @Test
    void theVerificationLinkOfAMailCanBeFollowed() {
        String html = MailText.toHtml("Hello Anna,\nconfirm your address: https://shop.test/verify.xhtml?token=a-b_c&lang=it.\nBye");
        assertEquals("Hello Anna,\nconfirm your address: "
                + "<a href=\"https://shop.test/verify.xhtml?token=a-b_c&amp;lang=it\" target=\"_blank\" rel=\"noopener noreferrer\">"
                + "https://shop.test/verify.xhtml?token=a-b_c&amp;lang=it</a>.\nBye", html);
    }

    @Test
    void everyAddressOfTheTextIsALinkAndPlainHttpToo() {
        String html = MailText.toHtml("(see http://localhost:8080/a) or https://b.test/x, then https://c.test");
        assertEquals(3, html.split("<a href=", -1).length - 1, html);
        assertTrue(html.contains(">http://localhost:8080/a</a>) or"), html);
        assertTrue(html.contains(">https://b.test/x</a>, then"), html);
    }

    @Test
    void markupInTheTextIsShownNotRun() {
        String html = MailText.toHtml("Name: <script>alert('x')</script> & \"Co\"");
        assertEquals("Name: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;", html);
    }

    @Test
    void anAddressCannotBreakOutOfItsLinkNorBeAScript() {
        String html = MailText.toHtml("https://evil.test/\"onmouseover=\"alert(1)\"><b>x</b> javascript:alert(1)");
        assertTrue(html.startsWith("<a href=\"https://evil.test/\" "), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("\"onmouseover"), html);
    }

    @Test
    void noTextNoHtml() {
        assertEquals("", MailText.toHtml(null));
    }
}
