package eu.trustdesk.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.identifier.IdentifierType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every label and problem of the identifier checks has a text, written for the way it is formatted. */
class IdentifierMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/eu/trustdesk/web/i18n");
    /** An apostrophe that is not doubled: MessageFormat would swallow it and what follows. */
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyIdentifierKeyHasAWellFormedText(Language language) throws IOException {
        Properties bundle = load(language);
        Set<String> expected = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (IdentifierType type : IdentifierType.values()) {
            expected.add(type.labelKey());
            String label = bundle.getProperty(type.labelKey());
            if (label == null || label.contains("''")) {
                problems.add(type.labelKey() + ": missing, or a doubled apostrophe in plain text");
            }
            for (String key : type.problemKeys()) {
                expected.add(key);
                String pattern = bundle.getProperty(key);
                if (pattern == null || SINGLE_APOSTROPHE.matcher(pattern).find()) {
                    problems.add(key + ": missing, or an apostrophe not written ''");
                    continue;
                }
                // the way the page shows it: BusinessException arguments = IdentifierCheck.arguments()
                String text = Messages.text(language.locale(), key, "12345", 5);
                if (text.contains("{") || text.contains("''") || text.equals(Messages.text(language.locale(),
                        "error.unexpected"))) {
                    problems.add(key + ": badly formatted as \"" + text + "\"");
                }
            }
        }
        Set<String> present = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("identifier.")) {
                present.add(key);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(expected, present, "identifier keys without a check, or checks without a key");
    }

    private static Properties load(Language language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve("messages_" + language.code() + ".properties"));
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
