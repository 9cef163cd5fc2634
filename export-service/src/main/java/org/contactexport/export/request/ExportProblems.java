package org.contactexport.export.request;

import org.contactexport.export.contacts.ContactServiceUnavailable;
import org.contactexport.export.notification.NotificationServiceUnavailable;
import org.contactexport.export.segments.SegmentServiceUnavailable;
import org.contactexport.export.segments.SourceRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Answers what to fix, as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = {ExportController.class, InternalExportController.class})
class ExportProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidExportRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getMessage());
        problem.setTitle("Invalid export request");
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(ExportNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unavailable(ContactServiceUnavailable e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + "; try again in a moment");
    }

    @ExceptionHandler
    ProblemDetail unavailable(NotificationServiceUnavailable e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + "; nothing was stored, try again in a moment");
    }

    @ExceptionHandler
    ProblemDetail refused(SourceRefused e) {
        if (e.notFound()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    e.getMessage());
            problem.setTitle("Source not found");
            return problem;
        }
        ProblemDetail problem = invalidInput(e.getMessage());
        if (e.errors() != null) {
            problem.setProperty("errors", e.errors());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unavailable(SegmentServiceUnavailable e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + "; nothing was stored, try again in a moment");
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return invalidInput(UnreadableBody.explain(e));
    }

    @ExceptionHandler
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        return invalidInput(UnreadableBody.explainParameter(e.getName(), e.getRequiredType(),
                e.getValue()));
    }

    private static ProblemDetail invalidInput(String whatToFix) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                whatToFix);
        problem.setTitle("Invalid export request");
        return problem;
    }
}
