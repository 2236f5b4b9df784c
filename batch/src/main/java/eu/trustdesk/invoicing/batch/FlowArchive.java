package eu.trustdesk.invoicing.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip of one flow on disk: written under a temporary name ({@code <file>.part}), then moved to
 * its final name once the flow's transaction has committed. Whatever picks flows up for Chorus Pro
 * takes {@code *.zip} only, so it never sees a flow whose invoices are not marked exported.
 */
public final class FlowArchive {

    public static final String MANIFEST = "manifest.txt";
    public static final String TEMPORARY_SUFFIX = ".part";

    private FlowArchive() {
    }

    /**
     * The manifest: flow name, syntax and count, one per line, then {@code number;file;sha256}
     * per invoice.
     */
    public static String manifest(String flowName, String syntax, List<ExportedDocument> documents) {
        StringBuilder text = new StringBuilder();
        text.append("flow=").append(flowName).append('\n');
        text.append("syntax=").append(syntax).append('\n');
        text.append("count=").append(documents.size()).append('\n');
        for (ExportedDocument document : documents) {
            text.append(document.number()).append(';').append(document.fileName()).append(';')
                    .append(document.sha256()).append('\n');
        }
        return text.toString();
    }

    /** Writes the zip under its temporary name and forces it to disk; returns that path. */
    public static Path writeTemporary(Path directory, String fileName, String flowName, String syntax,
            List<ExportedDocument> documents) throws IOException {
        Files.createDirectories(directory);
        Path temporary = temporaryOf(directory, fileName);
        try (OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            for (ExportedDocument document : documents) {
                zip.putNextEntry(new ZipEntry(document.fileName()));
                zip.write(document.xml());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(flowName, syntax, documents).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return temporary;
    }

    /**
     * Moves the temporary zip to its final name. Idempotent: true when the final file is there
     * afterwards (already moved included), false when neither file exists.
     */
    public static boolean publish(Path directory, String fileName) throws IOException {
        Path temporary = temporaryOf(directory, fileName);
        Path target = directory.resolve(fileName);
        if (Files.exists(temporary)) {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return Files.exists(target);
    }

    public static Path temporaryOf(Path directory, String fileName) {
        return directory.resolve(fileName + TEMPORARY_SUFFIX);
    }
}
