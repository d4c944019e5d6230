package org.village.ingest.edfi;

import java.nio.file.Path;
import java.util.List;

/**
 * Ed-Fi files that are read as parts of another beside them: the sections a grades file takes its credits from, the
 * associations an enrolments file takes its students' groups from. The inbox lists the file they serve, not them,
 * and that file's content is its own and theirs, so a corrected part loads the file it serves again.
 */
public final class EdFiParts {

    private EdFiParts() {
    }

    /** The files read with this one, in the order read; none for most. */
    public static List<Path> companions(Path file) {
        if (EdFiJsonLines.isJsonLines(file)) {
            return EdFiJsonLines.companion(file).stream().toList();
        }
        return EdFiInterchange.companions(file);
    }

    /** True for a file read only as a part of another beside it. */
    public static boolean servesAnother(Path file) {
        return EdFiJsonLines.servesAnother(file) || EdFiInterchange.servesAnother(file);
    }
}
