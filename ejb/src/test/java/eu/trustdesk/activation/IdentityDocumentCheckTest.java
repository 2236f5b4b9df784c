package eu.trustdesk.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.activation.control.CheckedDocument;
import eu.trustdesk.activation.control.IdentityDocumentCheck;
import eu.trustdesk.shared.BusinessException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The document checks on images drawn here: nothing binary is kept in the repository. */
class IdentityDocumentCheckTest {

    private final IdentityDocumentCheck check = new IdentityDocumentCheck();

    /** A colour "identity card" on a light background. */
    static byte[] colourCard(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(245, 245, 240));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 90, 200));
        g.fillRoundRect(width / 10, height / 10, width * 8 / 10, height * 8 / 10, 40, 40);
        g.setColor(new Color(220, 60, 60));
        g.fillOval(width / 5, height / 4, width / 5, height / 3);
        g.dispose();
        return encode(image, format);
    }

    static byte[] greyCard(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(width / 10, height / 10, width * 8 / 10, height * 8 / 10);
        g.dispose();
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private String refusal(byte[] content) {
        return assertThrows(BusinessException.class, () -> check.check(content)).messageKey();
    }

    @Test
    void aColourJpegAndPngOfTheRightSizeAreAccepted() throws IOException {
        CheckedDocument jpeg = check.check(colourCard(1200, 800, "jpg"));
        assertEquals("image/jpeg", jpeg.contentType());
        assertEquals(1200, jpeg.width());
        assertEquals("image/png", check.check(colourCard(1000, 600, "png")).contentType());
    }

    @Test
    void aGreyscaleImageIsRefused() throws IOException {
        assertEquals("error.document.greyscale", refusal(greyCard(1200, 800)));
        // grey pixels stored as RGB are grey all the same
        BufferedImage rgb = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(new Color(230, 230, 230));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new Color(90, 90, 90));
        g.fillRect(200, 200, 600, 300);
        g.dispose();
        assertEquals("error.document.greyscale", refusal(encode(rgb, "png")));
    }

    @Test
    void aSmallImageIsRefused() throws IOException {
        assertEquals("error.document.tooSmall", refusal(colourCard(999, 800, "jpg")));
        assertEquals("error.document.tooSmall", refusal(colourCard(1200, 599, "png")));
    }

    @Test
    void aDarkBackgroundIsRefused() throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(10, 10, 20));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new Color(40, 90, 200));
        g.fillRect(150, 150, 900, 500);
        g.dispose();
        assertEquals("error.document.darkBackground", refusal(encode(image, "png")));
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        assertEquals("error.document.type", refusal(executable));
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        assertEquals("error.document.type", refusal(elf));
        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3};
        assertEquals("error.document.unreadable", refusal(fakeJpeg));
    }

    @Test
    void moreThanTenMegabytesIsRefused() {
        byte[] big = new byte[11 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertEquals("error.document.tooLarge", refusal(big));
        assertEquals("error.document.empty", refusal(new byte[0]));
        Arrays.fill(big, (byte) 0);
    }
}
