package eu.trustdesk.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a browser receives with every file: the headers, and the name it saves the file under. */
class DownloadTest {

    @Test
    void aNameOutsideAsciiSurvivesInFilenameStarAndDegradesGracefullyInFilename() {
        Map<String, String> headers = Download.pdf("Facture Société Ærø 2026.pdf", new byte[] {1, 2, 3}).headers();

        String disposition = headers.get("Content-Disposition");
        assertEquals("attachment; filename=\"Facture Societe _r_ 2026.pdf\"; "
                + "filename*=UTF-8''Facture%20Soci%C3%A9t%C3%A9%20%C3%86r%C3%B8%202026.pdf", disposition);
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
        assertEquals("Facture Société Ærø 2026.pdf", URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        assertEquals("application/pdf", headers.get("Content-Type"));
        assertEquals("private, no-store", headers.get("Cache-Control"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("3", headers.get("Content-Length"));
    }

    @Test
    void aNameOutsideLatin1AndWithAnApostropheIsKept() {
        String disposition = Download.pdf("Łukasz Ștefan l'offre 東京.pdf", new byte[0]).headers().get("Content-Disposition");
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
        assertEquals("Łukasz Ștefan l'offre 東京.pdf", URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        assertFalse(encoded.contains("'"), "an apostrophe would end the RFC 5987 value");
        assertEquals("attachment; filename=\"_ukasz Stefan l'offre __.pdf\"", disposition.substring(0, disposition.indexOf(';', 12)));
    }

    @Test
    void anUploadedNameCannotPickAFolderNorBreakTheHeader() {
        assertEquals("passwd", Download.safeName("../../etc/passwd"));
        assertEquals("scan.pdf", Download.safeName("C:\\Users\\Zoë\\scan.pdf"));
        assertEquals("a bc.pdf", Download.safeName("a\" b\r\nc.pdf"));
        assertEquals("download", Download.safeName(".."));
        assertEquals("download", Download.safeName(null));
    }

    @Test
    void aStreamedFileHasNoLengthAndAnInlineOneIsShown() {
        Map<String, String> streamed = Download.streamed("codes.csv", "text/csv;charset=UTF-8", out -> { }).headers();
        assertFalse(streamed.containsKey("Content-Length"));
        assertEquals("no-store", streamed.get("Cache-Control").substring(9));
        String inline = Download.of("preview.png", "image/png", new byte[1]).inline().headers().get("Content-Disposition");
        assertEquals("inline; filename=\"preview.png\"; filename*=UTF-8''preview.png", inline);
    }

    @Test
    void aFileWithoutContentDoesNotExist() {
        assertFalse(Download.pdf("invoice-1.pdf", null).exists());
    }

    @Test
    void idsAreDigitsThatFitALongAndAnythingElseIsNotFound() {
        assertEquals(42L, DownloadPath.id("42"));
        assertEquals(999_999_999_999_999_999L, DownloadPath.id("999999999999999999"));
        for (String bad : new String[] {"", "-1", "4 2", "1e3", "9999999999999999999", "٤٢", null}) {
            assertThrows(DownloadPath.NotFound.class, () -> DownloadPath.id(bad), String.valueOf(bad));
        }
    }

    @Test
    void thePathIsSplitIntoSegmentsAndATrailingSlashIsOneMore() {
        assertEquals(List.of("invoice", "42"), DownloadPath.segments("/invoice/42"));
        assertEquals(List.of("invoice", "42", ""), DownloadPath.segments("/invoice/42/"));
        assertEquals(List.of(), DownloadPath.segments(null));
        assertEquals(List.of(), DownloadPath.segments("/"));
    }
}
