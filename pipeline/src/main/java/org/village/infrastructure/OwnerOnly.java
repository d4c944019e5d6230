package org.village.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Student data at rest is for the account that runs Village: folders it creates are {@code rwx------} and the files
 * under them {@code rw-------}. Java cannot set the process's umask, so files other libraries create (H2, logback,
 * PDFBox, POI) are tightened after they are written, and their folder, being owner-only from the start, keeps them
 * private meanwhile. On a file system without POSIX permissions (Windows, some network shares) this is said once.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);
    private static final AtomicBoolean SAID_UNSUPPORTED = new AtomicBoolean();

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parents owner-only; folders that already exist keep their permissions. */
    public static Path createDirectories(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(absolute);
        }
        catch (FileAlreadyExistsException e) {
            return absolute;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not create the folder " + absolute, e);
        }
        restrict(absolute, FOLDER);
        return absolute;
    }

    /**
     * The folder, every folder under it and every file under it become owner-only. Called once logging is up, so a
     * file system without POSIX permissions is reported (once per process).
     */
    public static void tighten(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.getFileAttributeView(root, PosixFileAttributeView.class) == null) {
            if (SAID_UNSUPPORTED.compareAndSet(false, true)) {
                log.warn("The file system of {} has no POSIX permissions, so Village cannot make its files readable "
                        + "by this account only; keep the work folder and the output folder where only this account "
                        + "can read them.", root);
            }
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> {
                if (Files.isSymbolicLink(path)) {
                    return;
                }
                restrict(path, Files.isDirectory(path) ? FOLDER : FILE);
            });
        }
        catch (IOException | UncheckedIOException e) {
            // A file that vanished while walking (H2's temporary files) has nothing left to protect.
        }
    }

    /**
     * The work folder itself and what Village keeps in it ({@code db/}, {@code logs/}); not every file under it, as a
     * work folder given as {@code --workdir .} or a home folder holds other things whose modes are not Village's.
     */
    public static void tightenWorkFolder(Path workdir) {
        if (!Files.isDirectory(workdir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        tighten(workdir.resolve("db"));
        tighten(workdir.resolve("logs"));
        restrict(workdir, FOLDER);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        try {
            view.setPermissions(permissions);
        }
        catch (NoSuchFileException e) {
            // Deleted meanwhile (H2's temporary files): nothing left to protect.
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not restrict the permissions of " + path, e);
        }
    }
}
