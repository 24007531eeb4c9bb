package org.prr.agent.source;

import java.util.function.Consumer;
import org.prr.model.Period;

/**
 * A platform system that gives rows of one record type. Rows are handed on one at a time, never collected, and may
 * include rows that do not concern the period: the aggregations decide what counts.
 */
public interface RecordSource {

    void forEach(Period period, Consumer<SourceRow> sink);
}
