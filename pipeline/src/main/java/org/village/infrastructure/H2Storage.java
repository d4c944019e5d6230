package org.village.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import org.h2.api.ErrorCode;
import org.h2.tools.ChangeFileEncryption;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.Environment;

/**
 * The embedded H2 database's secrets, settled just before the data source is made (when every property source, a
 * test's included, is in place). Its user has a generated password kept owner-only beside the database
 * ({@code village.password}); a database made before that, with H2's empty password, is moved to a generated one.
 * With {@code village.storage.encryption-key} set the file is encrypted (AES, H2's file password): an unencrypted
 * database is encrypted on the first start with a key, and given {@code village.storage.previous-encryption-key} too,
 * re-encrypted from the old key to the new one. PostgreSQL is left as configured, and so is a password set in
 * {@code spring.datasource.password} (encryption still applies to H2).
 */
public class H2Storage implements BeanPostProcessor {

    private static final String FILE_URL = "jdbc:h2:file:";
    /** H2's error for a wrong user name or password. */
    private static final int WRONG_PASSWORD = 28000;

    private final Environment environment;

    H2Storage(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties) {
            settle(properties);
        }
        return bean;
    }

    private void settle(DataSourceProperties properties) {
        String url = properties.getUrl();
        if (url == null || !url.startsWith(FILE_URL)) {
            return;
        }
        StorageProperties storage = Binder.get(environment).bindOrCreate("village.storage", StorageProperties.class);
        if (storage.encrypted() && (storage.encryptionKey().contains(" ") || (storage.previousEncryptionKey() != null
                && storage.previousEncryptionKey().contains(" ")))) {
            // H2 separates the file password from the user's with a space.
            throw new IllegalStateException("the encryption key (village.storage.encryption-key) may not contain "
                    + "spaces");
        }
        Path database = UpgradeBackup.database(url).orElseThrow();
        OwnerOnly.createDirectories(database.getParent());
        String user = properties.getUsername() == null ? "sa" : properties.getUsername();
        boolean cipher = storage.encrypted() && !url.toUpperCase().contains(";CIPHER=");
        String encryptedUrl = cipher ? url + ";CIPHER=AES" : url;
        String filePassword = cipher ? storage.encryptionKey() + " " : "";
        try {
            if (cipher) {
                settleEncryption(database, url, storage);
            }
            else if (Files.exists(dataFile(database)) && isEncrypted(dataFile(database))
                    && !url.toUpperCase().contains(";CIPHER=")) {
                throw new IllegalStateException("the database " + dataFile(database) + " is encrypted; give its key in "
                        + "village.storage.encryption-key or the environment variable VILLAGE_STORAGE_ENCRYPTION_KEY");
            }
            String configured = properties.getPassword() == null ? "" : properties.getPassword();
            String userPassword = configured.isEmpty()
                    ? userPassword(database, encryptedUrl, user, filePassword)
                    : configured;
            properties.setUrl(encryptedUrl);
            properties.setPassword(filePassword + userPassword);
            UpgradeBackup.prepare(database, encryptedUrl, user, filePassword + userPassword,
                    environment.getProperty("spring.flyway.locations", String[].class,
                            new String[] { "classpath:db/migration" }));
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not open the database " + database + ": " + e.getMessage(), e);
        }
    }

    /** The file holding the generated password of the database at {@code database} (its path without .mv.db). */
    public static Path passwordFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".password");
    }

    private static String userPassword(Path database, String url, String user, String filePassword)
            throws SQLException {
        Path file = passwordFile(database);
        if (Files.exists(file)) {
            return read(file);
        }
        if (!Files.exists(dataFile(database))) {
            String password = generated();
            write(file, password);
            return password;
        }
        // A database from before passwords: H2's empty one is replaced. The new password is written first, under
        // another name, so a crash in between leaves it findable, and takes its real name once the database has it.
        Path pending = database.resolveSibling(database.getFileName() + ".password.new");
        if (!Files.exists(pending)) {
            write(pending, generated());
        }
        String password = read(pending);
        try (Connection connection = DriverManager.getConnection(url, user, filePassword);
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER \"" + user.toUpperCase().replace("\"", "\"\"") + "\" SET PASSWORD '"
                    + password.replace("'", "''") + "'");
        }
        catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                throw e;
            }
            // The previous start set it and stopped before renaming the file.
        }
        try {
            Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database password in " + file, e);
        }
        return password;
    }

    private static void settleEncryption(Path database, String url, StorageProperties storage)
            throws SQLException {
        Path data = dataFile(database);
        if (!Files.exists(data)) {
            return;
        }
        String directory = database.getParent().toString();
        String name = database.getFileName().toString();
        if (!isEncrypted(data)) {
            ChangeFileEncryption.execute(directory, name, "AES", null, storage.encryptionKey().toCharArray(), true);
            return;
        }
        String previous = storage.previousEncryptionKey();
        if (previous == null || previous.isBlank() || previous.equals(storage.encryptionKey())) {
            return;
        }
        // Decrypting with a key that is not the file's would scramble it, so the old key is proven first; when only
        // the new key opens it, the rotation was done by an earlier start.
        if (opensWith(url + ";CIPHER=AES", previous)) {
            ChangeFileEncryption.execute(directory, name, "AES", previous.toCharArray(),
                    storage.encryptionKey().toCharArray(), true);
        }
    }

    /** Whether the file password opens the file; the user password does not matter for that. */
    private static boolean opensWith(String url, String key) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "", key + " ")) {
            return true;
        }
        catch (SQLException e) {
            if (e.getErrorCode() == WRONG_PASSWORD) {
                // The file opened (its key is right); only the user's password was wrong.
                return true;
            }
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                return false;
            }
            throw e;
        }
    }

    /** H2 starts an encrypted file with "H2encrypt", a plain one with its text header "H:2,...". */
    static boolean isEncrypted(Path data) {
        try (InputStream in = Files.newInputStream(data)) {
            byte[] head = in.readNBytes(9);
            return new String(head, StandardCharsets.ISO_8859_1).equals("H2encrypt");
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + data, e);
        }
    }

    private static Path dataFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    private static String generated() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the database password in " + file, e);
        }
    }

    private static void write(Path file, String password) {
        try {
            if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
            }
            else {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        }
        catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("The database password file " + file + " appeared while Village was "
                    + "creating it; is another Village process starting on this work folder?", e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database password in " + file, e);
        }
    }
}
