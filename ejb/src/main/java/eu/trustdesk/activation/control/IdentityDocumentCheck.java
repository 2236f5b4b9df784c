package eu.trustdesk.activation.control;

import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.FileSignature;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The checks an identity document must pass, as far as a program can tell what a validator wants
 * (colour, light background, whole document): the type is recognised from the first bytes, never
 * from the name or the type the browser claims; an image must decode, be in colour, have a light
 * border and at least {@value #MIN_WIDTH}×{@value #MIN_HEIGHT} pixels. A PDF passes the same
 * checks on its first page rendered at a bounded size, after its page sizes are checked. Every
 * refusal's text repeats the guidance.
 */
public final class IdentityDocumentCheck {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MIN_WIDTH = 1000;
    public static final int MIN_HEIGHT = 600;
    public static final String JPEG = FileSignature.JPEG;
    public static final String PNG = FileSignature.PNG;
    public static final String PDF = FileSignature.PDF;

    /** Two channels differing by more than this (0-255) make a pixel coloured, above JPEG noise. */
    private static final int COLOUR_DIFFERENCE = 24;
    /** Share of sampled pixels that must be coloured: an ID card has a coloured print or photo. */
    private static final double MIN_COLOURED_SHARE = 0.01;
    /** Average luminance (0-255) of the image's outer frame under which the background is dark. */
    private static final int MIN_BORDER_LUMINANCE = 90;
    private static final int SAMPLES_PER_SIDE = 200;
    /** Largest picture decoded: a 50-megapixel photo, far above what a phone takes of a card. */
    private static final long MAX_PIXELS = 50_000_000L;
    /** The resolution of a usual scan: a PDF's first page is checked as if scanned at it. */
    static final float PDF_DPI = 300f;
    /** Longest side of a rendered PDF page: an A4 page at 300 dpi, so at most ≈ 36 MB of pixels. */
    static final int PDF_MAX_SIDE = 3000;

    /** Checks {@code content}; throws a {@link BusinessException} saying why when it is refused. */
    public CheckedDocument check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("error.document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("error.document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = sniff(content);
        if (type == null) {
            throw new BusinessException("error.document.type");
        }
        if (PDF.equals(type)) {
            // the same checks as a photo, on the first page as a scanner at PDF_DPI would have
            // produced it: a greyscale scan saved as PDF is as unusable as a greyscale JPEG
            checkImage(renderFirstPage(content));
            return new CheckedDocument(type, null, null);
        }
        BufferedImage image = decode(content);
        checkImage(image);
        return new CheckedDocument(type, image.getWidth(), image.getHeight());
    }

    private static void checkImage(BufferedImage image) {
        if (image.getWidth() < MIN_WIDTH || image.getHeight() < MIN_HEIGHT) {
            throw new BusinessException("error.document.tooSmall", image.getWidth(), image.getHeight(), MIN_WIDTH,
                    MIN_HEIGHT);
        }
        if (!inColour(image)) {
            throw new BusinessException("error.document.greyscale");
        }
        if (borderLuminance(image) < MIN_BORDER_LUMINANCE) {
            throw new BusinessException("error.document.darkBackground");
        }
    }

    /**
     * The first page at {@value #PDF_DPI} dpi, never more than {@value #PDF_MAX_SIDE} pixels
     * across, after refusing pages of absurd size. At that resolution the minimum of
     * {@value #MIN_WIDTH}×{@value #MIN_HEIGHT} pixels is a page of about 8.5 × 5 cm, an
     * identity card's size.
     */
    private static BufferedImage renderFirstPage(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PdfFirstPage.checkPageSizes(pdf);
            PdfFirstPage.checkMinimumSize(pdf, PDF_DPI, MIN_WIDTH, MIN_HEIGHT);
            return PdfFirstPage.render(pdf, PDF_DPI, PDF_MAX_SIDE);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException("error.document.unreadable");
        }
    }

    /** The type by the file's signature (magic bytes), or null when it is none of the three accepted. */
    static String sniff(byte[] b) {
        return FileSignature.of(b).orElse(null);
    }

    /**
     * Decodes the image, after reading its size from the header: a small compressed file can
     * claim a huge picture, which would exhaust the server's memory if decoded blindly.
     */
    private static BufferedImage decode(byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new BusinessException("error.document.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new BusinessException("error.document.unreadable");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException("error.document.unreadable");
        }
    }

    /** A grey image has one colour band, or three that agree on (almost) every pixel. */
    static boolean inColour(BufferedImage image) {
        if (image.getColorModel().getNumColorComponents() < 3) {
            return false;
        }
        int stepX = Math.max(1, image.getWidth() / SAMPLES_PER_SIDE);
        int stepY = Math.max(1, image.getHeight() / SAMPLES_PER_SIDE);
        long sampled = 0;
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += stepY) {
            for (int x = 0; x < image.getWidth(); x += stepX) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int bl = rgb & 0xFF;
                int spread = Math.max(r, Math.max(g, bl)) - Math.min(r, Math.min(g, bl));
                sampled++;
                if (spread > COLOUR_DIFFERENCE) {
                    coloured++;
                }
            }
        }
        return coloured >= Math.max(1, sampled * MIN_COLOURED_SHARE);
    }

    /** Average luminance of the outer 5 % of the image, where the background shows around the document. */
    static int borderLuminance(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int fx = Math.max(1, w / 20);
        int fy = Math.max(1, h / 20);
        int stepX = Math.max(1, w / SAMPLES_PER_SIDE);
        int stepY = Math.max(1, h / SAMPLES_PER_SIDE);
        long sum = 0;
        long count = 0;
        for (int y = 0; y < h; y += stepY) {
            for (int x = 0; x < w; x += stepX) {
                if (x >= fx && x < w - fx && y >= fy && y < h - fy) {
                    continue;
                }
                int rgb = image.getRGB(x, y);
                sum += (299L * ((rgb >> 16) & 0xFF) + 587L * ((rgb >> 8) & 0xFF) + 114L * (rgb & 0xFF)) / 1000;
                count++;
            }
        }
        return count == 0 ? 255 : (int) (sum / count);
    }
}
