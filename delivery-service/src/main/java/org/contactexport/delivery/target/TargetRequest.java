package org.contactexport.delivery.target;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.contactexport.delivery.PlainText;

/**
 * A target as the customer gives it. Give a password, a private key, or both.
 *
 * @param hostKey the server's host key: its fingerprint ({@code SHA256:…}) or a known_hosts
 *                line; connections to a server showing another key are refused
 */
record TargetRequest(
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotBlank @Size(max = 253) @PlainText String host,
        @Min(1) @Max(65535) Integer port,
        @NotBlank @Size(max = 255) @PlainText String username,
        @Schema(description = "Write-only; the API answers passwordSet instead")
        @Size(max = 1000) String password,
        @Schema(description = "Write-only: an OpenSSH or PEM private key, as text")
        @Size(max = 20000) String privateKey,
        @Schema(description = "Write-only: the passphrase of the private key, if it has one")
        @Size(max = 1000) String privateKeyPassphrase,
        @Schema(example = "SHA256:ZDVqeGJSUmcwZHcxQ3pFaXl4ZVlWQWtBbVJuNFRGNVU")
        @NotBlank @Size(max = 5000) String hostKey,
        @Schema(example = "/upload/contacts") @NotBlank @Size(max = 1000) @PlainText
        String directory) {

    int portOrDefault() {
        return port == null ? 22 : port;
    }

    @Override
    public String toString() {
        return "TargetRequest[" + username + "@" + host + ":" + port + directory + "]";
    }
}
