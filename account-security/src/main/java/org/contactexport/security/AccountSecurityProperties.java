package org.contactexport.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of bearer-token authentication.
 *
 * @param jwtSecret the HMAC-SHA256 key that signs tokens, at least 32 characters; it comes
 *                  from the environment ({@code PLATFORM_SECURITY_JWT_SECRET}), never from a
 *                  committed file
 */
@Validated
@ConfigurationProperties("platform.security")
public record AccountSecurityProperties(@NotBlank @Size(min = 32) String jwtSecret) {
}
