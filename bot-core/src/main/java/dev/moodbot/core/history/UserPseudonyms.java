package dev.moodbot.core.history;

import dev.moodbot.core.UserRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a platform user id into the key its rows are stored under: HMAC-SHA256 with a per-installation salt that
 * lives beside the bot, not in the database. A copy of the database alone then says nothing about who is in it,
 * and ids (Discord's are guessable snowflakes) cannot be tested against it without the salt.
 */
public final class UserPseudonyms {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SALT_BYTES = 32;

    private final SecretKeySpec salt;

    UserPseudonyms(byte[] salt) {
        this.salt = new SecretKeySpec(salt.clone(), ALGORITHM);
    }

    /** Reads the salt file, creating it (owner-only) with a random salt the first time. */
    public static UserPseudonyms fromSaltFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[SALT_BYTES];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "salt", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temp, HexFormat.of().formatHex(fresh));
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return new UserPseudonyms(HexFormat.of().parseHex(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the history salt " + file, e);
        }
    }

    public UserKey keyOf(UserRef user) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(salt);
            return new UserKey(HexFormat.of().formatHex(mac.doFinal(user.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
