package io.jiceng.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The core's defaults (persistence, migrations, engine), in {@code platform-core-defaults.properties};
 * the application's own properties override them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:platform-core-defaults.properties", encoding = "UTF-8")
public class PlatformCoreConfiguration {
}
