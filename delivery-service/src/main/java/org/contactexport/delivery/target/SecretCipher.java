package org.contactexport.delivery.target;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts the targets' secrets with AES-256-GCM under the operator's key: a fresh random
 * nonce per value, stored as base64 of nonce, ciphertext and tag. A value changed in the
 * database fails to decrypt instead of yielding another secret.
 */
@Component
class SecretCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(TargetSettings settings) {
        this.key = new SecretKeySpec(decodeKey(settings.secretKey()), "AES");
    }

    String encrypt(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);

        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a target secret", e);
        }
    }

    String decrypt(String stored) {
        byte[] all = Base64.getDecoder().decode(stored);

        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // The message names no secret: a wrong key or a tampered value.
            throw new IllegalStateException("A stored target secret could not be decrypted: "
                    + "was platform.delivery.secret-key changed?", e);
        }
    }

    private static byte[] decodeKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(
                    "platform.delivery.secret-key must be base64 of 32 random bytes");
        }
        if (key.length != 32) {
            throw new IllegalStateException("platform.delivery.secret-key must decode to 32 "
                    + "bytes (AES-256), not " + key.length);
        }
        return key;
    }
}
