package io.jiceng.ui.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's 401 and 403 as {@code application/problem+json} with a {@code code}, like its other errors, written by
 * the security filters themselves: these refusals happen before Spring MVC, whose error handling would answer with
 * its own JSON. The language is the request's, resolved as for every other answer (Chinese without Accept-Language).
 */
@Component
class ApiRefusals {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    ApiRefusals(MessageSource messages, LocaleResolver localeResolver, ObjectMapper json) {
        this.messages = messages;
        this.locales = localeResolver;
        this.json = json;
    }

    /** 401 with the given challenge ({@code Basic …} or {@code Bearer …}) and the problem. */
    AuthenticationEntryPoint unauthenticated(AuthenticationEntryPoint challenge) {
        return (request, response, failure) -> {
            challenge.commence(request, response, failure);
            write(request, response, HttpStatus.UNAUTHORIZED, "request.unauthenticated");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denied) -> write(request, response, HttpStatus.FORBIDDEN, "request.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, code, locale));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
