package org.village.ingest.oneroster;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The CSV files of a bundle, found by name ignoring case, in a folder or in a zip (at its top level or inside one
 * folder, as exports zip a folder). A zip is read entry by entry, never unpacked to disk, so an entry's name cannot
 * write anywhere; entries whose names climb out of the archive are not looked at, and an entry that inflates far
 * beyond its compressed size (a zip bomb) is refused before it fills the machine's time.
 */
abstract sealed class BundleFiles implements AutoCloseable {

    /** Far above any district's users.csv (about 200 bytes a user); a bigger entry is not a roster. */
    static final long MAX_ENTRY_BYTES = 4L << 30;
    /** CSV text compresses about 10:1; a ratio this high over more than a few megabytes is a crafted archive. */
    static final long MAX_RATIO = 200;
    private static final long RATIO_FREE_BYTES = 16L << 20;

    abstract boolean has(String name);

    /** The file's bytes, or null when the bundle has no such file. */
    abstract InputStream open(String name) throws IOException;

    @Override
    public abstract void close();

    static BundleFiles of(Path bundle) throws IOException {
        return Files.isDirectory(bundle) ? new Folder(bundle) : new Zip(bundle);
    }

    private static final class Folder extends BundleFiles {
        private final Map<String, Path> files = new HashMap<>();

        Folder(Path folder) throws IOException {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(Files::isRegularFile)
                        .forEach(f -> files.putIfAbsent(f.getFileName().toString().toLowerCase(Locale.ROOT), f));
            }
        }

        @Override
        boolean has(String name) {
            return files.containsKey(name.toLowerCase(Locale.ROOT));
        }

        @Override
        InputStream open(String name) throws IOException {
            Path file = files.get(name.toLowerCase(Locale.ROOT));
            return file == null ? null : Files.newInputStream(file);
        }

        @Override
        public void close() {
            // Each opened file is closed by its reader.
        }
    }

    private static final class Zip extends BundleFiles {
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries = new HashMap<>();

        Zip(Path file) throws IOException {
            this.zip = new ZipFile(file.toFile());
            Map<String, ZipEntry> nested = new HashMap<>();
            zip.stream().filter(e -> !e.isDirectory()).forEach(entry -> {
                String path = entry.getName().replace('\\', '/');
                if (path.startsWith("/") || path.contains("../") || path.startsWith("__MACOSX/")) {
                    return;
                }
                String[] parts = path.split("/");
                String name = parts[parts.length - 1].toLowerCase(Locale.ROOT);
                if (parts.length == 1) {
                    entries.putIfAbsent(name, entry);
                } else if (parts.length == 2) {
                    nested.putIfAbsent(name, entry);
                }
            });
            if (entries.isEmpty()) {
                entries.putAll(nested);
            }
        }

        @Override
        boolean has(String name) {
            return entries.containsKey(name.toLowerCase(Locale.ROOT));
        }

        @Override
        InputStream open(String name) throws IOException {
            ZipEntry entry = entries.get(name.toLowerCase(Locale.ROOT));
            return entry == null ? null : new Bounded(zip.getInputStream(entry), entry);
        }

        @Override
        public void close() {
            try {
                zip.close();
            }
            catch (IOException e) {
                // Only read from; nothing is lost if closing fails.
            }
        }
    }

    /** Counts what an entry inflates to and stops it at the limits above. */
    private static final class Bounded extends FilterInputStream {
        private final ZipEntry entry;
        private long read;

        Bounded(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            long compressed = Math.max(1, entry.getCompressedSize());
            if (read > MAX_ENTRY_BYTES || read > RATIO_FREE_BYTES && read / compressed > MAX_RATIO) {
                throw new OneRosterProblem("holds " + entry.getName() + ", which unpacks to far more than a roster "
                        + "could hold (over " + (read >> 20) + " MB from " + (compressed >> 10) + " KB); it is not "
                        + "read. Export the OneRoster files again and zip them as they are");
            }
        }
    }
}
