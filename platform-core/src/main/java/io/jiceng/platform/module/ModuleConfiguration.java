package io.jiceng.platform.module;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** The module contract at run time: which modules are installed, and the configuration of the enabled ones. */
@Configuration(proxyBeanMethods = false)
@Import(EnabledModules.class)
public class ModuleConfiguration {

    @Bean
    ModuleRegistry moduleRegistry(Environment environment) {
        return ModuleRegistry.discover(environment);
    }
}
