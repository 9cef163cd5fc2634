package org.contactexport.delivery.file;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.contactexport.events.ExportCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files the platform keeps for download, per account. */
@Service
class FileRegistry {

    private static final Logger log = LoggerFactory.getLogger(FileRegistry.class);

    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id"));

    private final StoredFiles files;
    private final FileStore store;
    private final DeliveryProperties properties;
    private final Clock clock;

    FileRegistry(StoredFiles files, FileStore store, DeliveryProperties properties, Clock clock) {
        this.files = files;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Registers the file of a completed export once; a redelivered event changes nothing. */
    @Transactional
    void register(ExportCompleted event) {
        if (!ExpectedFileLocation.isRespectedBy(event)) {
            log.warn("Refused ExportCompleted of export {}: its file location is not "
                    + "<accountId>/<exportId>/<fileName>", event.exportId());
            throw new FileLocationRefusedException(event.exportId());
        }
        if (files.existsByExportId(event.exportId())) {
            log.info("File of export {} is already registered; redelivered event ignored",
                    event.exportId());
            return;
        }
        if (!store.contains(event.fileLocation())) {
            throw new FileNotInStoreException(event.exportId(), event.fileLocation());
        }

        Instant now = clock.instant();
        StoredFile file = StoredFile.register(event, now, now.plus(properties.retention()));
        files.save(file);

        log.info("Registered file of export {} for account {}, kept until {}",
                file.exportId(), file.accountId(), file.expiresAt());
    }

    /** The caller's file, if it can still be downloaded. */
    @Transactional(readOnly = true)
    Download download(String accountId, UUID exportId) {
        StoredFile file = files.findByExportIdAndAccountId(exportId, accountId)
                .orElseThrow(() -> new FileNotFoundProblem(exportId));
        if (file.isExpiredAt(clock.instant())) {
            throw new FileExpiredProblem(exportId, file.expiresAt());
        }
        if (!store.contains(file.fileLocation())) {
            log.warn("File of export {} is registered but missing from the store", exportId);
            throw new FileNotFoundProblem(exportId);
        }

        return new Download(file.fileName(), file.contentType(), file.sha256(),
                store.resolve(file.fileLocation()));
    }

    @Transactional(readOnly = true)
    Page<StoredFile> list(String accountId, int page, int size) {
        return files.findByAccountId(accountId, PageRequest.of(page, size, NEWEST_FIRST));
    }

    boolean isDownloadable(StoredFile file) {
        return !file.isExpiredAt(clock.instant());
    }
}
