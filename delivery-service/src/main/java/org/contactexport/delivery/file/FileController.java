package org.contactexport.delivery.file;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.contactexport.security.AccountUser;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/files")
@Tag(name = "Files", description = "Files of completed exports, kept for the retention period")
class FileController {

    static final String CHECKSUM_HEADER = "X-Checksum-SHA256";

    private final FileRegistry registry;
    private final PublicAddressProperties address;

    FileController(FileRegistry registry, PublicAddressProperties address) {
        this.registry = registry;
        this.address = address;
    }

    @GetMapping("/{exportId}")
    @Operation(summary = "Download the file of an export",
            description = "Streams the file with its name, content type, length and SHA-256 "
                    + "(header " + CHECKSUM_HEADER + ").")
    @ApiResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such export in the caller's account")
    @ApiResponse(responseCode = "410", description = "The file's retention has ended")
    ResponseEntity<Resource> download(@Parameter(hidden = true) AccountUser caller,
            @PathVariable UUID exportId) throws IOException {
        Download download = registry.download(caller.accountId(), exportId);

        // The resource is copied to the response in small buffers: memory stays constant.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(Files.size(download.path()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        AttachmentDisposition.of(download.fileName()))
                .header(CHECKSUM_HEADER, download.sha256())
                .body(new FileSystemResource(download.path()));
    }

    @GetMapping
    @Operation(summary = "List the account's files, newest first")
    FilePage list(@Parameter(hidden = true) AccountUser caller,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<StoredFile> files = registry.list(caller.accountId(), page, size);

        return new FilePage(files.map(this::summary).getContent(), page, size,
                files.getTotalElements(), files.getTotalPages());
    }

    private FileSummary summary(StoredFile file) {
        boolean downloadable = registry.isDownloadable(file);
        return new FileSummary(file.exportId(), file.fileName(), file.contentType(),
                file.bytes(), file.rows(), file.sha256(), file.registeredAt(),
                file.expiresAt(), downloadable ? "AVAILABLE" : "EXPIRED",
                downloadable ? address.downloadUrl(file.exportId()) : null);
    }
}
