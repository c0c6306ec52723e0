package io.jiceng.platform.problem.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.ServletException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests the API cannot take at all — a body that is no JSON, a parameter of the wrong type or missing, a method
 * or content type the operation does not accept, a path no operation has, an upload too large — answered like
 * every other refusal ({@link ProblemResponses}): {@code application/problem+json} with a {@code code}, told in the
 * request's language. Spring MVC raises them before it has chosen a controller, so this advice cannot be limited to
 * the platform's packages.
 */
@RestControllerAdvice
class RequestProblems {

    private final MessageSource messages;
    private final Environment environment;

    RequestProblems(MessageSource messages, Environment environment) {
        this.messages = messages;
        this.environment = environment;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : String.valueOf(step.getIndex()))
                    .collect(Collectors.joining("."));
            return field(HttpStatus.BAD_REQUEST, field, locale, "request.body.field-invalid", field);
        }
        return answer(HttpStatus.BAD_REQUEST, locale, "request.body.unreadable");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException e, Locale locale) {
        return field(HttpStatus.BAD_REQUEST, e.getName(), locale, "request.parameter.invalid", e.getName(),
                String.valueOf(e.getValue()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, Locale locale) {
        return field(HttpStatus.BAD_REQUEST, e.getParameterName(), locale, "request.parameter.missing", e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, Locale locale) {
        return field(HttpStatus.BAD_REQUEST, e.getRequestPartName(), locale, "request.parameter.missing", e.getRequestPartName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException e, Locale locale) {
        String supported = e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, locale, "request.media-type.unsupported",
                String.valueOf(e.getContentType()), supported);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e, Locale locale) {
        String allowed = e.getSupportedHttpMethods() == null ? ""
                : e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        ResponseEntity<ProblemDetail> answer = answer(HttpStatus.METHOD_NOT_ALLOWED, locale, "request.method.not-allowed",
                e.getMethod(), allowed);
        return ResponseEntity.status(answer.getStatusCode()).headers(e.getHeaders()).body(answer.getBody());
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> unknownPath(Exception e, Locale locale) {
        String path = e instanceof NoHandlerFoundException none ? none.getRequestURL()
                : "/" + ((NoResourceFoundException) e).getResourcePath();
        return answer(HttpStatus.NOT_FOUND, locale, "request.path.unknown", path);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        DataSize limit = environment.getProperty("spring.servlet.multipart.max-request-size", DataSize.class,
                DataSize.ofMegabytes(10));
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, locale, "request.upload.too-large", String.valueOf(limit.toMegabytes()));
    }

    /** Any other request Spring MVC refuses with a 4xx (a missing header, a path variable that does not convert …). */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<ProblemDetail> otherwise(Exception e, Locale locale) throws Exception {
        if (!(e instanceof ErrorResponse refusal) || !refusal.getStatusCode().is4xxClientError()) {
            throw e; // the same exception: Spring MVC's other resolvers answer it as before
        }
        HttpStatusCode status = refusal.getStatusCode();
        ResponseEntity<ProblemDetail> answer = answer(status, locale, "request.invalid", String.valueOf(status.value()));
        return ResponseEntity.status(status).headers(refusal.getHeaders()).body(answer.getBody());
    }

    private ResponseEntity<ProblemDetail> field(HttpStatusCode status, String field, Locale locale, String code, Object... arguments) {
        ResponseEntity<ProblemDetail> answer = answer(status, locale, code, arguments);
        answer.getBody().setProperty("field", field);
        return answer;
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatusCode status, Locale locale, String code, Object... arguments) {
        return ResponseEntity.status(status).body(detail(status, locale, code, arguments));
    }

    ProblemDetail detail(HttpStatusCode status, Locale locale, String code, Object... arguments) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, arguments, code, locale));
        detail.setProperty("code", code);
        return detail;
    }
}
