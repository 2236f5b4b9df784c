package eu.trustdesk.ordering.boundary;

import java.io.Serializable;

/** One line of a cart: a product, its validity in years (0 for one-off products) and how many. */
public record CartLine(String sku, int validityYears, int quantity) implements Serializable {

    /** Far above any real order, low enough to keep a typo from becoming an invoice. */
    public static final int MAX_QUANTITY = 999;

    public CartLine withQuantity(int newQuantity) {
        return new CartLine(sku, validityYears, newQuantity);
    }

}
