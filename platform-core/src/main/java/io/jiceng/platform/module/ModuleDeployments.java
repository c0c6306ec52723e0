package io.jiceng.platform.module;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * One Camunda deployment per enabled module, named after it, made only when one of its BPMN files changed
 * (the engine compares them with the module's last deployment). Runs once all beans exist and before any
 * application runner starts processes.
 */
@Component
class ModuleDeployments implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ModuleDeployments.class);

    private final ModuleRegistry modules;
    private final RepositoryService repository;

    ModuleDeployments(ModuleRegistry modules, RepositoryService repository) {
        this.modules = modules;
        this.repository = repository;
    }

    @Override
    public void afterSingletonsInstantiated() {
        modules.enabled().stream().filter(m -> !m.bpmnResources().isEmpty()).forEach(this::deploy);
    }

    void deploy(ServiceModule module) {
        DeploymentBuilder deployment = repository.createDeployment().name(module.id()).source(module.id())
                .enableDuplicateFiltering(false);
        ClassLoader classLoader = module.getClass().getClassLoader();
        for (String resource : module.bpmnResources()) {
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Module '" + module.id() + "' declares " + resource + ", which is not on the classpath");
                }
                deployment.addInputStream(resource, new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var deployed = deployment.deployWithResult().getDeployedProcessDefinitions();
        if (deployed != null && !deployed.isEmpty()) {
            log.info("Module {}: {} process definition(s) deployed", module.id(), deployed.size());
        }
    }
}
