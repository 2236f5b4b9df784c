package eu.trustdesk.invoicing.view;

import eu.trustdesk.invoicing.batch.ChorusExports;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /console/chorus-flows/CHORUS-yyyyMMdd-nnnn.zip}: the zip of one Chorus Pro flow, as it lies
 * in the export directory, for the accountant who has to send it again or look inside it. The
 * boundary decides who may have it.
 */
@WebServlet(urlPatterns = "/console/chorus-flows/*")
public class ChorusFlowServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Only flow names: nothing else of the export directory can be asked for. */
    private static final Pattern FILE = Pattern.compile("/(CHORUS-\\d{8}-\\d{4})\\.zip");

    @EJB
    private ChorusExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!file.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] zip;
        try {
            zip = exports.archive(file.group(1));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.group(1) + ".zip\"");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}
