package io.jiceng.modules.assistance;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform core with this module on the classpath, as the integration test starts it. */
@SpringBootApplication(scanBasePackages = "io.jiceng.platform")
public class ModuleTestApplication {
}
