package eu.trustdesk.ordering.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new client contract as typed in the console; its number is given by the boundary. */
public class ContractForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate startDate;

    @NotNull
    private LocalDate endDate;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 10, fraction = 2)
    private BigDecimal annualCommitment;

    /** A contract for one year from {@code start}: the usual shape, which the administrator may change. */
    public static ContractForm forOneYearFrom(LocalDate start) {
        ContractForm form = new ContractForm();
        form.startDate = start;
        form.endDate = start.plusYears(1).minusDays(1);
        return form;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getAnnualCommitment() {
        return annualCommitment;
    }

    public void setAnnualCommitment(BigDecimal annualCommitment) {
        this.annualCommitment = annualCommitment;
    }
}
