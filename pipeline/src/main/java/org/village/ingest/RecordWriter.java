package org.village.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes each record to its table, batching the chunk's records of one kind together. */
class RecordWriter implements ItemWriter<Object> {

    private final Map<Class<?>, ItemWriter<Object>> writers;

    RecordWriter(Map<Class<?>, ItemWriter<Object>> writers) {
        this.writers = writers;
    }

    @Override
    public void write(Chunk<?> chunk) throws Exception {
        Map<Class<?>, Chunk<Object>> byKind = new LinkedHashMap<>();
        for (Object item : chunk) {
            byKind.computeIfAbsent(item.getClass(), k -> new Chunk<>()).add(item);
        }
        for (Map.Entry<Class<?>, Chunk<Object>> kind : byKind.entrySet()) {
            ItemWriter<Object> writer = writers.get(kind.getKey());
            if (writer == null) {
                throw new IllegalStateException("No writer for " + kind.getKey().getSimpleName());
            }
            writer.write(kind.getValue());
        }
    }
}
