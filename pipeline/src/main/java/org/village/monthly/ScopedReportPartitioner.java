package org.village.monthly;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per school dashboard and per success story, so they render in parallel and a restarted run renders
 * only those that had not finished. A school gets a dashboard when it has students this month or this school year
 * (the registry may list schools that send nothing, e.g. a state list); a partnership gets a story when its partner
 * consented to publish one.
 */
class ScopedReportPartitioner implements Partitioner {

    static final String KIND = "report";
    static final String ID = "id";
    static final String SCHOOL = "school";
    static final String STORY = "story";

    private final MonthFigures figures;

    ScopedReportPartitioner(MonthFigures figures) {
        this.figures = figures;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        figures.schoolNames().keySet().stream().filter(figures::hasStudents)
                .forEach(id -> partitions.put(SCHOOL + ":" + id, context(SCHOOL, id)));
        figures.stories().forEach(story -> partitions.put(STORY + ":" + story.partnershipId(),
                context(STORY, story.partnershipId())));
        return partitions;
    }

    private static ExecutionContext context(String kind, String id) {
        ExecutionContext context = new ExecutionContext();
        context.putString(KIND, kind);
        context.putString(ID, id);
        return context;
    }
}
