package io.jiceng.platform.problem.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A path under {@code /api} that no operation has is a 404 problem. Without this the Vaadin application, which takes
 * every path nobody else claims, would answer with its page. The problem is written here: Spring MVC's exception
 * handlers only serve controller methods and requests without a handler.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(RequestProblems problems, ObjectMapper json) {
        HttpRequestHandler unknown = (request, response) -> {
            ProblemDetail problem = problems.detail(HttpStatus.NOT_FOUND, LocaleContextHolder.getLocale(),
                    "request.path.unknown", request.getRequestURI());
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", unknown));
        // after the controllers (so a known path with another method stays 405), before Vaadin's mapping of /**
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 2);
        return mapping;
    }
}
