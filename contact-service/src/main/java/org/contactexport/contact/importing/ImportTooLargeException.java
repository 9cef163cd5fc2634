package org.contactexport.contact.importing;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A part of an imported file is beyond its limit: reading stops there and nothing is loaded.
 * An IOException, so that it passes through the readers and the CSV parser unchanged.
 */
final class ImportTooLargeException extends IOException {

    private final HttpStatus status;

    private ImportTooLargeException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    static ImportTooLargeException header(int maxChars) {
        return new ImportTooLargeException(HttpStatus.BAD_REQUEST, "The header row is longer "
                + "than " + maxChars + " characters; it must name the columns by field key. "
                + "Nothing was loaded.");
    }

    static ImportTooLargeException record(long line, int maxChars) {
        return new ImportTooLargeException(HttpStatus.BAD_REQUEST, "The record starting on "
                + "line " + line + " is longer than " + maxChars + " characters; is a quote "
                + "left open? Nothing was loaded.");
    }

    static ImportTooLargeException body(long maxBytes) {
        return new ImportTooLargeException(HttpStatus.PAYLOAD_TOO_LARGE, "The file is larger "
                + "than " + maxBytes + " bytes; split it and import each part. "
                + "Nothing was loaded.");
    }

    /** The answer to the caller. */
    ErrorResponseException problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setTitle(status == HttpStatus.PAYLOAD_TOO_LARGE
                ? "File too large" : "Invalid file");
        return new ErrorResponseException(status, problem, this);
    }
}
