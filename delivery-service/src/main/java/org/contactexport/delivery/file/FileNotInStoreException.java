package org.contactexport.delivery.file;

import java.util.UUID;

/**
 * An ExportCompleted names a file the store does not hold (yet). The consumer retries it, then
 * sends the event to the dead-letter topic.
 */
class FileNotInStoreException extends RuntimeException {

    FileNotInStoreException(UUID exportId, String location) {
        super("The file of export " + exportId + " is not in the store at " + location);
    }
}
