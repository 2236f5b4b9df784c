package eu.trustdesk.activation;


import eu.trustdesk.account.boundary.Authentication;
import eu.trustdesk.testing.DemoAccounts;
import java.time.Instant;
import java.util.Set;
import eu.trustdesk.activation.boundary.ActivationFile;
import eu.trustdesk.activation.boundary.ApplicantForm;
import eu.trustdesk.organisation.boundary.IdentityForm;
import eu.trustdesk.activation.boundary.ValidationDesk;
import eu.trustdesk.activation.entity.ContractKind;
import eu.trustdesk.activation.entity.DecisionReason;
import eu.trustdesk.activation.boundary.MyRequests;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.activation.batch.DocumentRetentions;
import eu.trustdesk.platform.batch.AsOf;
import eu.trustdesk.platform.batch.BatchJobs;
import eu.trustdesk.platform.batch.BatchRuns;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.testing.DriverSignIn;
import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * Test-only: drives the activation boundaries as a signed-in account over plain HTTP, like
 * {@code ShopDriverServlet} for the shop. {@code /test/activation/<step>?user=&password=&request=...};
 * answers {@code OK ...}, an outcome, or {@code REFUSED messageKey}. Uploaded files are drawn here
 * ({@code file=colour|grey|small|exe|big}), so no binary lives in the repository.
 */
@WebServlet("/test/activation/*")
public class ActivationDriverServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    /** Only for the first step of demo staff accounts (constants of DemoAccounts, inlined: the class is not deployed). */
    @EJB
    private Authentication authentication;

    @EJB
    private ActivationFile file;

    @EJB
    private ValidationDesk desk;

    @EJB
    private MyRequests myRequests;

    /** The component that starts the product's jobs (the batch console sees only its runs). */
    @EJB
    private BatchJobs jobs;

    @EJB
    private BatchRuns runs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!DriverSignIn.signIn(security, authentication, request, response)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        String id = request.getParameter("request");
        long requestId = id == null ? -1 : Long.parseLong(id);
        try {
            String answer = switch (request.getPathInfo()) {
                case "/requests" -> myRequests.list().stream()
                        .filter(r -> r.orderNumber().equals(request.getParameter("order")))
                        .map(r -> String.valueOf(r.id())).collect(Collectors.joining(" "));
                case "/otp" -> {
                    file.sendOtp(requestId, request.getParameter("email"));
                    yield "OK";
                }
                case "/confirm" -> file.confirmOtp(requestId, request.getParameter("code")).name();
                case "/holder" -> {
                    IdentityForm holder = new IdentityForm();
                    holder.setHolderType(HolderType.COMPANY);
                    holder.setCountry(Country.IT);
                    holder.setName("Rossi Consulting S.r.l.");
                    holder.setVatNumber("01234560587");
                    holder.setSdiCode("M5UXCR1");
                    file.enterHolder(requestId, holder);
                    yield "OK";
                }
                case "/applicant" -> {
                    ApplicantForm applicant = new ApplicantForm();
                    applicant.setFirstName("Mario");
                    applicant.setLastName("Rossi");
                    applicant.setBirthDate(LocalDate.of(1985, 12, 10));
                    applicant.setBirthPlace("Roma");
                    applicant.setTaxCode("RSSMRA85T10A562S");
                    applicant.setEmail(request.getParameter("user"));
                    applicant.setPhone("+39 06 1234 5678");
                    file.enterApplicant(requestId, applicant);
                    yield "OK";
                }
                case "/upload" -> "OK " + file.uploadDocument(requestId, request.getParameter("name"),
                        content(request.getParameter("file"))).id();
                case "/contracts" -> {
                    for (ContractKind kind : ContractKind.values()) {
                        file.contractPdf(requestId, kind); // opened, as the applicant does before accepting
                        file.acceptContract(requestId, kind, file.contract(requestId, kind).sha256(), "192.0.2.7");
                    }
                    yield "OK";
                }
                case "/show" -> {
                    for (ContractKind kind : ContractKind.values()) {
                        file.contract(requestId, kind); // what the contracts step of the page does
                    }
                    yield "OK";
                }
                case "/accept" -> {
                    ContractKind kind = ContractKind.valueOf(request.getParameter("kind"));
                    file.acceptContract(requestId, kind, file.contract(requestId, kind).sha256(), "192.0.2.7");
                    yield "OK";
                }
                case "/submit" -> {
                    file.submit(requestId);
                    yield "OK";
                }
                case "/status" -> file.get(requestId).status().name();
                case "/approve" -> {
                    desk.approve(requestId);
                    yield "OK";
                }
                case "/reject" -> {
                    desk.reject(requestId, DecisionReason.valueOf(request.getParameter("reason")),
                            request.getParameter("note"));
                    yield "OK";
                }
                case "/cancel" -> {
                    desk.cancel(requestId, request.getParameter("reason"));
                    yield "OK";
                }
                case "/retention" -> retention(request.getParameter("restart"));
                default -> "UNKNOWN";
            };
            response.getWriter().print(answer);
        } catch (BusinessException e) {
            response.getWriter().print("REFUSED " + e.messageKey());
        } catch (EJBAccessException e) {
            response.getWriter().print("FORBIDDEN");
        }
    }

    /** The file to upload, drawn on the spot. */
    private static byte[] content(String kind) throws IOException {
        return switch (kind) {
            case "colour" -> image(1400, 900, true, "jpg");
            case "grey" -> image(1400, 900, false, "jpg");
            case "small" -> image(800, 500, true, "png");
            case "exe" -> {
                // a Windows executable's header ("MZ", then the PE offset), whatever its name says
                byte[] exe = new byte[2048];
                exe[0] = 'M';
                exe[1] = 'Z';
                exe[0x3C] = (byte) 0x80;
                exe[0x80] = 'P';
                exe[0x81] = 'E';
                yield exe;
            }
            case "big" -> {
                byte[] big = new byte[11 * 1024 * 1024];
                byte[] jpeg = image(1400, 900, true, "jpg");
                System.arraycopy(jpeg, 0, big, 0, jpeg.length);
                yield big;
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static byte[] image(int width, int height, boolean colour, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height,
                colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(246, 246, 240));
        g.fillRect(0, 0, width, height);
        g.setColor(colour ? new Color(30, 100, 190) : Color.GRAY);
        g.fillRoundRect(width / 10, height / 10, width * 8 / 10, height * 8 / 10, 30, 30);
        g.setColor(colour ? new Color(210, 60, 50) : Color.DARK_GRAY);
        g.fillOval(width / 5, height / 4, width / 5, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /**
     * Runs the document retention as of now, one request per chunk (so that a failure leaves the
     * chunks before it committed), or restarts execution {@code restart} from the batch console's
     * boundary; answers {@code <execution> <status>} once it ended.
     */
    private String retention(String restart) {
        long execution;
        if (restart == null) {
            Properties parameters = AsOf.parameters(Instant.now());
            parameters.setProperty("itemCount", "1");
            execution = jobs.start(DocumentRetentions.JOB, parameters);
        } else {
            execution = runs.restart(Long.parseLong(restart));
        }
        // a job runs on its own thread: wait for its end (bounded), as the batch console's reader would
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        BatchStatus status = jobs.execution(execution).orElseThrow().getBatchStatus();
        while (RUNNING.contains(status) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            status = jobs.execution(execution).orElseThrow().getBatchStatus();
        }
        return execution + " " + status;
    }

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);
}
