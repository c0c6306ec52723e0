package io.jiceng.platform.problem.internal;

import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The REST API's errors as {@code application/problem+json}, told in the request's language (Accept-Language,
 * Chinese by default): a broken rule says which, a field error names the field, a missing or foreign record is
 * 404, work someone else did first is 409.
 */
@RestControllerAdvice(basePackages = "io.jiceng") // the core's controllers and the modules'
class ProblemResponses {

    private static final Map<String, HttpStatus> CONFLICTS = Map.of(
            "task.done-by-other", HttpStatus.CONFLICT,
            "task.claimed-by-other", HttpStatus.CONFLICT,
            "task.claimed-just-now", HttpStatus.CONFLICT,
            "resident.changed-meanwhile", HttpStatus.CONFLICT,
            "case.withdraw.final", HttpStatus.CONFLICT,
            "task.withdraw.already-acted", HttpStatus.CONFLICT,
            "task.withdraw.too-late", HttpStatus.CONFLICT,
            "task.urge.too-soon", HttpStatus.TOO_MANY_REQUESTS,
            "staff.permission.missing", HttpStatus.FORBIDDEN);

    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Problem.class)
    ProblemDetail problem(Problem problem, Locale locale) {
        HttpStatus status = problem instanceof NotFound ? HttpStatus.NOT_FOUND
                : CONFLICTS.getOrDefault(problem.messageKey(), HttpStatus.BAD_REQUEST);
        Object[] arguments = problem.arguments();
        if (problem instanceof NotFound && arguments.length > 0) {
            arguments[0] = messages.getMessage("what." + arguments[0], null, String.valueOf(arguments[0]), locale);
        }
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(problem.messageKey(), arguments, problem.messageKey(), locale));
        detail.setProperty("code", problem.messageKey());
        if (problem instanceof InvalidField invalid) {
            detail.setProperty("field", invalid.field());
        }
        return detail;
    }
}
