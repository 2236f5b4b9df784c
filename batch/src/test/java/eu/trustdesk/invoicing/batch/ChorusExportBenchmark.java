package eu.trustdesk.invoicing.batch;

import eu.trustdesk.invoicing.TestInvoices;
import eu.trustdesk.invoicing.control.ChorusReadiness;
import eu.trustdesk.invoicing.control.CiiWriter;
import eu.trustdesk.invoicing.control.En16931Validator;
import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.invoicing.control.UblWriter;
import eu.trustdesk.invoicing.boundary.ValidationReport;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.invoicing.entity.Payer;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.shared.pricing.PriceSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Chorus Pro export's own work, without the database: for N public-buyer invoices, build the
 * invoice, write its EN 16931 document, check it (Chorus Pro business check, then the official
 * EN 16931 rules, schema and Schematron), and zip the documents in flows of 500 with their
 * manifest, exactly as the job's processor and writer do. Single-threaded, like the job.
 *
 * <p>Run by {@code ./mvnw -Pbench -pl batch -am verify -DskipTests} (docs/BENCHMARKS.md). Prints
 * the throughput of the whole run, the median and spread of the per-flow throughput (each flow of
 * 500 invoices is one sample), and where the time goes. The first 200 invoices warm the JIT and
 * load the rules; they are not counted. Any invoice found invalid fails the run: a benchmark of
 * refusals would measure nothing useful.
 */
public final class ChorusExportBenchmark {

    private static final int FLOW_SIZE = 500;
    private static final int WARM_UP = 200;

    private final ExportSyntax syntax;
    private final Seller seller = TestInvoices.seller();
    private final Payer buyer = TestInvoices.frenchPublicBody(Language.FR);
    private final ChorusReadiness readiness = new ChorusReadiness();
    private final CiiWriter cii = new CiiWriter();
    private final UblWriter ubl = new UblWriter();
    private final En16931Validator validator = new En16931Validator();

    private long buildNanos;
    private long writeNanos;
    private long checkNanos;
    private long zipNanos;

    private ChorusExportBenchmark(ExportSyntax syntax) {
        this.syntax = syntax;
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ExportSyntax syntax = args.length > 1 ? ExportSyntax.valueOf(args[1].toUpperCase(Locale.ROOT)) : ExportSyntax.CII;
        new ChorusExportBenchmark(syntax).run(count);
    }

