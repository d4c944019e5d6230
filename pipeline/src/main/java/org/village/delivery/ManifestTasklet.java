package org.village.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.village.infrastructure.Sha256;
import org.village.output.MonthFolder;

/**
 * The month's manifest: every file in the month's folder with its size, its SHA-256 and the addresses it goes to,
 * so anyone can check that what they received is what Village wrote. Written under a temporary name and moved into
 * place, like the reports. Files still being written (hidden {@code .part} files) are not listed.
 */
class ManifestTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ManifestTasklet.class);

    private final MonthFolder folder;
    private final Map<Path, List<String>> recipientsByFile;

    ManifestTasklet(MonthFolder folder, Map<Path, List<String>> recipientsByFile) {
        this.folder = folder;
        this.recipientsByFile = recipientsByFile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path directory = folder.directory();
        Path target = folder.manifest();
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(directory);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(directory)) {
                files = walk.filter(Files::isRegularFile).filter(folder::holds).filter(file -> !file.equals(target))
                        .filter(file -> !file.getFileName().toString().startsWith("."))
                        .sorted().toList();
            }
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write("file,bytes,sha256,recipients\n");
                for (Path file : files) {
                    out.write(csv(directory.relativize(file).toString().replace('\\', '/')) + ","
                            + Files.size(file) + "," + sha256(file) + ","
                            + csv(String.join(" ", recipientsByFile.getOrDefault(file, List.of()))) + "\n");
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            contribution.incrementWriteCount(files.size());
            log.info("Wrote {} listing {} file(s).", target, files.size());
        }
        catch (IOException e) {
            throw new UncheckedIOException("The manifest could not be written to " + target, e);
        }
        return RepeatStatus.FINISHED;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
