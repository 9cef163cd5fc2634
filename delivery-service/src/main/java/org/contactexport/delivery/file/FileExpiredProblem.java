package org.contactexport.delivery.file;

import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The file existed but its retention has ended. */
class FileExpiredProblem extends ErrorResponseException {

    FileExpiredProblem(UUID exportId, Instant expiresAt) {
        super(HttpStatus.GONE, problem(exportId, expiresAt), null);
    }

    private static ProblemDetail problem(UUID exportId, Instant expiresAt) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                "The file of export " + exportId + " expired on " + expiresAt
                        + " and was deleted; run the export again to get a fresh file.");
        problem.setTitle("File expired");
        problem.setProperty("expiredAt", expiresAt);
        return problem;
    }
}
