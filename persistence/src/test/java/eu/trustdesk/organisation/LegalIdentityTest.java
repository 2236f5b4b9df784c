package eu.trustdesk.organisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.identifier.IdentifierType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalIdentityTest {

    static final String SIRET = "81234567600017";
    static final String SIREN = "812345676";
    static final String FR_VAT = "FR19812345676";
    static final String OTHER_SIRET = "21690123100011";
    /** Valid VAT number, but of SIREN 216901231, not of {@link #SIREN}. */
    static final String OTHER_FR_VAT = "FR60216901231";
    static final String PARTITA_IVA = "01234560587";
    static final String NUMERIC_CF = "80001230582";
    static final String PERSONAL_CF = "RSSMRA85T10A562S";
    static final String SDI = "M5UXCR1";
    static final String OFFICE_CODE = "UF7Q2K";
    static final String IPA = "c_esempio";
    static final String PEC_ADDRESS = "fatture@pec.esempio.it";

    static BusinessException refused(String key, Executable executable) {
        BusinessException e = assertThrows(BusinessException.class, executable);
        assertEquals(key, e.messageKey());
        return e;
    }

    @Test
    void theKeyOfAMissingIdentifierIsTheOneIdentifiersReports() {
        // the keys asserted below are those of Identifiers for an empty input
        assertEquals("identifier.SIRET.empty", IdentifierType.SIRET.problemKeys().get(0));
        assertEquals("identifier.PARTITA_IVA.empty", IdentifierType.PARTITA_IVA.problemKeys().get(0));
        assertEquals("identifier.CODICE_FISCALE.empty", IdentifierType.CODICE_FISCALE.problemKeys().get(0));
        assertEquals("identifier.IPA_CODE.empty", IdentifierType.IPA_CODE.problemKeys().get(0));
        assertEquals("identifier.SDI_CODE.empty", IdentifierType.SDI_CODE.problemKeys().get(0));
    }

    @Test
    void holderTypeAndCountryAreRequired() {
        refused("error.organisation.holderType", () -> LegalIdentity.of(null, Country.FR, SIRET, null, null, null, null, null));
        refused("error.organisation.country",
                () -> LegalIdentity.of(HolderType.COMPANY, null, SIRET, null, null, null, null, null));
    }

    @Nested
    class France {

        @ParameterizedTest
        @EnumSource(value = HolderType.class, names = "NATURAL_PERSON", mode = EnumSource.Mode.EXCLUDE)
        void everyHolderButANaturalPersonNeedsASiret(HolderType holderType) {
            refused("identifier.SIRET.empty", () -> LegalIdentity.of(holderType, Country.FR, null, null, null, null, null, null));
            refused("identifier.SIRET.empty", () -> LegalIdentity.of(holderType, Country.FR, "  ", null, null, null, null, null));
        }

        @Test
        void aCompanyWithASiretHasItsSirenAndNoVatNumber() {
            LegalIdentity identity = LegalIdentity.of(HolderType.COMPANY, Country.FR, "812 345 676 00017", null, null, null,
                    null, null);
            assertEquals(SIRET, identity.siret());
            assertEquals(SIREN, identity.siren());
            assertNull(identity.vatNumber());
            assertEquals(SIRET, identity.main());
        }

        @Test
        void aPublicBuyerIsIdentifiedByItsSiret() {
            LegalIdentity identity = LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.FR, OTHER_SIRET, null, null,
                    null, null, null);
            assertEquals(OTHER_SIRET, identity.main());
            assertEquals("216901231", identity.siren());
        }

        @Test
        void aWrongSiretIsRefusedWithTheReasonOfIdentifiers() {
            refused("identifier.SIRET.checksum",
                    () -> LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600018", null, null, null, null, null));
        }

        @Test
        void theVatNumberOfTheSirensIsAccepted() {
            LegalIdentity identity = LegalIdentity.of(HolderType.COMPANY, Country.FR, SIRET, "fr 19 812345676", null, null,
                    null, null);
            assertEquals(FR_VAT, identity.vatNumber());
        }

        @Test
        void theVatNumberOfAnotherSirenIsRefused() {
            BusinessException e = refused("error.organisation.vatNotOfSiren",
                    () -> LegalIdentity.of(HolderType.COMPANY, Country.FR, SIRET, OTHER_FR_VAT, null, null, null, null));
            assertArrayEquals(new Object[] {OTHER_FR_VAT, SIREN}, e.arguments());
        }

        @Test
        void anInvalidVatNumberIsRefusedWithTheReasonOfIdentifiers() {
            refused("identifier.FR_VAT.key",
                    () -> LegalIdentity.of(HolderType.COMPANY, Country.FR, SIRET, "FR20812345676", null, null, null, null));
        }

        @Test
        void aNaturalPersonNeedsNothing() {
            LegalIdentity identity = LegalIdentity.of(HolderType.NATURAL_PERSON, Country.FR, null, null, null, null, null,
                    null);
            assertNull(identity.siret());
            assertNull(identity.siren());
            assertNull(identity.vatNumber());
            assertNull(identity.main());
        }
    }

    @Nested
    class Italy {

        @Test
        void aCompanyNeedsAPartitaIva() {
            refused("identifier.PARTITA_IVA.empty",
                    () -> LegalIdentity.of(HolderType.COMPANY, Country.IT, null, null, null, SDI, null, null));
            refused("identifier.PARTITA_IVA.empty",
                    () -> LegalIdentity.of(HolderType.COMPANY, Country.IT, null, "", null, SDI, null, null));
        }

        @Test
        void aCompanyWithPartitaIvaAndSdiCode() {
            LegalIdentity identity = LegalIdentity.of(HolderType.COMPANY, Country.IT, null, PARTITA_IVA, null, SDI, null,
                    null);
            assertEquals(PARTITA_IVA, identity.vatNumber());
            assertEquals(SDI, identity.sdiCode());
            assertNull(identity.pec());
            assertNull(identity.siret());
            assertEquals(PARTITA_IVA, identity.main());
        }

        @Test
        void aCompanyMayReceiveItsInvoicesByPecInsteadOfSdiCode() {
            LegalIdentity identity = LegalIdentity.of(HolderType.COMPANY, Country.IT, null, PARTITA_IVA, null, null,
                    PEC_ADDRESS, null);
            assertEquals(PEC_ADDRESS, identity.pec());
            assertNull(identity.sdiCode());
        }

        @Test
        void aCompanyWithoutSdiCodeNorPecIsRefused() {
            refused("error.organisation.sdiOrPec",
                    () -> LegalIdentity.of(HolderType.COMPANY, Country.IT, null, PARTITA_IVA, null, null, null, null));
            refused("error.organisation.sdiOrPec",
                    () -> LegalIdentity.of(HolderType.COMPANY, Country.IT, null, PARTITA_IVA, null, " ", " ", null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"IT01234560587", "it01234560587", "IT 01234560587", " IT01234560587 "})
        void theItPrefixOfAPartitaIvaIsAccepted(String withPrefix) {
            LegalIdentity identity = LegalIdentity.of(HolderType.COMPANY, Country.IT, null, withPrefix, null, SDI, null,
                    null);
            assertEquals(PARTITA_IVA, identity.vatNumber());
        }

        @Test
        void aWrongPartitaIvaIsRefusedWithTheReasonOfIdentifiers() {
            refused("identifier.PARTITA_IVA.checksum",
                    () -> LegalIdentity.of(HolderType.COMPANY, Country.IT, null, "01234560588", null, SDI, null, null));
        }

        @Test
        void aSoleTraderNeedsPartitaIvaAndCodiceFiscale() {
            refused("identifier.CODICE_FISCALE.empty",
                    () -> LegalIdentity.of(HolderType.SOLE_TRADER, Country.IT, null, PARTITA_IVA, null, SDI, null, null));
            LegalIdentity identity = LegalIdentity.of(HolderType.SOLE_TRADER, Country.IT, null, PARTITA_IVA, PERSONAL_CF,
                    SDI, null, null);
            assertEquals(PERSONAL_CF, identity.taxCode());
            assertEquals(PARTITA_IVA, identity.main());
        }

        @Test
        void aPublicAdministrationNeedsCodiceFiscaleIpaCodeAndOfficeCode() {
            LegalIdentity identity = LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.IT, null, null, NUMERIC_CF,
                    "uf7q2k", null, IPA);
            assertEquals(NUMERIC_CF, identity.taxCode());
            assertEquals(OFFICE_CODE, identity.sdiCode());
            assertEquals(IPA, identity.ipaCode(), "the IPA code keeps its case");
            assertNull(identity.vatNumber());
            assertEquals(NUMERIC_CF, identity.main());
        }

        @Test
        void aPublicAdministrationWithoutOneOfItsIdentifiersIsRefused() {
            refused("identifier.CODICE_FISCALE.empty", () -> LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.IT,
                    null, PARTITA_IVA, null, OFFICE_CODE, null, IPA));
            refused("identifier.IPA_CODE.empty", () -> LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.IT, null,
                    null, NUMERIC_CF, OFFICE_CODE, null, null));
            refused("identifier.SDI_CODE.empty", () -> LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.IT, null,
                    null, NUMERIC_CF, null, PEC_ADDRESS, IPA));
        }

        @Test
        void aPublicAdministrationReceivesInvoicesThroughASixCharacterOfficeCode() {
            BusinessException e = refused("error.organisation.paOfficeCode", () -> LegalIdentity.of(
                    HolderType.PUBLIC_ADMINISTRATION, Country.IT, null, null, NUMERIC_CF, SDI, null, IPA));
            assertEquals(SDI, e.arguments()[0]);
        }

        @Test
        void aPublicAdministrationMayGiveItsPartitaIva() {
            LegalIdentity identity = LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.IT, null, "IT" + PARTITA_IVA,
                    NUMERIC_CF, OFFICE_CODE, null, IPA);
            assertEquals(PARTITA_IVA, identity.vatNumber());
        }

        @ParameterizedTest
        @NullAndEmptySource
        void aNaturalPersonNeedsACodiceFiscale(String missing) {
            refused("identifier.CODICE_FISCALE.empty",
                    () -> LegalIdentity.of(HolderType.NATURAL_PERSON, Country.IT, null, null, missing, null, null, null));
        }

        @Test
        void aNaturalPersonWithACodiceFiscaleNeedsNothingElse() {
            LegalIdentity identity = LegalIdentity.of(HolderType.NATURAL_PERSON, Country.IT, null, null,
                    "rssmra85t10a562s", null, null, null);
            assertEquals(PERSONAL_CF, identity.taxCode());
            assertNull(identity.vatNumber());
            assertNull(identity.sdiCode());
            assertEquals(PERSONAL_CF, identity.main());
        }
    }
}
