package eu.trustdesk.procurement.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Expires the quotes of one chunk in the chunk transaction; counts those really expired (a quote
 * converted or expired meanwhile is skipped) in the step's exit status.
 */
@Named
@Dependent
public class QuoteExpiryWriter extends AbstractItemWriter {

    @Inject
    private QuoteExpiryStore store;

    @Inject
    private StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        long expired = items.stream().map(Long.class::cast).filter(store::expire).count();
        long before = step.getExitStatus() == null || !step.getExitStatus().startsWith("EXPIRED ") ? 0
                : Long.parseLong(step.getExitStatus().substring("EXPIRED ".length()));
        step.setExitStatus("EXPIRED " + (before + expired));
    }
}
