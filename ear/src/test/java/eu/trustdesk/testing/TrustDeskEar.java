package eu.trustdesk.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: the very EAR the build produced, never an archive
 * assembled for the test, so that what is tested is what ships.
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
