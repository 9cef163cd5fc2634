package org.contactexport.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every MVC error as a ProblemDetail; invalid input names each bad field in the
 * detail and in {@code errors}, so that the caller knows what to fix.
 */
@RestControllerAdvice
class ValidationProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<InvalidField> fields = exception.getBindingResult().getFieldErrors().stream()
                .map(InvalidField::of)
                .toList();

        return handleExceptionInternal(exception, problem(fields), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** Raised instead of the above when a path or query parameter is constrained too. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<InvalidField> fields = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                errors.getFieldErrors().forEach(error -> fields.add(InvalidField.of(error)));
            } else {
                String parameter = result.getMethodParameter().getParameterName();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    fields.add(new InvalidField(parameter, error.getDefaultMessage()));
                }
            }
        }

        return handleExceptionInternal(exception, problem(fields), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail problem(List<InvalidField> fields) {
        List<InvalidField> sorted = fields.stream()
                .sorted(Comparator.comparing(InvalidField::field))
                .toList();

        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                sorted.stream()
                        .map(field -> field.field() + ": " + field.message())
                        .collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", sorted.stream()
                .map(field -> Map.of("field", field.field(), "message", field.message()))
                .toList());
        return problem;
    }

    private record InvalidField(String field, String message) {

        static InvalidField of(FieldError error) {
            return new InvalidField(error.getField(), String.valueOf(error.getDefaultMessage()));
        }
    }
}
