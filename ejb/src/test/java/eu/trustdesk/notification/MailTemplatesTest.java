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
    void theMailIsInTheRecipientsLanguage() {
        assertEquals("Confirmez votre adresse e-mail", templates.render("account.verify", Language.FR, "A", "B").subject());
        assertEquals("Conferma il tuo indirizzo e-mail", templates.render("account.verify", Language.IT, "A", "B").subject());
        assertTrue(templates.render("account.verify", Language.FR, "A", "B").text().contains("l'activer"));
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
