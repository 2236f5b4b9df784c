package eu.trustdesk.platform.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A reader of ids in increasing order, fetched a page at a time from a boundary, whose checkpoint
 * is the last id read: a restart asks for the ids after the last committed chunk. The boundary's
 * query must leave out what is done (a purged mail, a deleted document), so an item read twice
 * after a crash changes nothing.
 */
public abstract class IdCheckpointReader extends AbstractItemReader {

    private static final int PAGE = 200;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    /** The next ids after {@code afterId}, at most {@code max}, in increasing order. */
    protected abstract List<Long> next(long afterId, int max);

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    protected long lastId() {
        return lastId;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Long> ids = next(lastId, PAGE);
            page.addAll(ids);
            exhausted = ids.size() < PAGE;
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