    private void run(int count) throws IOException {
        Path directory = Files.createTempDirectory("chorus-bench");
        try {
            long warmStart = System.nanoTime();
            exportFlow(directory, "WARMUP", 0, WARM_UP);
            double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
            buildNanos = writeNanos = checkNanos = zipNanos = 0;

            List<Double> flowRates = new ArrayList<>();
            long start = System.nanoTime();
            for (int first = 0, flow = 1; first < count; first += FLOW_SIZE, flow++) {
                int size = Math.min(FLOW_SIZE, count - first);
                long flowStart = System.nanoTime();
                exportFlow(directory, String.format(Locale.ROOT, "CHORUS-20261123-%04d", flow), WARM_UP + first, size);
                flowRates.add(size / ((System.nanoTime() - flowStart) / 1e9));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long bytes;
            try (Stream<Path> files = Files.list(directory)) {
                bytes = files.filter(f -> f.getFileName().toString().startsWith("CHORUS-")).mapToLong(f -> f.toFile().length())
                        .sum();
            }
            report(count, seconds, warmSeconds, flowRates, bytes);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** One flow, as the job's chunk does it: prepare each invoice, then write and publish the zip. */
    private void exportFlow(Path directory, String flowName, int firstIndex, int size) throws IOException {
        List<ExportedDocument> documents = new ArrayList<>(size);
        for (int i = firstIndex; i < firstIndex + size; i++) {
            long t0 = System.nanoTime();
            Invoice invoice = invoice(i);
            long t1 = System.nanoTime();
            byte[] xml = syntax == ExportSyntax.CII ? cii.write(invoice) : ubl.write(invoice);
            long t2 = System.nanoTime();
            ValidationReport report = readiness.check(invoice).and(validator.validate(syntax, xml));
            long t3 = System.nanoTime();
            if (!report.valid()) {
                throw new IllegalStateException(invoice.number() + " is invalid: " + report.describe());
            }
            documents.add(ExportedDocument.of(i, invoice.number(), xml));
            buildNanos += t1 - t0;
            writeNanos += t2 - t1;
            checkNanos += t3 - t2;
        }
        long t0 = System.nanoTime();
        String fileName = flowName + ".zip";
        FlowArchive.writeTemporary(directory, fileName, flowName, syntax.name(), documents);
        FlowArchive.publish(directory, fileName);
        zipNanos += System.nanoTime() - t0;
    }

    /**
     * Invoice {@code i}: one to three lines, two VAT rates (20 % and 5.5 %), a 10 % discount on
     * every third one, quantities and prices varying, as the shop issues them.
     */
    private Invoice invoice(int i) {
        List<LineItem> lines = new ArrayList<>();
        lines.add(new LineItem("SIG-TOKEN-3Y", "Certificat de signature électronique 3 ans sur jeton USB", 1 + i % 4,
                new BigDecimal("249.00").add(BigDecimal.valueOf(i % 50)), new BigDecimal("20")));
        if (i % 2 == 0) {
            lines.add(new LineItem("HW-READER", "Lecteur de carte à puce", 1 + i % 3, new BigDecimal("35.50"),
                    new BigDecimal("20")));
        }
        if (i % 5 == 0) {
            lines.add(new LineItem("EINV-BOOK", "Guide de la facture électronique", 1, new BigDecimal("12.00"),
                    new BigDecimal("5.5")));
        }
        Discount discount = i % 3 == 0 ? new Discount(Discount.Kind.PERCENT, BigDecimal.TEN, Set.of("SIG-TOKEN-3Y")) : null;
        PriceSummary prices = PriceCalculator.price("EUR", lines, discount);
        return TestInvoices.invoice(String.format(Locale.ROOT, "FA-2026-%06d", i + 1),
                String.format(Locale.ROOT, "CMD-2026-%05d", i + 1), buyer, PaymentMeans.ADMINISTRATIVE_MANDATE, prices,
                seller);
    }

    private void report(int count, double seconds, double warmSeconds, List<Double> flowRates, long bytes) {
        double[] rates = flowRates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double total = buildNanos + writeNanos + checkNanos + zipNanos;
        System.out.printf(Locale.ROOT, "%nChorus Pro export benchmark: %d invoices, %s, flows of %d, 1 thread, Java %s%n",
                count, syntax, FLOW_SIZE, System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "  warm-up (%d invoices, rules loaded): %.1f s%n", WARM_UP, warmSeconds);
        System.out.printf(Locale.ROOT, "  whole run: %.1f s, %.1f invoices/s, %.2f ms per invoice, %d flows, %.1f MB of zips%n",
                seconds, count / seconds, seconds * 1000 / count, rates.length, bytes / 1e6);
        System.out.printf(Locale.ROOT, "  per flow: median %.1f invoices/s (min %.1f, max %.1f)%n",
                percentile(rates, 50), rates[0], rates[rates.length - 1]);
        System.out.printf(Locale.ROOT, "  time: build %.1f %%, write XML %.1f %%, check EN 16931 %.1f %%, zip %.1f %%%n",
                100 * buildNanos / total, 100 * writeNanos / total, 100 * checkNanos / total, 100 * zipNanos / total);
        System.out.println("  per-flow invoices/s: " + Arrays.toString(Arrays.stream(rates)
                .mapToObj(r -> String.format(Locale.ROOT, "%.0f", r)).toArray()));
    }

    private static double percentile(double[] sorted, int p) {
        double index = (sorted.length - 1) * p / 100.0;
        int low = (int) Math.floor(index);
        int high = (int) Math.ceil(index);
        return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
    }
}
