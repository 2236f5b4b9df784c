package eu.trustdesk.invoicing.view;

import eu.trustdesk.invoicing.batch.ChorusExports;
import eu.trustdesk.platform.view.Download;
import eu.trustdesk.platform.view.DownloadPath;
import eu.trustdesk.platform.view.DownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /console/chorus-flows/CHORUS-yyyyMMdd-nnnn.zip}: the zip of one Chorus Pro flow, as it lies
 * in the export directory, for the accountant who has to send it again or look inside it. The
 * boundary decides who may have it.
 */
@WebServlet(urlPatterns = "/console/chorus-flows/*")
public class ChorusFlowServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;
    /** Only flow names: nothing else of the export directory can be asked for. */
    private static final Pattern FILE = Pattern.compile("(CHORUS-\\d{8}-\\d{4})\\.zip");

    @EJB
    private ChorusExports exports;

    @Override
    protected Download download(DownloadPath path) {
        Matcher file = FILE.matcher(path.expect(1).segment(0));
        if (!file.matches()) {
            return null;
        }
        return Download.of(file.group(1) + ".zip", "application/zip", exports.archive(file.group(1)));
    }
}
