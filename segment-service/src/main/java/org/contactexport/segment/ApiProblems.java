package org.contactexport.segment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.contactexport.criteria.CriteriaFault;
import org.contactexport.criteria.InvalidCriteriaException;
import org.contactexport.segment.contacts.ContactServiceUnavailable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Answers what to fix, as RFC 9457 problem details, for the public and internal APIs. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler
    ProblemDetail invalidCriteria(InvalidCriteriaException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid criteria",
                e.getMessage());
        problem.setProperty("errors", e.faults().stream().map(ApiProblems::error).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequest e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                e.getMessage());
        if (!e.allowed().isEmpty()) {
            problem.setProperty("allowed", e.allowed());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail editedMeanwhile(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "It was changed by someone else"
                + " meanwhile; read it again and send your change with its new version");
    }

    @ExceptionHandler
    ProblemDetail unavailable(ContactServiceUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                e.getMessage() + "; try again in a moment");
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", UnreadableBody.explain(e));
    }

    @ExceptionHandler
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                e.getName() + " must be a whole number, not \""
                        + Echo.shown(String.valueOf(e.getValue())) + "\"");
    }

    private static Map<String, Object> error(CriteriaFault fault) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("path", fault.path());
        error.put("message", fault.message());
        error.put("allowed", fault.allowed());
        return error;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
