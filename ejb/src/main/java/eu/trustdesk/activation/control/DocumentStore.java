package eu.trustdesk.activation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where identity documents are kept: files in a directory outside the web root
 * ({@code TRUSTDESK_ACTIVATION_DOCUMENT_DIR}, by default {@code trustdesk-identity-documents} in
 * the user's home), under random names that say nothing of the person, readable by the server's
 * user only. The database knows which file belongs to which request; nothing maps a URL to a file.
 *
 * <p>A file written in a transaction that then rolls back stays behind, unreferenced: harmless,
 * and simpler than a two-phase write.
 */
@ApplicationScoped
public class DocumentStore {

    @Inject
    @ConfigProperty(name = "trustdesk.activation.document-dir")
    private Optional<String> configured;

    /** Stores {@code content} and returns its generated name. */
    public String store(byte[] content) {
        Path dir = directory();
        String name = UUID.randomUUID().toString().replace("-", "") + ".bin";
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the directory's rights apply
            }
            return name;
        } catch (FileAlreadyExistsException e) {
            return store(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String name) {
        requireStoredName(name);
        try {
            return Files.readAllBytes(directory().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a stored document; true when it was there. A file already gone (a run of the
     * retention job that deleted it and then rolled back) is not an error; a file that cannot be
     * deleted is, so that the job fails visibly rather than leave it behind.
     */
    public boolean delete(String name) {
        requireStoredName(name);
        try {
            return Files.deleteIfExists(directory().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Identity document " + name + " cannot be deleted", e);
        }
    }

    private static void requireStoredName(String name) {
        if (!name.matches("[0-9a-f]{32}\\.bin")) {
            throw new IllegalArgumentException("Not a stored document name: " + name);
        }
    }

    Path directory() {
        return configured.filter(d -> !d.isBlank()).map(Paths::get)
                .orElseGet(() -> Paths.get(System.getProperty("user.home"), "trustdesk-identity-documents"));
    }
}
