package io.jiceng.platform.module;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
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

    /** The application's message bundles ({@code spring.messages.basename}) and {@code i18n/<id>} of each module. */
    @Bean
    MessageSource messageSource(ModuleRegistry modules, Environment environment) {
        List<String> basenames = new ArrayList<>(List.of(environment.getProperty("spring.messages.basename", "i18n/messages").split(",")));
        modules.installed().stream().filter(m -> !CoreModule.ID.equals(m.id())).forEach(m -> basenames.add("i18n/" + m.id()));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames.stream().map(String::strip).toArray(String[]::new));
        messages.setBeanClassLoader(ModuleRegistry.class.getClassLoader());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
