package org.contactexport.contact.selection;

import org.contactexport.criteria.InvalidCriteriaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused criteria document with a 400 that lists each fault and its path. */
@RestControllerAdvice
class CriteriaProblems {

    @ExceptionHandler(InvalidCriteriaException.class)
    ProblemDetail invalidCriteria(InvalidCriteriaException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                refused.getMessage());
        problem.setTitle("Invalid criteria");
        problem.setProperty("errors", refused.faults());
        return problem;
    }
}
