package org.contactexport.delivery.target;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.contactexport.delivery.PlainText;

/** A partial update: only the fields given change; a secret given replaces the stored one. */
record TargetChanges(
        @Size(min = 1, max = 200) @PlainText String name,
        @Size(min = 1, max = 253) @PlainText String host,
        @Min(1) @Max(65535) Integer port,
        @Size(min = 1, max = 255) @PlainText String username,
        @Schema(description = "Write-only") @Size(min = 1, max = 1000) String password,
        @Schema(description = "Write-only") @Size(min = 1, max = 20000) String privateKey,
        @Schema(description = "Write-only") @Size(max = 1000) String privateKeyPassphrase,
        @Size(min = 1, max = 5000) String hostKey,
        @Size(min = 1, max = 1000) @PlainText String directory) {

    @Override
    public String toString() {
        return "TargetChanges[" + username + "@" + host + ":" + port + directory + "]";
    }
}
