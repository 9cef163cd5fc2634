package org.contactexport.delivery.file;

import java.nio.file.Path;

/** What a download answers with: the stored file and how to present it. */
record Download(String fileName, String contentType, String sha256, Path path) {
}
