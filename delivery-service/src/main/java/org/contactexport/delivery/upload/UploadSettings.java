package org.contactexport.delivery.upload;

import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a failed upload is retried.
 *
 * @param retryDelays the wait before each retry; after the last one fails, the delivery is
 *                    reported failed. By default 1, 4, 10 and 15 minutes: five attempts over
 *                    about half an hour
 */
@Validated
@ConfigurationProperties("platform.upload")
record UploadSettings(@NotEmpty @DefaultValue({"1m", "4m", "10m", "15m"})
        List<Duration> retryDelays) {

    /** The wait before the next attempt once {@code failures} attempts failed, if any. */
    java.util.Optional<Duration> delayAfter(int failures) {
        return failures <= retryDelays.size()
                ? java.util.Optional.of(retryDelays.get(failures - 1))
                : java.util.Optional.empty();
    }
}
