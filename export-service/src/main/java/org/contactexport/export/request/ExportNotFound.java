package org.contactexport.export.request;

import java.util.UUID;

/** No export with this id in the caller's account (another account's is not told apart). */
class ExportNotFound extends RuntimeException {

    ExportNotFound(UUID id) {
        super("No export " + id);
    }

    ExportNotFound(String whatIsMissing) {
        super(whatIsMissing);
    }
}
