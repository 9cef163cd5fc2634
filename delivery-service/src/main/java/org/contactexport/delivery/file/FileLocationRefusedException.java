package org.contactexport.delivery.file;

import java.util.UUID;

/**
 * An ExportCompleted names a file outside its own account's folder for that export: a forged
 * or broken event. The consumer sends it to the dead-letter topic once its tries are spent.
 *
 * <p>Known shortcoming: it is retried like a transient failure first; marking it not retryable
 * through the binding's {@code retryable-exceptions} map did not bind from YAML.
 */
class FileLocationRefusedException extends RuntimeException {

    FileLocationRefusedException(UUID exportId) {
        super("The file location of export " + exportId
                + " is not <accountId>/<exportId>/<fileName>; the event is refused");
    }
}
