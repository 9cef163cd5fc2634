package org.contactexport.delivery.target;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The 4xx answers of the target API, each saying what to fix. */
class TargetProblem extends ErrorResponseException {

    private TargetProblem(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    /** Unknown, or of another account: both 404 so that nothing leaks. */
    static TargetProblem notFound(UUID id) {
        return new TargetProblem(HttpStatus.NOT_FOUND, "SFTP target not found",
                "No SFTP target " + id + " in this account.");
    }

    static TargetProblem invalid(String detail) {
        return new TargetProblem(HttpStatus.BAD_REQUEST, "Invalid SFTP target", detail);
    }

    static TargetProblem inUse(UUID id) {
        return new TargetProblem(HttpStatus.CONFLICT, "SFTP target in use",
                "SFTP target " + id + " is used by a schedule: delete the schedule or point it "
                        + "at another target first.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
