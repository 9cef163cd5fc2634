package org.contactexport.delivery.target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.contactexport.security.AccountUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sftp-targets")
@Tag(name = "SFTP targets", description = "The customer's SFTP servers that schedules deliver "
        + "to; secrets are write-only and the server's host key is pinned")
class SftpTargetController {

    private final SftpTargetCatalog catalog;

    SftpTargetController(SftpTargetCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping
    @Operation(summary = "Save an SFTP target",
            description = "The password and private key are stored encrypted and never shown "
                    + "again; hostKey pins the server's key (fingerprint SHA256:… or a "
                    + "known_hosts line).")
    @ApiResponse(responseCode = "201", description = "Saved")
    @ApiResponse(responseCode = "400", description = "What to fix in the target")
    ResponseEntity<TargetView> create(@Parameter(hidden = true) AccountUser caller,
            @Valid @RequestBody TargetRequest request) {
        SftpTarget target = catalog.create(caller.accountId(), request);

        return ResponseEntity.created(URI.create("/api/v1/sftp-targets/" + target.id()))
                .body(TargetView.of(target));
    }

    @GetMapping
    @Operation(summary = "List the account's SFTP targets, oldest first")
    List<TargetView> list(@Parameter(hidden = true) AccountUser caller) {
        return catalog.list(caller.accountId()).stream().map(TargetView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show an SFTP target (without its secrets)")
    @ApiResponse(responseCode = "404", description = "No such target in the caller's account")
    TargetView get(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id) {
        return TargetView.of(catalog.get(caller.accountId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change some fields of an SFTP target",
            description = "Only the fields given change; a password or key given replaces "
                    + "the stored one.")
    @ApiResponse(responseCode = "404", description = "No such target in the caller's account")
    TargetView change(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id,
            @Valid @RequestBody TargetChanges changes) {
        return TargetView.of(catalog.change(caller.accountId(), id, changes));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an SFTP target that no schedule uses")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "A schedule still delivers to it")
    ResponseEntity<Void> delete(@Parameter(hidden = true) AccountUser caller,
            @PathVariable UUID id) {
        catalog.delete(caller.accountId(), id);

        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/test")
    @Operation(summary = "Test a saved SFTP target",
            description = "Connects, checks the host key, logs in, and writes then deletes a "
                    + "small probe file in the directory. The answer's code is OK, "
                    + "HOST_UNREACHABLE, HOST_REFUSED, CONNECTION_REFUSED, HOST_KEY_MISMATCH "
                    + "(with the key the server showed), AUTHENTICATION_FAILED, "
                    + "DIRECTORY_MISSING or DIRECTORY_NOT_WRITABLE, with a message in plain "
                    + "words.")
    ConnectionCheck test(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id) {
        return catalog.test(caller.accountId(), id);
    }

    @PostMapping("/test")
    @Operation(summary = "Test an SFTP target before saving it",
            description = "The same checks and answer as the test of a saved target.")
    ConnectionCheck testUnsaved(@Parameter(hidden = true) AccountUser caller,
            @Valid @RequestBody TargetRequest request) {
        return catalog.testUnsaved(request);
    }
}
