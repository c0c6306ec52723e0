package io.jiceng.platform.module;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.stereotype.Service;

/** What the modules page shows: each installed module with its processes and the state of its migrations. */
@Service
public class ModuleOverview {

    /** One process definition version of a module, with the instances still running on it. */
    public record ProcessVersion(String key, String name, int version, long runningInstances) {
    }

    /** One migration of a module, applied or pending. */
    public record Migration(String version, String description, String state, java.time.Instant installedOn) {
    }

    public record ModuleState(InstalledModule module, List<ProcessVersion> processes, List<Migration> migrations) {
    }

    private final ModuleRegistry modules;
    private final ModuleMigrations migrations;
    private final RepositoryService repository;
    private final RuntimeService runtime;

    public ModuleOverview(ModuleRegistry modules, ModuleMigrations migrations, RepositoryService repository,
                          RuntimeService runtime) {
        this.modules = modules;
        this.migrations = migrations;
        this.repository = repository;
        this.runtime = runtime;
    }

    public String coreVersion() {
        return modules.coreVersion();
    }

    public List<ModuleState> all() {
        return modules.installed().stream().map(m -> new ModuleState(m, processesOf(m.descriptor()), migrationsOf(m.descriptor())))
                .toList();
    }

    private List<ProcessVersion> processesOf(ServiceModule module) {
        return repository.createDeploymentQuery().deploymentName(module.id()).list().stream()
                .flatMap(deployment -> repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list().stream())
                .map(definition -> new ProcessVersion(definition.getKey(), definition.getName(), definition.getVersion(),
                        runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count()))
                .sorted(java.util.Comparator.comparing(ProcessVersion::key).thenComparing(ProcessVersion::version).reversed())
                .toList();
    }

    private List<Migration> migrationsOf(ServiceModule module) {
        return migrations.state(module).stream().map(ModuleOverview::toMigration).toList();
    }

    private static Migration toMigration(MigrationInfo info) {
        return new Migration(info.getVersion() == null ? "" : info.getVersion().getVersion(), info.getDescription(),
                info.getState().getDisplayName(), info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant());
    }
}
