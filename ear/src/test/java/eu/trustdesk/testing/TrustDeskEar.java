package eu.trustdesk.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: the very EAR the build produced, never an archive
 * assembled for the test, so that what is tested is what ships.
 *
 * <p>Every test class deploys {@link #forTests()}, the same archive, which
 * {@link SharedDeploymentContainer} then deploys only once for the whole suite.
 */
public final class TrustDeskEar {

    public static final String WEB_MODULE = "trustdesk-web.war";

    private TrustDeskEar() {
    }

    /** The EAR as built, for tests that drive it from outside (HTTP, browser). */
    public static EnterpriseArchive asBuilt() {
        String path = System.getProperty("trustdesk.ear", "target/trustdesk.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /**
     * The EAR as built, with every class of the integration tests added to its web module: the
     * in-container tests and their helpers, and the test-only driver servlets the browser tests
     * use to set up data. Classes that need a library the server lacks (Selenium, GreenMail) are
     * only loaded by the tests that run them on the client side.
     */
    public static EnterpriseArchive forTests() {
        EnterpriseArchive ear = asBuilt();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        Path classes = testClassesDirectory();
        for (Path file : testClassFiles(classes)) {
            web.addAsResource(file.toFile(), classes.relativize(file).toString().replace(File.separatorChar, '/'));
        }
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(TrustDeskEar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> testClassFiles(Path classes) {
        try (Stream<Path> files = Files.walk(classes.resolve("eu/trustdesk"))) {
            return files.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EAR as built, with test classes added to its web module, for tests that run inside the server. */
    public static EnterpriseArchive withTestClasses(Class<?>... classes) {
        EnterpriseArchive ear = asBuilt();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(classes);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }
}
