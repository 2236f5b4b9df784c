package eu.trustdesk.activation.control;

import eu.trustdesk.shared.BusinessException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first page of a PDF as a picture of bounded size. A PDF's page size is whatever its
 * MediaBox says: rendered blindly at a fixed resolution, a 20000 × 20000 pt page would need
 * gigabytes of pixels. The scale is therefore computed from the page box, so that the picture's
 * longest side never exceeds the given number of pixels, and pages larger than any real paper
 * are refused outright at upload.
 */
public final class PdfFirstPage {

    /** Points per inch: the unit of every PDF box. */
    static final float POINTS_PER_INCH = 72f;
    /** 5000 pt ≈ 1.76 m: more than twice an A0 side, far beyond any scan of an identity document. */
    public static final float MAX_SIDE_POINTS = 5000f;
    /** Below one point a page has no area to show; such a box is broken or hostile. */
    private static final float MIN_SIDE_POINTS = 1f;

    private PdfFirstPage() {
    }

    /**
     * Refuses a document one of whose pages is absurdly large (or has no area), with the page's
     * size in centimetres in the message; only the boxes are read, nothing is rendered.
     */
    public static void checkPageSizes(PDDocument pdf) {
        if (pdf.getNumberOfPages() == 0) {
            throw new BusinessException("error.document.unreadable");
        }
        for (PDPage page : pdf.getPages()) {
            PDRectangle box = page.getCropBox();
            float width = Math.abs(box.getWidth());
            float height = Math.abs(box.getHeight());
            if (!Float.isFinite(width) || !Float.isFinite(height) || width < MIN_SIDE_POINTS
                    || height < MIN_SIDE_POINTS) {
                throw new BusinessException("error.document.unreadable");
            }
            if (width > MAX_SIDE_POINTS || height > MAX_SIDE_POINTS) {
                throw new BusinessException("error.document.pageSize", centimetres(width), centimetres(height),
                        centimetres(MAX_SIDE_POINTS));
            }
        }
    }

    /**
     * Renders the first page in RGB at {@code dpi}, or smaller when that would make its longest
     * side exceed {@code maxSidePixels}. The scale comes from the page's crop box (what
     * PDFRenderer draws), whatever its size, so memory stays bounded by
     * {@code maxSidePixels²} pixels even for a page that was never checked.
     */
    public static BufferedImage render(PDDocument pdf, float dpi, int maxSidePixels) throws IOException {
        if (pdf.getNumberOfPages() == 0) {
            throw new BusinessException("error.document.unreadable");
        }
        PDRectangle box = pdf.getPage(0).getCropBox();
        float longest = Math.max(Math.abs(box.getWidth()), Math.abs(box.getHeight()));
        if (!Float.isFinite(longest) || longest < MIN_SIDE_POINTS) {
            throw new BusinessException("error.document.unreadable");
        }
        return new PDFRenderer(pdf).renderImage(0, scale(longest, dpi, maxSidePixels), ImageType.RGB);
    }

    /**
     * Refuses a first page smaller than {@code minWidth}×{@code minHeight} pixels at {@code dpi}
     * (as it is shown: a page rotated a quarter turn swaps its sides), saying both sizes in
     * centimetres, which is what someone holding the paper can measure.
     */
    public static void checkMinimumSize(PDDocument pdf, float dpi, int minWidth, int minHeight) {
        PDPage page = pdf.getPage(0);
        PDRectangle box = page.getCropBox();
        boolean quarterTurn = Math.floorMod(page.getRotation(), 180) == 90;
        float width = Math.abs(quarterTurn ? box.getHeight() : box.getWidth());
        float height = Math.abs(quarterTurn ? box.getWidth() : box.getHeight());
        float minWidthPoints = minWidth * POINTS_PER_INCH / dpi;
        float minHeightPoints = minHeight * POINTS_PER_INCH / dpi;
        if (width < minWidthPoints || height < minHeightPoints) {
            throw new BusinessException("error.document.pageTooSmall", millimetres(width), millimetres(height),
                    millimetres(minWidthPoints), millimetres(minHeightPoints));
        }
    }

    /** Pixels per point: {@code dpi / 72}, lowered so that {@code longestSidePoints} fits in the bound. */
    static float scale(float longestSidePoints, float dpi, int maxSidePixels) {
        float wanted = dpi / POINTS_PER_INCH;
        // one pixel less than the bound: PDFRenderer rounds the picture's size up
        float bounded = (maxSidePixels - 1) / longestSidePoints;
        return Math.min(wanted, bounded);
    }

    private static int millimetres(float points) {
        return Math.round(points / POINTS_PER_INCH * 25.4f);
    }

    private static int centimetres(float points) {
        return Math.round(points / POINTS_PER_INCH * 2.54f);
    }
}
