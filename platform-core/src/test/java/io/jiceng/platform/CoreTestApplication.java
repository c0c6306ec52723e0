package io.jiceng.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core alone, as the integration tests start it. */
@SpringBootApplication
public class CoreTestApplication {
}
