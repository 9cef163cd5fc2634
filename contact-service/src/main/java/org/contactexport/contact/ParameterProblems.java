package org.contactexport.contact;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers MVC errors as ProblemDetails, as Spring does by default, except that a refused query
 * or path parameter, or a refused member of a request body, is named with what to fix instead
 * of a bare "Validation failure".
 */
@RestControllerAdvice
class ParameterProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<String> faults = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                faults.add(parameter + ": " + error.getDefaultMessage());
            }
        }

        return invalidRequest(exception, faults, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<String> faults = new ArrayList<>();
        for (FieldError error : exception.getBindingResult().getFieldErrors()) {
            faults.add(error.getField() + ": " + error.getDefaultMessage());
        }

        return invalidRequest(exception, faults, headers, request);
    }

    private ResponseEntity<Object> invalidRequest(Exception exception, List<String> faults,
            HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join("; ", faults));
        problem.setTitle("Invalid request");
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST,
                request);
    }
}
