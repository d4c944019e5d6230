package org.village.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded H2 database keeps student data at rest ({@code village.storage.*}).
 *
 * @param encryptionKey when set, the H2 file is encrypted with AES under this key (also read from the environment
 *        variable {@code VILLAGE_STORAGE_ENCRYPTION_KEY}); an unencrypted database is encrypted on the next start
 * @param previousEncryptionKey the key the database is encrypted with now, given once beside a new
 *        {@code encryptionKey} to rotate the key; the file is re-encrypted under the new key on start
 * @param rejectRetention how long a rejected row keeps the cell's value and the reason's wording (which may name a
 *        student id): long enough for the data manager to correct and resend the file; afterwards only the sheet,
 *        row, column and kind of problem remain
 */
@ConfigurationProperties("village.storage")
public record StorageProperties(String encryptionKey, String previousEncryptionKey,
        @DefaultValue("90d") Duration rejectRetention) {

    public boolean encrypted() {
        return encryptionKey != null && !encryptionKey.isBlank();
    }
}
