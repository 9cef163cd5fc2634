package org.contactexport.delivery;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A name or path typed by a person: no control character. PostgreSQL refuses NUL in text, and
 * a CR or LF in a name breaks the logs, the e-mails and the remote file names.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "\\P{Cntrl}*")
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "must not contain control characters such as NUL, CR or LF";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
