package org.contactexport.notification.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Service-to-service questions about an account's users; no token, platform network only. */
@RestController
@RequestMapping("/internal/v1/accounts/{accountId}/users")
@Tag(name = "Users (internal)", description = "For the platform's other services")
class InternalUserController {

    private final UserDirectory directory;

    InternalUserController(UserDirectory directory) {
        this.directory = directory;
    }

    @PostMapping("/known")
    @Operation(summary = "Which of these user ids are users of the account",
            description = "Answers the known ids in the order asked, without duplicates.")
    @ApiResponse(responseCode = "400", description = "More than 100 ids, or an id missing")
    KnownUsers known(@PathVariable @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,62}") String accountId,
            @Valid @RequestBody KnownUsersRequest request) {
        return new KnownUsers(directory.known(accountId, request.userIds()));
    }
}
