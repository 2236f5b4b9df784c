package eu.trustdesk.audit.view;

import eu.trustdesk.audit.boundary.AuditFilter;
import eu.trustdesk.audit.boundary.AuditLog;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Formats;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code /console/audit/csv?actor=&action=&type=&id=&from=dd/MM/yyyy&to=dd/MM/yyyy}: the audit rows
 * of the filter as CSV, written while they are read. Administrators only (web.xml, and the
 * {@link AuditLog} boundary again). A filter that cannot be read is a 400 with the reason in the
 * user's language, never an unfiltered file.
 */
@WebServlet("/console/audit/csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String ACTOR = "actor";
    static final String ACTION = "action";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String FROM = "from";
    static final String TO = "to";

    @EJB
    private AuditLog log;

    @Inject
    private LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter;
        try {
            filter = new AuditFilter(request.getParameter(ACTOR), request.getParameter(ACTION),
                    request.getParameter(TYPE), id(request.getParameter(ID)), date(request.getParameter(FROM)),
                    date(request.getParameter(TO)));
            log.count(filter);
        } catch (BadFilter e) {
            refuse(response, Messages.text(language.getLanguage().locale(), "error.audit.filter", e.getMessage()));
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException e) {
            refuse(response, Messages.text(language.getLanguage().locale(), e.messageKey(), e.arguments()));
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        log.writeCsv(filter, out);
        out.flush();
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Formats.of(language.getLanguage()).parseDate(text);
        } catch (DateTimeParseException e) {
            throw new BadFilter(text);
        }
    }

    private static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BadFilter(text);
        }
    }

    /** A parameter that is no date or no number. */
    private static final class BadFilter extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BadFilter(String value) {
            super(value, null, false, false);
        }
    }
}
