package eu.trustdesk.platform.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Weld resolves the first name of an EL expression as a Java package when it is one ("org",
 * "com", "java"...): a table variable named {@code org} makes {@code #{org.name()}} fail at
 * run time with a "method not found" on a package. This test catches such names in pages.
 */
class PageVariablesTest {


    private static final Pattern VARIABLE = Pattern.compile("\\bvar=\"(org|com|net|java|javax|jakarta|eu|sun)\"");
    /** "empty", "not", "div"... are EL operators: a property with such a name cannot be read as bean.empty. */
    private static final Pattern RESERVED_PROPERTY = Pattern.compile("\\w\\.(empty|not|and|or|div|mod|eq|ne|lt|gt|le|ge|instanceof)\\b");

    @Test
    void noPageVariableIsNamedLikeAJavaPackage() throws IOException {
        List<String> clashes = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = VARIABLE.matcher(Files.readString(page));
                while (matcher.find()) {
                    clashes.add(page + ": var=\"" + matcher.group(1) + "\"");
                }
                Matcher reserved = RESERVED_PROPERTY.matcher(Files.readString(page).replaceAll("msg\\['[^']*'\\]", ""));
                while (reserved.find()) {
                    clashes.add(page + ": property ." + reserved.group(1));
                }
            }
        }
        assertTrue(clashes.isEmpty(), "rename these page variables: " + clashes);
    }
}
