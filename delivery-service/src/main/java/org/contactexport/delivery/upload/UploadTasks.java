package org.contactexport.delivery.upload;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uploads as db-scheduler tasks (instance id = export id): an attempt runs on one instance,
 * and a retry is the same execution moved to a later time, so it survives a restart.
 */
@Configuration(proxyBeanMethods = false)
class UploadTasks {

    static final String SFTP_UPLOAD = "sftp-upload";

    @Bean
    CustomTask<Void> sftpUploadTask(SftpUpload upload) {
        return Tasks.custom(SFTP_UPLOAD, Void.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)))
                .execute((instance, context) -> upload
                        .attempt(UUID.fromString(instance.getId()))
                        .<CompletionHandler<Void>>map(delay -> (complete, operations) ->
                                operations.reschedule(complete, Instant.now().plus(delay)))
                        .orElse((complete, operations) -> operations.remove()));
    }
}
