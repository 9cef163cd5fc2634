package org.contactexport.delivery.file;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Unknown export, or one of another account: both answer 404 so nothing leaks. */
class FileNotFoundProblem extends ErrorResponseException {

    FileNotFoundProblem(UUID exportId) {
        super(HttpStatus.NOT_FOUND, problem(exportId), null);
    }

    private static ProblemDetail problem(UUID exportId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No file for export " + exportId + " in this account.");
        problem.setTitle("File not found");
        return problem;
    }
}
