package org.contactexport.notification.user;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/v1/users/{userId}}.
 *
 * @param email       where the user's notifications go
 * @param displayName how emails greet the user
 * @param language    {@code fr} or {@code en}
 */
record UserRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Pattern(regexp = "fr|en", message = "must be fr or en")
        @Schema(allowableValues = {"fr", "en"}) String language) {

    UserDetails details() {
        return new UserDetails(email.trim(), displayName.trim(), Language.fromCode(language));
    }
}
