package eu.trustdesk.testing;

import fish.payara.arquillian.container.payara.managed.PayaraManagedContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraManagedDeployableContainer;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara's managed container, deploying the EAR once for the whole suite rather than once per
 * test class.
 *
 * <p>Every test class deploys the EAR the build produced ({@link TrustDeskEar}), the same archive
 * give or take the test classes and Arquillian's protocol. Deploying it into Payara takes 15 to
 * 30 seconds, which was most of the suite's time. So a class's deployment is kept when the next
 * class asks for an archive that the deployed one already contains entry for entry (a client-side
 * test's plain EAR is contained in an in-container test's enriched one), and only an archive with
 * something new replaces it. Undeploying happens when the next archive differs and when the
 * server stops, so no application is left in the domain for the next run.
 *
 * <p>The price is that test classes share the application's memory state (caches, rate limits
 * per address) as they already share its database: a test must not rely on a fresh deployment.
 */
public class SharedDeploymentContainer implements DeployableContainer<PayaraManagedContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedDeploymentContainer.class.getName());

    private final PayaraManagedDeployableContainer payara = new PayaraManagedDeployableContainer();

    private Archive<?> deployed;
    private Set<String> deployedEntries = Set.of();
    private ProtocolMetaData deployedMetaData;

    @Override
    public Class<PayaraManagedContainerConfiguration> getConfigurationClass() {
        return payara.getConfigurationClass();
    }

    @Override
    public void setup(PayaraManagedContainerConfiguration configuration) {
        payara.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        payara.start();
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            undeployCurrent();
        } catch (DeploymentException e) {
            LOG.warning("Could not undeploy " + deployed.getName() + " before stopping: " + e.getMessage());
        } finally {
            payara.stop();
        }
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return payara.getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Set<String> entries = entries(archive);
        if (deployed != null && deployed.getName().equals(archive.getName()) && deployedEntries.containsAll(entries)) {
            LOG.info(() -> "Keeping the deployed " + archive.getName() + ": it already holds what this test class needs");
            return deployedMetaData;
        }
        undeployCurrent();
        ProtocolMetaData metaData = payara.deploy(archive);
        deployed = archive;
        deployedEntries = entries;
        deployedMetaData = metaData;
        return metaData;
    }

    /** Kept for the next test class; see {@link #deploy} and {@link #stop}. */
    @Override
    public void undeploy(Archive<?> archive) {
        // deliberately nothing
    }

    @Override
    public void deploy(Descriptor descriptor) throws DeploymentException {
        payara.deploy(descriptor);
    }

    @Override
    public void undeploy(Descriptor descriptor) throws DeploymentException {
        payara.undeploy(descriptor);
    }

    private void undeployCurrent() throws DeploymentException {
        if (deployed != null) {
            Archive<?> current = deployed;
            deployed = null;
            deployedEntries = Set.of();
            deployedMetaData = null;
            payara.undeploy(current);
        }
    }

    /** Every entry of the archive, nested modules included, as "module!path". */
    static Set<String> entries(Archive<?> archive) {
        Set<String> entries = new TreeSet<>();
        collect(archive, "", entries);
        return entries;
    }

    private static void collect(Archive<?> archive, String prefix, Set<String> entries) {
        for (var entry : archive.getContent().entrySet()) {
            Node node = entry.getValue();
            String path = prefix + entry.getKey().get();
            if (node.getAsset() instanceof ArchiveAsset nested) {
                collect(nested.getArchive(), path + "!", entries);
            } else if (node.getAsset() != null) {
                entries.add(path);
            }
        }
    }
}
