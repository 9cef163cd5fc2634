package org.contactexport.notification.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.contactexport.security.AccountUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "The account's users: where and in which language "
        + "their export notifications go")
class UserController {

    private final UserDirectory directory;

    UserController(UserDirectory directory) {
        this.directory = directory;
    }

    @PutMapping("/{userId}")
    @Operation(summary = "Create or update a user of the caller's account",
            description = "A user may change their own profile; an admin of the account "
                    + "(token role `admin`) may change any user's.")
    @ApiResponse(responseCode = "201", description = "The user was created")
    @ApiResponse(responseCode = "200", description = "The user was updated")
    @ApiResponse(responseCode = "400", description = "A field is invalid; the body names it")
    @ApiResponse(responseCode = "403", description = "Only the user themself or an admin of "
            + "the account may change a user")
    ResponseEntity<UserView> save(@Parameter(hidden = true) AccountUser caller,
            @PathVariable @Pattern(regexp = "[A-Za-z0-9._:@-]{1,100}") String userId,
            @Valid @RequestBody UserRequest request) {
        if (!caller.userId().equals(userId) && !caller.admin()) {
            throw new UserChangeForbiddenException(userId);
        }

        SavedUser saved = directory.save(caller.accountId(), userId, request.details());

        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.user());
    }

    @GetMapping
    @Operation(summary = "List the users of the caller's account, by user id")
    List<UserView> list(@Parameter(hidden = true) AccountUser caller) {
        return directory.list(caller.accountId());
    }
}
