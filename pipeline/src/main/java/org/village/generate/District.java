package org.village.generate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The district's schools, elementary first, then middle, then high schools, each level in id order. */
final class District {

    private final List<School> schools;
    private final Map<String, School> byId = new TreeMap<>();

    District(List<School> schools) {
        this.schools = List.copyOf(schools);
        schools.forEach(school -> byId.put(school.id(), school));
    }

    List<School> schools() {
        return schools;
    }

    School school(String id) {
        return byId.get(id);
    }

    /** Where a student of {@code from} goes for {@code grade}: the same school, or the one it feeds into. */
    School receiving(School from, Grade grade) {
        return from.teaches(grade) ? from : school(from.feedsInto());
    }
}
