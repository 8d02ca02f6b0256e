package io.anxin.kiosk.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 hashes for staff PINs, encoded as
 * {@code pbkdf2-sha256:<iterations>:<salt base64url>:<hash base64url>}. PINs are short, so the
 * iteration count is high and callers add a lock-out after failed tries.
 */
public final class PinHash {

    public static final int DEFAULT_ITERATIONS = 120_000;
    private static final int KEY_BITS = 256;
    private static final Pattern FORMAT =
            Pattern.compile("pbkdf2-sha256:(\\d{4,7}):([A-Za-z0-9_-]{8,88}):([A-Za-z0-9_-]{43})");

    private PinHash() {
    }

    public static String create(char[] pin, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return encode(pin, salt, DEFAULT_ITERATIONS);
    }

    static String encode(char[] pin, byte[] salt, int iterations) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "pbkdf2-sha256:" + iterations + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(pin, salt, iterations));
    }

    public static boolean isWellFormed(String encoded) {
        return encoded != null && FORMAT.matcher(encoded).matches();
    }

    /** Constant-time check of {@code pin} against {@code encoded}; false for a malformed hash. */
    public static boolean matches(String encoded, char[] pin) {
        if (!isWellFormed(encoded)) {
            return false;
        }
        String[] parts = encoded.split(":");
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getUrlDecoder().decode(parts[2]);
        byte[] expected = Base64.getUrlDecoder().decode(parts[3]);
        byte[] actual = derive(pin, salt, iterations);
        boolean same = MessageDigest.isEqual(expected, actual);
        Arrays.fill(actual, (byte) 0);
        return same;
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
