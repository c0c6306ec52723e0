package io.jiceng.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one application context of the tests that speak HTTP to a running server (REST API, browser): the demo's
 * data in one database that all of them share, on a random port, with the job executor running as in production.
 * Each test works on cases, residents or staff of its own, or on demo data no other test changes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:ui-api;DB_CLOSE_DELAY=-1")
public @interface ApiTest {
}
