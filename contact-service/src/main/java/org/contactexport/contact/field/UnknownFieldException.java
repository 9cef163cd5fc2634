package org.contactexport.contact.field;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A field key that the account's catalogue does not have: answered 400 with the valid keys. */
public class UnknownFieldException extends ErrorResponseException {

    public UnknownFieldException(String key, List<String> validKeys) {
        super(HttpStatus.BAD_REQUEST, problem(key, validKeys), null);
    }

    private static ProblemDetail problem(String key, List<String> validKeys) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Unknown field '" + key + "'. Valid keys: " + String.join(", ", validKeys));
        problem.setTitle("Unknown field");
        problem.setProperty("field", key);
        problem.setProperty("validKeys", validKeys);
        return problem;
    }
}
