package org.village.ingest;

import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Hands each row to the processor of its dataset; one loader step serves every kind of file. */
class DatasetRowProcessor implements ItemProcessor<DatasetRow, Object> {

    private final Map<Dataset, ItemProcessor<DatasetRow, ?>> processors;

    DatasetRowProcessor(Map<Dataset, ItemProcessor<DatasetRow, ?>> processors) {
        this.processors = processors;
    }

    @Override
    public Object process(DatasetRow row) throws Exception {
        if (row.problem() != null) {
            throw row.problem();
        }
        return processors.get(row.dataset()).process(row);
    }
}
