package io.jiceng.platform.module;

import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Imports the Spring configuration of every enabled module; a disabled module contributes no bean at all.
 * Runs while the configuration is read, before any bean exists, so an incompatible module stops the start.
 */
class EnabledModules implements ImportSelector, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String[] selectImports(AnnotationMetadata importingClass) {
        return ModuleRegistry.discover(environment).enabled().stream()
                .filter(module -> !(module instanceof CoreModule))
                .map(module -> module.configuration().getName())
                .toArray(String[]::new);
    }
}
