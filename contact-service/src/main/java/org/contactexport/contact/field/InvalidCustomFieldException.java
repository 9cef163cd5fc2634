package org.contactexport.contact.field;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A custom field declaration that cannot be accepted: answered 400 or 409. */
class InvalidCustomFieldException extends ErrorResponseException {

    private InvalidCustomFieldException(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    static InvalidCustomFieldException invalid(String detail) {
        return new InvalidCustomFieldException(HttpStatus.BAD_REQUEST,
                "Invalid custom field", detail);
    }

    static InvalidCustomFieldException duplicate(String name) {
        return new InvalidCustomFieldException(HttpStatus.CONFLICT, "Custom field exists",
                "The account already has a custom field named '" + name + "'");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
