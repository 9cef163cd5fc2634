package org.contactexport.contact.importing;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A file that cannot be imported at all: answered 400, and nothing of it is loaded. */
class InvalidFileException extends ErrorResponseException {

    private InvalidFileException(ProblemDetail problem) {
        super(HttpStatus.BAD_REQUEST, problem, null);
    }

    static InvalidFileException because(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid file");
        return new InvalidFileException(problem);
    }

    static InvalidFileException unknownColumn(String column, List<String> validKeys) {
        InvalidFileException error = because("Unknown column '" + column
                + "'. The header row must name fields by key; valid keys: "
                + String.join(", ", validKeys));
        error.getBody().setTitle("Unknown column");
        error.getBody().setProperty("column", column);
        error.getBody().setProperty("validKeys", validKeys);
        return error;
    }
}
