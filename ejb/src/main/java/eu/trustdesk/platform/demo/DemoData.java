package eu.trustdesk.platform.demo;

import eu.trustdesk.account.control.PasswordHashing;
import eu.trustdesk.account.control.SecondFactor;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.catalog.entity.ProductKind;
import eu.trustdesk.ordering.control.Contracts;
import eu.trustdesk.ordering.entity.ClientContract;
import eu.trustdesk.ordering.entity.Coupon;
import eu.trustdesk.ordering.entity.MovementReason;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.ordering.entity.PrepaidAccount;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.Money;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.voucher.entity.VoucherPartner;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo catalogue and the demo accounts when asked to, once: what already exists (by SKU
 * or e-mail address) is left as it is, so restarting the run keeps whatever the user changed.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The password of every demo account; documented in the README, never used outside the demo. */
    public static final String DEMO_PASSWORD = "TrustDesk-demo-2026";

    /** One demo account per role, in the order the README lists them. */
    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("customer@demo.trustdesk.eu", "Chiara", "Rossi", Language.IT, Role.CUSTOMER),
            new DemoLogin("buyer@demo.trustdesk.eu", "Jean", "Dupont", Language.FR, Role.CUSTOMER),
            new DemoLogin("partner@demo.trustdesk.eu", "Paul", "Martin", Language.FR, Role.PARTNER),
            new DemoLogin("validator@demo.trustdesk.eu", "Valérie", "Durand", Language.FR, Role.VALIDATOR),
            new DemoLogin("accountant@demo.trustdesk.eu", "Antoine", "Bernard", Language.FR, Role.ACCOUNTANT),
            new DemoLogin("admin@demo.trustdesk.eu", "Alice", "Admin", Language.EN, Role.ADMIN));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private Clock clock;

    @Inject
    private Contracts contracts;

    @Inject
    @ConfigProperty(name = "trustdesk.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        int products = 0;
        for (Product product : DemoCatalogue.products()) {
            if (em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", product.sku())
                    .getResultList().isEmpty()) {
                em.persist(product);
                products++;
            }
        }
        int accounts = 0;
        for (DemoLogin login : LOGINS) {
            if (em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", login.email())
                    .getResultList().isEmpty()) {
                Account account = new Account(login.email(), login.firstName(), login.lastName(), login.language(),
                        passwords.hash(DEMO_PASSWORD.toCharArray()), clock.instant());
                account.grant(login.role()).activate();
                em.persist(account);
                accounts++;
            }
        }
        seedDemoSecondFactor();
        int organisations = loadOrganisations();
        loadPayments();
        loadVoucherPartner();
        StringBuilder banner = new StringBuilder()
                .append("\n==================================================================\n")
                .append(" TrustDesk demo is ready at ").append(baseUrl).append('\n')
                .append(" (").append(products).append(" demo products and ").append(accounts)
                .append(" demo accounts, ")
                .append(organisations).append(" demo organisations loaded now)\n")
                .append(" Demo logins, all with the password ").append(DEMO_PASSWORD).append(":\n");
        LOGINS.forEach(l -> banner.append(String.format("   %-11s %s%n", l.role(), l.email())));
        banner.append(" Staff second factor: add the secret ").append(SecondFactor.DEMO_SECRET)
                .append(" to an authenticator app\n");
        banner.append("==================================================================");
        LOG.info(banner::toString);
    }

    /**
     * Staff must sign in with a second factor; the demo staff share one published secret (README),
     * seeded here only, so that whoever tries the demo, and the integration tests, can compute the
     * codes. Also given to demo staff accounts created before the second factor existed, and again
     * to one whose second factor an administrator reset, at the next start of the demo.
     */
    private void seedDemoSecondFactor() {
        for (DemoLogin login : LOGINS) {
            if (login.role().backOffice()) {
                em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", login.email())
                        .getResultStream().findFirst().ifPresent(a -> secondFactor.seedDemo(a, clock.instant()));
            }
        }
    }

    /**
     * The demo customers' organisations, one of each situation the journeys need: an Italian and a
     * French company, an Italian public administration waiting for confirmation and a French one
     * already confirmed. Identifiers are invented but pass every check.
     */
    private int loadOrganisations() {
        if (!em.createQuery("select o from Organisation o", Organisation.class).setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        Account chiara = account("customer@demo.trustdesk.eu");
        Account jean = account("buyer@demo.trustdesk.eu");
        Instant now = clock.instant();

        Organisation rossi = new Organisation(chiara, "Rossi Consulting S.r.l.", HolderType.COMPANY, Country.IT,
                LegalIdentity.of(HolderType.COMPANY, Country.IT, null, "01234560587", null, "M5UXCR1", null, null), now);
        rossi.changeQuoteHeader(PostalAddress.of("Via del Corso 12", null, "00186", "Roma", "RM", Country.IT),
                Contact.of("Chiara Rossi", "customer@demo.trustdesk.eu", "+39 06 1234 5678"));
        rossi.addDeliveryAddress("Sede", "Chiara Rossi", PostalAddress.of("Via del Corso 12", null, "00186", "Roma", "RM",
                Country.IT), "+39 06 1234 5678");
        Organisation comune = new Organisation(chiara, "Comune di Esempio", HolderType.PUBLIC_ADMINISTRATION, Country.IT,
                LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.IT, null, null, "80001230582", "UF7Q2K",
                        null, "c_esempio"), now);
        Organisation dupont = new Organisation(jean, "Dupont Conseil SARL", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", "FR19812345676", null, null, null,
                        null), now);
        dupont.changeQuoteHeader(PostalAddress.of("12 rue de la République", null, "69002", "Lyon", null, Country.FR),
                Contact.of("Jean Dupont", "buyer@demo.trustdesk.eu", "+33 4 72 00 00 00"));
        comune.changeQuoteHeader(PostalAddress.of("Piazza del Municipio 1", null, "00100", "Roma", "RM", Country.IT),
                Contact.of("Ufficio acquisti", "acquisti@comune-esempio.test", null));
        dupont.addDeliveryAddress("Siège", "Jean Dupont", PostalAddress.of("12 rue de la République", null, "69002",
                "Lyon", null, Country.FR), "+33 4 72 00 00 00");
        dupont.addBillingProfile("Dupont Holding SAS", true, HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "52765432100019", null, null, null, null, null),
                PostalAddress.of("8 quai Saint-Antoine", "Service comptabilité", "69002", "Lyon", null, Country.FR),
                Contact.of("Sophie Martin", "compta@dupont-holding.test", "+33 4 72 11 22 33"));
        Organisation mairie = new Organisation(jean, "Mairie de Villeneuve-Exemple", HolderType.PUBLIC_ADMINISTRATION,
                Country.FR, LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.FR, "21690123100011", null, null,
                        null, null, null), now);
        mairie.changeQuoteHeader(PostalAddress.of("Place de la Mairie", "Service des achats", "69100", "Villeurbanne",
                null, Country.FR), Contact.of("Service des achats", "achats@villeneuve-exemple.test", null));
        mairie.confirmPublicBody("admin@demo.trustdesk.eu", now);
        // where the public body's quotes deliver its tokens (procurement)
        mairie.addDeliveryAddress("Services techniques", "Services techniques – M. Martin", PostalAddress.of(
                "3 rue des Ateliers", null, "69100", "Villeurbanne", null, Country.FR), "+33 4 72 00 00 01");
        mairie.addBillingProfile("Trésorerie de Villeneuve-Exemple", true, HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.FR, "21690123100011", null, null, null, null,
                        null),
                PostalAddress.of("1 avenue du Trésor", null, "69100", "Villeurbanne", null, Country.FR),
                Contact.of("Comptable public", "tresorerie@villeneuve-exemple.test", null));
        List.of(rossi, comune, dupont, mairie).forEach(em::persist);
        return 4;
    }

    /**
     * The payment side of the demo, each piece only if it is missing: a prepaid account with
     * 1,000.00 EUR for Dupont Conseil, a contract of this year for Rossi Consulting, and three
     * coupons valid this year (10 % once per customer, 50 EUR off the token, 100 % five times).
     */
    private void loadPayments() {
        Instant now = clock.instant();
        int year = BusinessCalendar.dayOf(now).getYear();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        LocalDate newYearsEve = LocalDate.of(year, 12, 31);
        String accountant = "accountant@demo.trustdesk.eu";
        String admin = "admin@demo.trustdesk.eu";

        organisation("Dupont Conseil SARL").ifPresent(dupont -> {
            if (em.createNamedQuery(PrepaidAccount.OF_ORGANISATION, PrepaidAccount.class)
                    .setParameter("organisation", dupont.id()).getResultList().isEmpty()) {
                PrepaidAccount prepaid = new PrepaidAccount(dupont, Money.EUR, now);
                em.persist(prepaid);
                em.persist(prepaid.credit(new BigDecimal("1000.00"), MovementReason.TOP_UP,
                        "Virement reçu (démo)", accountant, now));
            }
        });
        organisation("Rossi Consulting S.r.l.").ifPresent(rossi -> {
            if (em.createNamedQuery(ClientContract.OF_ORGANISATION, ClientContract.class)
                    .setParameter("organisation", rossi.id()).getResultList().isEmpty()) {
                em.persist(new ClientContract(rossi, contracts.nextNumber(year), newYear, newYearsEve,
                        new BigDecimal("5000.00"), Money.EUR, admin, now));
            }
        });
        List.of(new Coupon("BIENVENUE10", Discount.Kind.PERCENT, new BigDecimal("10"), newYear, newYearsEve, Set.of(),
                        null, 1, admin, now),
                new Coupon("TOKEN50", Discount.Kind.AMOUNT, new BigDecimal("50"), newYear, newYearsEve,
                        Set.of("SIG-TOKEN"), null, null, admin, now),
                new Coupon("GRATUIT100", Discount.Kind.PERCENT, new BigDecimal("100"), newYear, newYearsEve, Set.of(),
                        5, null, admin, now))
                .stream()
                .filter(c -> em.createNamedQuery(Coupon.BY_CODE, Coupon.class).setParameter("code", c.code())
                        .getResultList().isEmpty())
                .forEach(em::persist);
    }

    /**
     * The demo partner's company, with a prepaid account of 5,000.00 EUR, and the voucher feature
     * switched on for it at 20 % off the catalogue: what the partner area's journeys need.
     */
    private void loadVoucherPartner() {
        Account paul = account("partner@demo.trustdesk.eu");
        if (!em.createNamedQuery(VoucherPartner.OF_ACCOUNT, VoucherPartner.class).setParameter("account", paul.id())
                .getResultList().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Organisation martin = new Organisation(paul, "Martin Distribution SAS", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "44306184100047", "FR64443061841", null, null, null,
                        null), now);
        martin.changeQuoteHeader(PostalAddress.of("5 avenue des Revendeurs", null, "75011", "Paris", null, Country.FR),
                Contact.of("Paul Martin", "partner@demo.trustdesk.eu", "+33 1 40 00 00 00"));
        em.persist(martin);
        PrepaidAccount prepaid = new PrepaidAccount(martin, Money.EUR, now);
        em.persist(prepaid);
        em.persist(prepaid.credit(new BigDecimal("5000.00"), MovementReason.TOP_UP, "Virement reçu (démo)",
                "accountant@demo.trustdesk.eu", now));
        VoucherPartner partner = new VoucherPartner(paul, "admin@demo.trustdesk.eu", now);
        partner.configure(true, martin, new BigDecimal("20"), "admin@demo.trustdesk.eu", now);
        em.persist(partner);
    }

    private Optional<Organisation> organisation(String name) {
        return em.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    private Account account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
    }

    /** A demo account: e-mail, name, language and its single role. */
    public record DemoLogin(String email, String firstName, String lastName, Language language, Role role) {
    }

    /** The demo catalogue: every kind of product the shop sells, in French, Italian and English. */
    static final class DemoCatalogue {

        private static final BigDecimal VAT_FR = new BigDecimal("20.00");

        private DemoCatalogue() {
        }

        static List<Product> products() {
            return List.of(
                    new Product("SIG-SOFT", ProductKind.SIGNATURE_CERTIFICATE, false, VAT_FR, Money.EUR, 10)
                            .describe(Language.FR, "Certificat de signature électronique (logiciel)",
                                    "Certificat de signature avancée pour une personne physique, installé dans votre navigateur. Validité d'un à trois ans.")
                            .describe(Language.IT, "Certificato di firma elettronica (software)",
                                    "Certificato di firma avanzata per una persona fisica, installato nel browser. Validità da uno a tre anni.")
                            .describe(Language.EN, "Electronic signature certificate (software)",
                                    "Advanced signature certificate for a natural person, installed in your browser. Valid one to three years.")
                            .offer(1, new BigDecimal("79.00")).offer(2, new BigDecimal("139.00")).offer(3, new BigDecimal("189.00")),
                    new Product("SIG-TOKEN", ProductKind.SIGNATURE_CERTIFICATE, true, VAT_FR, Money.EUR, 20)
                            .describe(Language.FR, "Certificat de signature sur clé USB cryptographique",
                                    "Certificat de signature qualifié eIDAS livré sur une clé USB cryptographique expédiée par courrier. Validité d'un à trois ans.")
                            .describe(Language.IT, "Certificato di firma su token USB crittografico",
                                    "Certificato di firma qualificata eIDAS consegnato su un token USB crittografico spedito per posta. Validità da uno a tre anni.")
                            .describe(Language.EN, "Signature certificate on a cryptographic USB token",
                                    "eIDAS qualified signature certificate delivered on a cryptographic USB token shipped by post. Valid one to three years.")
                            .offer(1, new BigDecimal("149.00")).offer(2, new BigDecimal("259.00")).offer(3, new BigDecimal("349.00")),
                    new Product("SIG-SEAL", ProductKind.SIGNATURE_CERTIFICATE, false, VAT_FR, Money.EUR, 30)
                            .describe(Language.FR, "Cachet électronique d'organisation",
                                    "Certificat de cachet serveur au nom de votre organisation, pour signer automatiquement vos documents. Validité d'un à trois ans.")
                            .describe(Language.IT, "Sigillo elettronico dell'organizzazione",
                                    "Certificato di sigillo a nome della vostra organizzazione, per firmare automaticamente i documenti. Validità da uno a tre anni.")
                            .describe(Language.EN, "Organisation electronic seal",
                                    "Seal certificate in your organisation's name, to sign documents automatically. Valid one to three years.")
                            .offer(1, new BigDecimal("290.00")).offer(2, new BigDecimal("520.00")).offer(3, new BigDecimal("720.00")),
                    new Product("SSL-OV", ProductKind.SERVER_CERTIFICATE, false, VAT_FR, Money.EUR, 40)
                            .describe(Language.FR, "Certificat serveur SSL/TLS OV",
                                    "Certificat serveur à validation d'organisation pour un nom de domaine et sa variante www. Validité d'un an.")
                            .describe(Language.IT, "Certificato server SSL/TLS OV",
                                    "Certificato server a validazione dell'organizzazione per un dominio e la sua variante www. Validità di un anno.")
                            .describe(Language.EN, "SSL/TLS server certificate (OV)",
                                    "Organisation-validated server certificate for one domain name and its www variant. Valid one year.")
                            .offer(1, new BigDecimal("199.00")),
                    new Product("EINV-START", ProductKind.EINVOICING_PLAN, false, VAT_FR, Money.EUR, 50)
                            .describe(Language.FR, "Facturation électronique — offre Essentiel",
                                    "Envoi et réception de factures électroniques, conservation à valeur probante, jusqu'à 300 factures par an.")
                            .describe(Language.IT, "Fatturazione elettronica — piano Start",
                                    "Invio e ricezione di fatture elettroniche tramite SDI, conservazione a norma, fino a 300 fatture all'anno.")
                            .describe(Language.EN, "E-invoicing — Start plan",
                                    "Send and receive electronic invoices with legal archiving, up to 300 invoices a year.")
                            .offer(1, new BigDecimal("49.00")),
                    new Product("EINV-PRO", ProductKind.EINVOICING_PLAN, false, VAT_FR, Money.EUR, 60)
                            .describe(Language.FR, "Facturation électronique — offre Pro",
                                    "Factures illimitées, conservation à valeur probante, intégration par API à votre logiciel de gestion.")
                            .describe(Language.IT, "Fatturazione elettronica — piano PRO",
                                    "Fatture illimitate, conservazione a norma, integrazione via API con il vostro gestionale.")
                            .describe(Language.EN, "E-invoicing — Pro plan",
                                    "Unlimited invoices, legal archiving, API integration with your accounting software.")
                            .offer(1, new BigDecimal("129.00")),
                    new Product("EINV-MULTI", ProductKind.EINVOICING_PLAN, false, VAT_FR, Money.EUR, 70)
                            .describe(Language.FR, "Facturation électronique — offre Multi-sociétés",
                                    "Gérez la facturation électronique de plusieurs sociétés depuis un seul compte, avec des droits par société.")
                            .describe(Language.IT, "Fatturazione elettronica — piano Multi-azienda",
                                    "Gestite la fatturazione elettronica di più aziende da un unico account, con permessi per azienda.")
                            .describe(Language.EN, "E-invoicing — Multi-company plan",
                                    "Manage the electronic invoicing of several companies from one account, with rights per company.")
                            .offer(1, new BigDecimal("349.00")),
                    new Product("HW-READER", ProductKind.HARDWARE, true, VAT_FR, Money.EUR, 80)
                            .describe(Language.FR, "Lecteur de cartes à puce USB",
                                    "Lecteur de cartes à puce compatible avec nos cartes de signature, expédié par courrier.")
                            .describe(Language.IT, "Lettore di smart card USB",
                                    "Lettore di smart card compatibile con le nostre carte di firma, spedito per posta.")
                            .describe(Language.EN, "USB smart-card reader",
                                    "Smart-card reader that works with our signature cards, shipped by post.")
                            .offer(Product.ONE_OFF, new BigDecimal("25.00")));
        }
    }
}
