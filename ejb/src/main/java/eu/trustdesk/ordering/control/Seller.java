package eu.trustdesk.ordering.control;

/** The seller as printed on the shop's documents and payment instructions. */
public record Seller(String name, String address, String siret, String vatNumber, String iban, String bic) {
}
