package eu.trustdesk.organisation;

import static eu.trustdesk.organisation.LegalIdentityTest.IPA;
import static eu.trustdesk.organisation.LegalIdentityTest.NUMERIC_CF;
import static eu.trustdesk.organisation.LegalIdentityTest.OFFICE_CODE;
import static eu.trustdesk.organisation.LegalIdentityTest.OTHER_SIRET;
import static eu.trustdesk.organisation.LegalIdentityTest.PARTITA_IVA;
import static eu.trustdesk.organisation.LegalIdentityTest.SDI;
import static eu.trustdesk.organisation.LegalIdentityTest.SIRET;
import static eu.trustdesk.organisation.LegalIdentityTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.organisation.entity.BillingProfile;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.DeliveryAddress;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.organisation.entity.PublicBodyStatus;
import eu.trustdesk.shared.Language;
import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganisationTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-03T10:00:00Z");
    private static final String ADMIN = "admin@trustdesk.eu";

    private final Account owner = new Account("anna@example.fr", "Anna", "Martin", Language.FR, "hash", Instant.EPOCH);

    private static LegalIdentity french(HolderType holderType, String siret) {
        return LegalIdentity.of(holderType, Country.FR, siret, null, null, null, null, null);
    }

    private static LegalIdentity italianPa(String officeCode) {
        return LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.IT, null, null, NUMERIC_CF, officeCode, null, IPA);
    }

    private Organisation frenchPublicBody() {
        return new Organisation(owner, "Mairie de Lyon", HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                french(HolderType.PUBLIC_ADMINISTRATION, OTHER_SIRET), CREATED);
    }

    private Organisation confirmedFrenchPublicBody() {
        Organisation organisation = frenchPublicBody();
        organisation.confirmPublicBody(ADMIN, DECIDED);
        return organisation;
    }

    private Organisation company() {
        return new Organisation(owner, "Martin SAS", HolderType.COMPANY, Country.FR, french(HolderType.COMPANY, SIRET),
                CREATED);
    }

    private static PostalAddress address() {
        return PostalAddress.of("12 rue de la République", null, "69002", "Lyon", null, Country.FR);
    }

    /** What persisting does to the generated id, which these plain tests cannot. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPublicAdministrationStartsAsADeclaration() {
        Organisation organisation = frenchPublicBody();
        assertEquals(PublicBodyStatus.DECLARED, organisation.publicBodyStatus());
        assertFalse(organisation.isConfirmedPublicBody());
        assertNull(organisation.publicBodyDecidedBy());
        assertNull(organisation.publicBodyDecidedAt());
        assertEquals(CREATED, organisation.createdAt());
        assertSame(owner, organisation.owner());
    }

    @ParameterizedTest
    @EnumSource(value = HolderType.class, names = "PUBLIC_ADMINISTRATION", mode = EnumSource.Mode.EXCLUDE)
    void anyOtherHolderIsNotPublic(HolderType holderType) {
        Organisation organisation = new Organisation(owner, "Martin", holderType, Country.FR, french(holderType, SIRET),
                CREATED);
        assertEquals(PublicBodyStatus.NOT_PUBLIC, organisation.publicBodyStatus());
    }

    @Test
    void theItalianPublicAdministrationStartsAsADeclarationToo() {
        Organisation organisation = new Organisation(owner, "Comune di Esempio", HolderType.PUBLIC_ADMINISTRATION,
                Country.IT, italianPa(OFFICE_CODE), CREATED);
        assertEquals(PublicBodyStatus.DECLARED, organisation.publicBodyStatus());
    }

    @Test
    void theNameIsRequiredAndBounded() {
        refused("error.organisation.name", () -> new Organisation(owner, "  ", HolderType.COMPANY, Country.FR,
                french(HolderType.COMPANY, SIRET), CREATED));
        refused("error.organisation.name", () -> new Organisation(owner, null, HolderType.COMPANY, Country.FR,
                french(HolderType.COMPANY, SIRET), CREATED));
        String longest = "x".repeat(Organisation.NAME_LENGTH);
        assertEquals(longest, new Organisation(owner, " " + longest + " ", HolderType.COMPANY, Country.FR,
                french(HolderType.COMPANY, SIRET), CREATED).name());
        refused("error.organisation.name", () -> company().changeIdentity(longest + "x", HolderType.COMPANY, Country.FR,
                french(HolderType.COMPANY, SIRET)));
    }

    @Test
    void anAdministratorConfirmsADeclarationAndIsRecorded() {
        Organisation organisation = confirmedFrenchPublicBody();
        assertEquals(PublicBodyStatus.CONFIRMED, organisation.publicBodyStatus());
        assertTrue(organisation.isConfirmedPublicBody());
        assertEquals(ADMIN, organisation.publicBodyDecidedBy());
        assertEquals(DECIDED, organisation.publicBodyDecidedAt());
    }

    @Test
    void onlyADeclarationCanBeConfirmed() {
        Organisation company = company();
        refused("error.publicBody.notDeclared", () -> company.confirmPublicBody(ADMIN, DECIDED));
        assertEquals(PublicBodyStatus.NOT_PUBLIC, company.publicBodyStatus());
        assertNull(company.publicBodyDecidedBy());

        Organisation confirmed = confirmedFrenchPublicBody();
        refused("error.publicBody.notDeclared", () -> confirmed.confirmPublicBody("other@trustdesk.eu", DECIDED.plusSeconds(1)));
        assertEquals(ADMIN, confirmed.publicBodyDecidedBy(), "a refused decision records nothing");
        assertEquals(DECIDED, confirmed.publicBodyDecidedAt());
    }

    @Test
    void withdrawingAConfirmationMakesItADeclarationAgain() {
        Organisation organisation = confirmedFrenchPublicBody();
        Instant withdrawn = DECIDED.plusSeconds(3600);
        organisation.withdrawPublicBody("other@trustdesk.eu", withdrawn);
        assertEquals(PublicBodyStatus.DECLARED, organisation.publicBodyStatus());
        assertFalse(organisation.isConfirmedPublicBody());
        assertEquals("other@trustdesk.eu", organisation.publicBodyDecidedBy());
        assertEquals(withdrawn, organisation.publicBodyDecidedAt());
    }

    @Test
    void onlyAConfirmationCanBeWithdrawn() {
        Organisation declared = frenchPublicBody();
        refused("error.publicBody.notConfirmed", () -> declared.withdrawPublicBody(ADMIN, DECIDED));
        assertEquals(PublicBodyStatus.DECLARED, declared.publicBodyStatus());
        assertNull(declared.publicBodyDecidedBy());

        Organisation company = company();
        refused("error.publicBody.notConfirmed", () -> company.withdrawPublicBody(ADMIN, DECIDED));
        assertEquals(PublicBodyStatus.NOT_PUBLIC, company.publicBodyStatus());
    }

    @Test
    void renamingAConfirmedPublicBodyKeepsItConfirmed() {
        Organisation organisation = confirmedFrenchPublicBody();
        organisation.changeIdentity("Ville de Lyon", HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                french(HolderType.PUBLIC_ADMINISTRATION, "216 901 231 00011"));
        assertEquals("Ville de Lyon", organisation.name());
        assertEquals(PublicBodyStatus.CONFIRMED, organisation.publicBodyStatus());
    }

    @Test
    void changingTheMainIdentifierOfAConfirmedPublicBodySendsItBackToDeclared() {
        Organisation organisation = confirmedFrenchPublicBody();
        organisation.changeIdentity("Mairie de Lyon", HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                french(HolderType.PUBLIC_ADMINISTRATION, SIRET));
        assertEquals(PublicBodyStatus.DECLARED, organisation.publicBodyStatus());
        assertEquals(SIRET, organisation.identity().siret());
    }

    @Test
    void changingTheCountryOfAConfirmedPublicBodySendsItBackToDeclared() {
        Organisation organisation = confirmedFrenchPublicBody();
        organisation.changeIdentity("Comune di Esempio", HolderType.PUBLIC_ADMINISTRATION, Country.IT,
                italianPa(OFFICE_CODE));
        assertEquals(PublicBodyStatus.DECLARED, organisation.publicBodyStatus());
    }

    @Test
    void changingTheHolderTypeOfAConfirmedPublicBodyLosesTheConfirmation() {
        Organisation organisation = confirmedFrenchPublicBody();
        organisation.changeIdentity("Mairie de Lyon", HolderType.COMPANY, Country.FR,
                french(HolderType.COMPANY, OTHER_SIRET));
        assertEquals(PublicBodyStatus.NOT_PUBLIC, organisation.publicBodyStatus());
        assertFalse(organisation.isConfirmedPublicBody());

        organisation.changeIdentity("Mairie de Lyon", HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                french(HolderType.PUBLIC_ADMINISTRATION, OTHER_SIRET));
        assertEquals(PublicBodyStatus.DECLARED, organisation.publicBodyStatus(),
                "declaring it again needs a new confirmation");
    }

    @Test
    void aCompanyThatDeclaresItselfAPublicAdministrationIsADeclaration() {
        Organisation organisation = company();
        organisation.changeIdentity("Martin SAS", HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                french(HolderType.PUBLIC_ADMINISTRATION, SIRET));
        assertEquals(PublicBodyStatus.DECLARED, organisation.publicBodyStatus());
    }

    @Test
    void aDeclaredBodyThatBecomesACompanyIsNotPublic() {
        Organisation organisation = frenchPublicBody();
        organisation.changeIdentity("Mairie de Lyon", HolderType.COMPANY, Country.FR, french(HolderType.COMPANY, OTHER_SIRET));
        assertEquals(PublicBodyStatus.NOT_PUBLIC, organisation.publicBodyStatus());
    }

    @Test
    void deliveryAddressesAreAddedAndChecked() {
        Organisation organisation = company();
        DeliveryAddress added = organisation.addDeliveryAddress(" Siège ", " Anna Martin ", address(), "04 78 00 00 00");
        assertEquals(1, organisation.deliveryAddresses().size());
        assertSame(added, organisation.deliveryAddresses().get(0));
        assertSame(organisation, added.organisation());
        assertEquals("Siège", added.label());
        assertEquals("Anna Martin", added.recipient());
        assertEquals("04 78 00 00 00", added.phone());

        refused("error.delivery.label", () -> organisation.addDeliveryAddress(" ", "Anna Martin", address(), null));
        refused("error.delivery.recipient", () -> organisation.addDeliveryAddress("Siège", null, address(), null));
        refused("error.contact.phone", () -> organisation.addDeliveryAddress("Siège", "Anna Martin", address(), "call me"));
        assertEquals(1, organisation.deliveryAddresses().size(), "a refused address is not added");
        assertThrows(UnsupportedOperationException.class, () -> organisation.deliveryAddresses().clear());
    }

    @Test
    void removingAnUnknownDeliveryAddressIsRefused() {
        Organisation organisation = company();
        organisation.addDeliveryAddress("Siège", "Anna Martin", address(), null);
        // before persistence the address has no id: it can be neither found nor removed by one
        assertTrue(organisation.deliveryAddress(1).isEmpty());
        refused("error.notFound", () -> organisation.removeDeliveryAddress(1));
        assertEquals(1, organisation.deliveryAddresses().size());
    }

    @Test
    void aDeliveryAddressIsFoundAndRemovedByItsId() {
        Organisation organisation = company();
        DeliveryAddress first = withId(organisation.addDeliveryAddress("Siège", "Anna Martin", address(), null), 7);
        DeliveryAddress second = withId(organisation.addDeliveryAddress("Entrepôt", "Luc Martin", address(), null), 8);

        assertSame(second, organisation.deliveryAddress(8).orElseThrow());
        organisation.removeDeliveryAddress(7);
        assertEquals(1, organisation.deliveryAddresses().size());
        assertSame(second, organisation.deliveryAddresses().get(0));
        assertTrue(organisation.deliveryAddress(first.id()).isEmpty());
        refused("error.notFound", () -> organisation.removeDeliveryAddress(7));
    }

    @Test
    void billingProfilesAreAddedAndChecked() {
        Organisation organisation = company();
        LegalIdentity payer = LegalIdentity.of(HolderType.COMPANY, Country.IT, null, PARTITA_IVA, null, SDI, null, null);
        PostalAddress address = PostalAddress.of("Via Roma 1", null, "00184", "Roma", "RM", Country.IT);
        Contact contact = Contact.of("Marco Rossi", "marco@esempio.it", null);

        BillingProfile profile = organisation.addBillingProfile(" Esempio Srl ", true, HolderType.COMPANY, Country.IT,
                payer, address, contact);

        assertEquals(1, organisation.billingProfiles().size());
        assertSame(organisation, profile.organisation());
        assertEquals("Esempio Srl", profile.payerName());
        assertTrue(profile.thirdParty());
        assertEquals(PARTITA_IVA, profile.identity().vatNumber());
        refused("error.billing.payerName", () -> organisation.addBillingProfile("", false, HolderType.COMPANY,
                Country.IT, payer, address, contact));
        assertEquals(1, organisation.billingProfiles().size());
        assertThrows(UnsupportedOperationException.class, () -> organisation.billingProfiles().clear());
    }

    @Test
    void billingProfilesAreRemovedByIdAndAnUnknownOneIsRefused() {
        Organisation organisation = company();
        BillingProfile own = organisation.addBillingProfile("Martin SAS", false, HolderType.COMPANY, Country.FR,
                french(HolderType.COMPANY, SIRET), address(), Contact.of("Anna Martin", null, null));
        refused("error.notFound", () -> organisation.removeBillingProfile(3));

        withId(own, 3);
        assertSame(own, organisation.billingProfile(3).orElseThrow());
        organisation.removeBillingProfile(3);
        assertTrue(organisation.billingProfiles().isEmpty());
        refused("error.notFound", () -> organisation.removeBillingProfile(3));
    }
}
