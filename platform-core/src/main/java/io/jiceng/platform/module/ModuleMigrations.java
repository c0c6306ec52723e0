package io.jiceng.platform.module;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the core (Spring Boot's Flyway) and then each enabled module, in migration order, each with its own
 * history table so that modules version their schemas independently.
 */
@Component
public class ModuleMigrations implements FlywayMigrationStrategy {

    private final ModuleRegistry modules;
    private final DataSource dataSource;

    public ModuleMigrations(ModuleRegistry modules, DataSource dataSource) {
        this.modules = modules;
        this.dataSource = dataSource;
    }

    @Override
    public void migrate(Flyway core) {
        core.migrate();
        modules.enabled().stream().filter(m -> !(m instanceof CoreModule) && m.migrationLocation() != null)
                .forEach(module -> flywayOf(module).migrate());
    }

    /** The applied and pending migrations of a module, for the modules page. */
    public List<MigrationInfo> state(ServiceModule module) {
        if (module.migrationLocation() == null) {
            return List.of();
        }
        return List.of(flywayOf(module).info().all());
    }

    private Flyway flywayOf(ServiceModule module) {
        return Flyway.configure(module.getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(module.migrationLocation())
                .table(module.migrationHistoryTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
