package eu.trustdesk.invoicing.batch;

import eu.trustdesk.invoicing.boundary.ExportSyntax;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where flows go and in which syntax: {@code trustdesk.chorus.export-dir} (default
 * {@code ${java.io.tmpdir}/trustdesk-chorus}) and {@code trustdesk.chorus.syntax} ({@code CII} or
 * {@code UBL}, default CII), each overridable for one run by the job parameters {@code exportDir}
 * and {@code syntax}. Read when a job step starts, not cached, so a run uses the values of its start.
 */
public record ChorusExportSettings(Path exportDirectory, ExportSyntax syntax) {

    public static final String EXPORT_DIR = "trustdesk.chorus.export-dir";
    public static final String SYNTAX = "trustdesk.chorus.syntax";
    public static final String SCHEDULE_ENABLED = "trustdesk.chorus.schedule-enabled";

    /** The settings of a run; blank overrides (job parameters not given) fall back to the configuration. */
    public static ChorusExportSettings resolve(String exportDirOverride, String syntaxOverride) {
        var config = ConfigProvider.getConfig();
        String directory = blank(exportDirOverride)
                ? config.getOptionalValue(EXPORT_DIR, String.class).orElse(defaultDirectory())
                : exportDirOverride;
        String syntax = blank(syntaxOverride)
                ? config.getOptionalValue(SYNTAX, String.class).orElse(ExportSyntax.CII.name())
                : syntaxOverride;
        return new ChorusExportSettings(Path.of(directory.strip()),
                ExportSyntax.valueOf(syntax.strip().toUpperCase(Locale.ROOT)));
    }

    public static String defaultDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "trustdesk-chorus").toString();
    }

    private static boolean blank(String value) {
        // an unset job parameter arrives as null, or as the empty default of the job XML
        return value == null || value.isBlank();
    }
}
