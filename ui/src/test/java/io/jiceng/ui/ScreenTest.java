package io.jiceng.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one application context of the browserless screen tests (Karibu-Testing, {@link UiTestSupport}): the demo's
 * data in one database that all of them share, no job executor (a test that needs a timer fires it itself). Each
 * test works on cases, residents or staff of its own, or on demo data no other test changes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:ui-screens;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
public @interface ScreenTest {
}
