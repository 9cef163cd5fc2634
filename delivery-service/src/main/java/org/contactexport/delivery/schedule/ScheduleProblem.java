package org.contactexport.delivery.schedule;

import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The error answers of the schedule API, each saying what to fix or what went wrong. */
class ScheduleProblem extends ErrorResponseException {

    private ScheduleProblem(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    static ScheduleProblem notFound(UUID id) {
        return new ScheduleProblem(HttpStatus.NOT_FOUND, "Schedule not found",
                "No schedule " + id + " in this account.");
    }

    static ScheduleProblem targetNotFound(UUID id) {
        return new ScheduleProblem(HttpStatus.NOT_FOUND, "SFTP target not found",
                "No SFTP target " + id + " in this account: create it with POST "
                        + "/api/v1/sftp-targets first.");
    }

    static ScheduleProblem exportNotFound(UUID id) {
        return new ScheduleProblem(HttpStatus.NOT_FOUND, "Export not found",
                "No export " + id + " in this account to base the schedule on.");
    }

    static ScheduleProblem exportNotCompleted(UUID id, String status) {
        return new ScheduleProblem(HttpStatus.CONFLICT, "Export not completed",
                "Export " + id + " is " + status + ": a schedule is based on a completed "
                        + "export; wait for it to complete or give a template.");
    }

    /** @param detail segment-service's, naming the segment, search or campaign */
    static ScheduleProblem sourceNotFound(String detail) {
        return new ScheduleProblem(HttpStatus.NOT_FOUND, "Source not found", detail);
    }

    /** @param detail segment-service's, naming the fault */
    static ScheduleProblem sourceRefused(String detail) {
        return new ScheduleProblem(HttpStatus.BAD_REQUEST, "Invalid source", detail);
    }

    static ScheduleProblem segmentServiceUnavailable(String described) {
        return new ScheduleProblem(HttpStatus.SERVICE_UNAVAILABLE, "segment-service unavailable",
                "segment-service could not be reached to check the " + described
                        + ": nothing was saved; try again in a moment.");
    }

    static ScheduleProblem paused(UUID id) {
        return new ScheduleProblem(HttpStatus.CONFLICT, "Schedule paused",
                "Schedule " + id + " is paused: resume it first to run it now.");
    }

    static ScheduleProblem runInProgress(UUID id, UUID runId, String status, Instant since) {
        ScheduleProblem problem = new ScheduleProblem(HttpStatus.CONFLICT, "Run in progress",
                "A run of schedule " + id + " is in progress since " + since + " (" + status
                        + "): wait for it to end before running the schedule again.");
        problem.getBody().setProperty("runId", runId);
        problem.getBody().setProperty("since", since);
        return problem;
    }

    static ScheduleProblem invalid(String detail) {
        return new ScheduleProblem(HttpStatus.BAD_REQUEST, "Invalid schedule", detail);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
