package org.contactexport.delivery.file;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the platform keeps export files.
 *
 * @param root the directory shared with export-service, which writes the files;
 *             {@code ExportCompleted.fileLocation} is relative to it
 */
@Validated
@ConfigurationProperties("platform.file-store")
public record FileStoreProperties(@NotNull Path root) {
}
