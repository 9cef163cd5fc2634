package org.contactexport.notification.user;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A user tried to change another user of their account without being its admin: that would
 * let them redirect the other user's notifications, download links included.
 */
class UserChangeForbiddenException extends ErrorResponseException {

    UserChangeForbiddenException(String userId) {
        super(HttpStatus.FORBIDDEN, problem(userId), null);
    }

    private static ProblemDetail problem(String userId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Only user " + userId + " or an admin of the account may change this user");
        problem.setTitle("Not allowed to change this user");
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
