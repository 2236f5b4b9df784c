package eu.trustdesk.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.notification.control.MailTemplates;
import eu.trustdesk.notification.control.RenderedMail;
import eu.trustdesk.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void everyLanguageHasTheSameTemplates() throws IOException {
        Map<Language, Set<String>> keys = new TreeMap<>();
        for (Language language : Language.values()) {
            keys.put(language, load(language).stringPropertyNames());
        }
        assertEquals(keys.get(Language.EN), keys.get(Language.FR));
        assertEquals(keys.get(Language.EN), keys.get(Language.IT));
    }

    @Test
    void everyTemplateRendersInEveryLanguageWithItsArguments() throws IOException {
        Set<String> names = load(Language.EN).stringPropertyNames().stream()
                .filter(k -> k.endsWith(".subject"))
                .map(k -> k.substring(0, k.length() - ".subject".length()))
                .collect(Collectors.toSet());
        assertFalse(names.isEmpty());
        for (String name : names) {
            for (Language language : Language.values()) {
                RenderedMail mail = templates.render(name, language, "Anna <Bianchi>", "https://example.test/link?x=1&y=2");
                assertFalse(mail.subject().isBlank());
                assertFalse(mail.text().contains("{0}") || mail.text().contains("{1}"), name + " " + language);
                assertTrue(mail.text().contains("Anna <Bianchi>"), "plain text keeps the text as is");
                assertTrue(mail.html().contains("Anna &lt;Bianchi&gt;"), "HTML escapes what it is given");
                assertTrue(mail.html().contains("<a href=\"https://example.test/link?x=1&amp;y=2\">"), "links are clickable");
                assertFalse(mail.text().contains("''"), "apostrophes are single after formatting: " + name + " " + language);
            }
        }
    }

    @Test
    void theOneTimePasswordIsInTheBodyNeverInTheSubject() {
        for (Language language : Language.values()) {
            RenderedMail mail = templates.render("activation.otp", language, "Hélène",
                    "https://trustdesk.example/customer/request.xhtml?id=7", "493817", 10L);
            assertFalse(mail.subject().contains("493817"), "a subject shows on lock screens: " + mail.subject());
            assertTrue(mail.text().contains("493817") && mail.html().contains("493817"), "the code is in the body: " + language);
        }
    }

    @Test
    void theMailIsInTheRecipientsLanguage() {
        assertEquals("Confirmez votre adresse e-mail", templates.render("account.verify", Language.FR, "A", "B").subject());
        assertEquals("Conferma il tuo indirizzo e-mail", templates.render("account.verify", Language.IT, "A", "B").subject());
        assertTrue(templates.render("account.verify", Language.FR, "A", "B").text().contains("l'activer"));
    }

    @Test
    void thePasswordResetMailRendersInEveryLanguageWithItsLinkAndValidity() {
        String link = "https://trustdesk.example/password-reset.xhtml?token=Ab-9_xYz";
        Set<String> subjects = new HashSet<>();
        for (Language language : Language.values()) {
            RenderedMail mail = templates.render("account.reset", language, "Anna", link, 30L);
            assertRendered(mail, "account.reset " + language, link);
            assertTrue(mail.text().contains("30"), "the validity in minutes: " + language);
            assertTrue(subjects.add(mail.subject()), "the subject is translated: " + language);
        }
    }

    @Test
    void thePasswordChangedMailRendersInEveryLanguageWithItsLink() {
        String link = "https://trustdesk.example/password-forgotten.xhtml";
        Set<String> subjects = new HashSet<>();
        for (Language language : Language.values()) {
            RenderedMail mail = templates.render("account.passwordChanged", language, "Anna", link);
            assertRendered(mail, "account.passwordChanged " + language, link);
            assertTrue(subjects.add(mail.subject()), "the subject is translated: " + language);
        }
    }

    @Test
    void theNewMailsAreInTheRecipientsLanguage() {
        assertEquals("Réinitialisez votre mot de passe TrustDesk",
                templates.render("account.reset", Language.FR, "A", "B", 30L).subject());
        assertTrue(templates.render("account.reset", Language.FR, "A", "B", 30L).text().contains("dans les 30 minutes"));
        assertTrue(templates.render("account.reset", Language.IT, "A", "B", 30L).text().contains("entro 30 minuti"));
        assertTrue(templates.render("account.passwordChanged", Language.FR, "A", "B").text().contains("vient d'être modifié"));
        assertTrue(templates.render("account.passwordChanged", Language.IT, "A", "B").text().contains("l'assistenza"));
    }

    private static void assertRendered(RenderedMail mail, String what, String link) {
        assertFalse(mail.subject().isBlank(), what);
        assertTrue(mail.text().contains("Anna"), "the first name: " + what);
        assertFalse(mail.text().matches("(?s).*\\{\\d.*"), "every argument is filled in: " + what);
        assertFalse(mail.text().contains("''"), "apostrophes are single after formatting: " + what);
        assertTrue(mail.text().contains(link), "the plain text carries the link: " + what);
        String escaped = link.replace("&", "&amp;");
        assertTrue(mail.html().contains("<a href=\"" + escaped + "\">" + escaped + "</a>"),
                "the HTML part carries the link: " + what);
    }

    private static Properties load(Language language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplatesTest.class.getResourceAsStream(
                "/eu/trustdesk/notification/mail_" + language.code() + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
