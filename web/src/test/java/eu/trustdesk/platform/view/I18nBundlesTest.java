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
 * Every label exists in French, Italian and English, no page shows text that does not come from
 * the bundles, and every value a page shows (enum constants listed in {@link EnumLabels}, order
 * events, audit actions, batch job names) has its label.
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
    /** An order's history entry: {@code order.record(now, actor, "shipped", detail)}. */
    private static final Pattern ORDER_EVENT = Pattern.compile("\\brecord\\(\\s*now,\\s*[^,]+,\\s*\"([A-Za-z]+)\"");
    /** An audit trail entry: {@code audit.record(who, "publicBody.confirmed", ...)}. */
    private static final Pattern AUDIT_ACTION = Pattern.compile("audit\\.record\\(\\s*[^,]+,\\s*\"([A-Za-z.]+)\"");
    private static final Pattern JOB_ID = Pattern.compile("<job\\s+id=\"([a-z-]+)\"");

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

    @Test
    void everyEnumOfTheProjectIsEitherLabelledOrKnownNotToBeShown() throws Exception {
        List<String> unlisted = new ArrayList<>();
        for (Class<?> type : projectEnums()) {
            if (!EnumLabels.SHOWN.containsKey(type) && !EnumLabels.NOT_SHOWN.containsKey(type)) {
                unlisted.add(type.getName());
            }
        }
        assertEquals(List.of(), unlisted, "list each in EnumLabels: the keys of its labels, or why it is never shown");
    }

    @Test
    void everyValueOfAnEnumAPersonReadsHasItsLabelInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties bundle = load(language);
            EnumLabels.SHOWN.forEach((type, keys) -> {
                for (Enum<?> value : type.getEnumConstants()) {
                    for (var key : keys) {
                        String k = key.apply(value);
                        if (bundle.getProperty(k) == null) {
                            missing.add(language + " " + k);
                        }
                    }
                }
            });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyOrderEventAuditActionAndBatchJobHasItsLabel() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        for (String module : List.of("persistence", "ejb", "batch", "web")) {
            files.addAll(sources(Path.of("..", module, "src", "main", "java"), ".java"));
        }
        for (Path source : files) {
            String code = Files.readString(source);
            Matcher event = ORDER_EVENT.matcher(code);
            while (event.find()) {
                keys.add("order.event." + event.group(1));
            }
            Matcher action = AUDIT_ACTION.matcher(code);
            while (action.find()) {
                keys.add("audit.action." + action.group(1));
            }
        }
        for (Path job : sources(Path.of("../batch/src/main/resources/META-INF/batch-jobs"), ".xml")) {
            Matcher id = JOB_ID.matcher(Files.readString(job));
            assertTrue(id.find(), job.toString());
            keys.add("batch.job." + id.group(1));
        }
        assertTrue(keys.contains("order.event.submitted") && keys.contains("batch.job.quote-expiry")
                && keys.contains("audit.action.publicBody.confirmed"), "the sources were read: " + keys);
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties bundle = load(language);
            keys.stream().filter(k -> bundle.getProperty(k) == null).forEach(k -> missing.add(language + " " + k));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theEnumSearchFindsTheProjectsEnums() throws Exception {
        // guards the guard: an empty search would let every enum through
        Set<Class<?>> found = projectEnums();
        assertTrue(found.contains(eu.trustdesk.ordering.entity.OrderStatus.class), found.toString());
        assertTrue(found.contains(eu.trustdesk.voucher.boundary.VoucherLookup.Outcome.class), "nested ones too");
        assertTrue(found.contains(Language.class));
    }

    /** Every enum under {@code eu.trustdesk} on the test's class path: this module's and the modules it uses. */
    private static Set<Class<?>> projectEnums() throws Exception {
        Set<String> names = new TreeSet<>();
        var roots = I18nBundlesTest.class.getClassLoader().getResources("eu/trustdesk");
        while (roots.hasMoreElements()) {
            java.net.URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                Path base = Path.of(root.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(base.resolve("eu/trustdesk"))) {
                    files.map(p -> base.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                            .filter(n -> n.endsWith(".class")).forEach(names::add);
                }
            } else if ("jar".equals(root.getProtocol())) {
                String jar = root.getPath().substring("file:".length(), root.getPath().indexOf('!'));
                try (java.util.jar.JarFile file = new java.util.jar.JarFile(java.net.URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
                    file.stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.startsWith("eu/trustdesk/") && n.endsWith(".class")).forEach(names::add);
                }
            }
        }
        Set<Class<?>> enums = new java.util.LinkedHashSet<>();
        for (String name : names) {
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            try {
                Class<?> type = Class.forName(className, false, I18nBundlesTest.class.getClassLoader());
                // an enum constant with a body is an anonymous subclass: its enum is the one counted
                if (type.isEnum()) {
                    enums.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that needs what the test class path lacks (a server-only library) holds no label
            }
        }
        return enums;
    }

    private static List<Path> sources(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
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
