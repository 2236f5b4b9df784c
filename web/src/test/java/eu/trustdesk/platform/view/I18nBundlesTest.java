package eu.trustdesk.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every label exists in French, Italian and English, and no page shows text that does not come
 * from the bundles.
 */
class I18nBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/eu/trustdesk/web/i18n");
    private static final Path PAGES = Path.of("src/main/webapp");

    /** Attributes whose value a user reads; {@code value} counts only on the components listed below. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "label", "header",
            "footer", "emptyMessage", "requiredMessage", "validatorMessage", "converterMessage", "itemLabel",
            "aria-label", "summary", "noSelectionLabel", "confirmLabel", "message");
    private static final Set<String> TEXT_VALUE_COMPONENTS = Set.of("outputText", "outputLabel", "commandButton",
            "commandLink", "button", "link", "linkButton", "outputFormat", "selectBooleanCheckbox", "column");
    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern KEY_REFERENCE = Pattern.compile("msg\\['([A-Za-z0-9_.]+)']");

    @Test
    void everyLanguageHasTheSameKeysAndNoEmptyText() throws IOException {
        Map<Language, Properties> bundles = new TreeMap<>();
        for (Language language : Language.values()) {
            bundles.put(language, load(language));
        }
        Set<String> allKeys = new TreeSet<>();
        bundles.values().forEach(b -> allKeys.addAll(b.stringPropertyNames()));
        List<String> problems = new ArrayList<>();
        bundles.forEach((language, bundle) -> {
            for (String key : allKeys) {
                String text = bundle.getProperty(key);
                if (text == null) {
                    problems.add(language + " misses " + key);
                } else if (text.isBlank()) {
                    problems.add(language + " has an empty " + key);
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Properties english = load(Language.EN);
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher matcher = KEY_REFERENCE.matcher(Files.readString(page));
            while (matcher.find()) {
                if (!english.containsKey(matcher.group(1))) {
                    missing.add(PAGES.relativize(page) + ": " + matcher.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noPageHasHardCodedText() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder().parse(page.toFile());
            collect(document.getDocumentElement(), PAGES.relativize(page).toString(), problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckRecognisesHardCodedText() throws Exception {
        // guards the guard: a page with a literal label must be reported
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String page = "<div xmlns:h='jakarta.faces.html'><h:outputText value='Hello'/><p>#{msg['a']}</p>Bonjour</div>";
        Document document = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        List<String> problems = new ArrayList<>();
        collect(document.getDocumentElement(), "sample", problems);
        assertEquals(2, problems.size(), problems.toString());
    }

    private static void collect(Element element, String page, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            boolean text = TEXT_ATTRIBUTES.contains(name)
                    || ("value".equals(name) && element.getNamespaceURI() != null
                            && TEXT_VALUE_COMPONENTS.contains(element.getLocalName()));
            if (text && isLiteralText(attribute.getNodeValue())) {
                problems.add(page + ": <" + element.getNodeName() + " " + name + "=\"" + attribute.getNodeValue() + "\">");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                if (!"style".equals(childElement.getLocalName()) && !"script".equals(childElement.getLocalName())) {
                    collect(childElement, page, problems);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE && isLiteralText(child.getNodeValue())) {
                problems.add(page + ": text \"" + child.getNodeValue().trim() + "\" in <" + element.getNodeName() + ">");
            }
        }
    }

    private static boolean isLiteralText(String value) {
        return LETTER.matcher(EXPRESSION.matcher(value).replaceAll("")).find();
    }

    private static Properties load(Language language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve("messages_" + language.code() + ".properties"));
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
            assertTrue(pages.size() >= 5, "pages found: " + pages);
            return pages;
        }
    }
}
