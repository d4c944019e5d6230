package org.village.generate;

import java.nio.file.Path;
import java.time.YearMonth;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed {@code sample-data/} (surefire runs in the pipeline module, so it is {@code ../sample-data}), its
 * ground truth, and the district read back from its files, read once for all the tests that look at it.
 */
final class SampleData {

    static final Path DIR = Path.of("../sample-data");

    private static JsonNode truth;
    private static DistrictFiles files;

    private SampleData() {
    }

    static synchronized JsonNode truth() {
        if (truth == null) {
            truth = truth(DIR);
        }
        return truth;
    }

    static JsonNode truth(Path dir) {
        return JsonMapper.builder().build().readTree(dir.resolve("truth.json").toFile());
    }

    static synchronized DistrictFiles files() {
        if (files == null) {
            files = DistrictFiles.read(DIR);
        }
        return files;
    }

    /** The arguments recorded in a generated folder's truth file. */
    static GeneratorArguments arguments(JsonNode truth) {
        JsonNode arguments = truth.get("arguments");
        return new GeneratorArguments(arguments.get("students").asInt(), arguments.get("schools").asInt(),
                arguments.get("daily_schools").asInt(), arguments.get("seed").asLong(),
                YearMonth.parse(arguments.get("through").asString()));
    }
}
