package org.contactexport.delivery.target;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How SFTP targets are kept and reached.
 *
 * @param secretKey              base64 of the 32-byte AES key that encrypts the targets'
 *                               passwords and private keys; given by the operator, the
 *                               service does not start without it
 * @param allowLoopbackTargets   whether a target may be 127.0.0.1 or another loopback address
 *                               (the local run and the tests); link-local and cloud metadata
 *                               addresses are refused whatever this says
 * @param connectTimeout         how long connecting and authenticating may take
 */
@Validated
@ConfigurationProperties("platform.delivery")
public record TargetSettings(
        @NotBlank(message = "must be set: base64 of 32 random bytes (platform.delivery"
                + ".secret-key)") String secretKey,
        @DefaultValue("false") boolean allowLoopbackTargets,
        @NotNull @DefaultValue("10s") Duration connectTimeout) {

    @Override
    public String toString() {
        return "TargetSettings[secretKey=<hidden>, allowLoopbackTargets=" + allowLoopbackTargets
                + ", connectTimeout=" + connectTimeout + "]";
    }
}
