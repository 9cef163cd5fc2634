package org.contactexport.delivery.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.apache.sshd.sftp.client.SftpClient;
import org.contactexport.delivery.file.FileStore;
import org.contactexport.delivery.schedule.RunDelivery;
import org.contactexport.delivery.schedule.ScheduledRuns;
import org.contactexport.delivery.target.ConnectionFailedException;
import org.contactexport.delivery.target.SftpEndpoint;
import org.contactexport.delivery.target.SftpEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.file.remote.session.Session;
import org.springframework.stereotype.Component;

/**
 * One attempt to put a run's file on its SFTP target, whole: written under a temporary name
 * of its own run ({@code .<name>.<run id>.part}), renamed to the final name only once the
 * remote size equals the local size, so that a reader of the directory never sees a partial
 * file under the final name and two runs never write the same temporary file.
 */
@Component
class SftpUpload {

    private static final Logger log = LoggerFactory.getLogger(SftpUpload.class);
    static final String TEMPORARY_SUFFIX = ".part";
    /** Leaves room for the dot, the run id and the suffix within 255 characters. */
    private static final int MAX_NAME_IN_TEMPORARY = 200;

    private final ScheduledRuns runs;
    private final SftpEndpoints endpoints;
    private final FileStore store;
    private final UploadOutcomes outcomes;
    private final UploadSettings settings;

    SftpUpload(ScheduledRuns runs, SftpEndpoints endpoints, FileStore store,
            UploadOutcomes outcomes, UploadSettings settings) {
        this.runs = runs;
        this.endpoints = endpoints;
        this.store = store;
        this.outcomes = outcomes;
        this.settings = settings;
    }

    /** @return the wait before the next attempt, or empty when the delivery is over */
    Optional<Duration> attempt(UUID exportId) {
        Optional<RunDelivery> found = runs.uploading(exportId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RunDelivery delivery = found.get();
        log.info("Uploading export {} of schedule {} (attempt {})", exportId,
                delivery.scheduleId(), delivery.attempts() + 1);

        String remotePath = null;
        try (SftpEndpoint endpoint = endpoints.open(delivery.accountId(),
                delivery.targetId())) {
            remotePath = endpoint.remotePath(delivery.fileName());
            upload(endpoint, delivery, localFile(delivery), remotePath,
                    endpoint.remotePath(temporaryName(delivery)));
            outcomes.delivered(delivery, remotePath);
            return Optional.empty();
        } catch (ConnectionFailedException failed) {
            return failed(delivery, failed.check().message(), remotePath);
        } catch (RuntimeException | IOException e) {
            return failed(delivery, e.getMessage(), remotePath);
        }
    }

    private Optional<Duration> failed(RunDelivery delivery, String reason, String remotePath) {
        Optional<Duration> retry = settings.delayAfter(delivery.attempts() + 1);
        outcomes.attemptFailed(delivery, reason, remotePath, retry.isEmpty());
        return retry;
    }

    private Path localFile(RunDelivery delivery) throws IOException {
        Path file = store.resolve(delivery.fileLocation());
        if (!Files.isRegularFile(file) || Files.size(file) != delivery.bytes()) {
            throw new IOException("The file of export " + delivery.exportId()
                    + " is no longer whole in the file store.");
        }
        return file;
    }

    /** Hidden (leading dot), unique to the run, never mistaken for the final name. */
    static String temporaryName(RunDelivery delivery) {
        String name = delivery.fileName();
        String kept = name.length() <= MAX_NAME_IN_TEMPORARY
                ? name : name.substring(0, MAX_NAME_IN_TEMPORARY);
        return "." + kept + "." + delivery.exportId() + TEMPORARY_SUFFIX;
    }

    private void upload(SftpEndpoint endpoint, RunDelivery delivery, Path local,
            String remotePath, String temporary) {
        try {
            endpoint.execute(session -> {
                endpoint.checkDirectory(session);

                try (InputStream content = Files.newInputStream(local)) {
                    session.write(content, temporary);
                    checkSize(session, temporary, delivery.bytes());
                    session.rename(temporary, remotePath);
                } catch (IOException e) {
                    throw vanishedOr(endpoint, session, temporary, e);
                }
                checkSize(session, remotePath, delivery.bytes());
                return null;
            });
        } catch (ConnectionFailedException failed) {
            removeQuietly(endpoint, temporary);
            throw failed;
        }
    }

    /**
     * "No such file" on the temporary file or its rename means the directory went away, or
     * another program moved the file: which one is checked, not assumed.
     */
    private static IOException vanishedOr(SftpEndpoint endpoint,
            Session<SftpClient.DirEntry> session, String temporary, IOException error)
            throws IOException {
        if (!endpoint.isNoSuchFile(error)) {
            return error;
        }
        endpoint.checkDirectory(session);
        throw endpoint.fileVanished(temporary, error);
    }

    private static void checkSize(Session<SftpClient.DirEntry> session, String path,
            long expected) throws IOException {
        long size = ((SftpClient) session.getClientInstance()).stat(path).getSize();
        if (size != expected) {
            throw new IOException("The server holds " + size + " bytes of " + path
                    + " instead of " + expected + ".");
        }
    }

    /** A temporary file left by a cut transfer is removed when the server still answers. */
    private static void removeQuietly(SftpEndpoint endpoint, String temporary) {
        try {
            endpoint.execute(session -> session.exists(temporary) && session.remove(temporary));
        } catch (ConnectionFailedException stillDown) {
            log.debug("Could not remove {} after a failed upload: {}", temporary,
                    stillDown.check().code());
        }
    }
}
