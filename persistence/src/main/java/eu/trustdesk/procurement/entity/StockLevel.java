package eu.trustdesk.procurement.entity;

import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * The stock of one physical product (a USB token, a reader): units on hand, and how many of them
 * are held for pre-ordered quotes. Never more reserved than on hand; callers change it under a row
 * lock, so concurrent pre-orders see each other's reservations.
 */
@Entity
@Table(name = "stock_level")
public class StockLevel {

    @Id
    @Column(name = "sku", length = 40)
    private String sku;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(name = "reserved", nullable = false)
    private int reserved;

    @Version
    private long version;

    protected StockLevel() {
        // for JPA
    }

    public StockLevel(String sku, int onHand) {
        this.sku = Objects.requireNonNull(sku, "sku");
        if (onHand < 0) {
            throw new IllegalArgumentException("Negative stock");
        }
        this.onHand = onHand;
    }

    /** Units neither shipped nor held for a quote. */
    public int available() {
        return onHand - reserved;
    }

    /** Holds {@code quantity} units for a quote; refused when fewer are available. */
    public void reserve(int quantity) {
        requirePositive(quantity);
        if (quantity > available()) {
            throw new BusinessException("error.stock.insufficient", sku, available());
        }
        reserved += quantity;
    }

    /** Gives back units held for a quote that expired or was cancelled. */
    public void release(int quantity) {
        requirePositive(quantity);
        if (quantity > reserved) {
            throw new IllegalStateException("Releasing " + quantity + " of " + sku + " but only " + reserved + " reserved");
        }
        reserved -= quantity;
    }

    /**
     * Units leave the warehouse: taken from those held for the quote when it was pre-ordered,
     * otherwise from those available.
     */
    public void ship(int quantity, boolean wasReserved) {
        requirePositive(quantity);
        if (wasReserved) {
            release(quantity);
        } else if (quantity > available()) {
            throw new BusinessException("error.stock.insufficient", sku, available());
        }
        onHand -= quantity;
    }

    /** Units received from the supplier. */
    public void receive(int quantity) {
        requirePositive(quantity);
        onHand += quantity;
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Quantity must be positive: " + quantity);
        }
    }

    public String sku() {
        return sku;
    }

    public int onHand() {
        return onHand;
    }

    public int reserved() {
        return reserved;
    }
}
