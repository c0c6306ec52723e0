package io.jiceng.platform.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.modules.fixture.FixtureVisitMapper;
import io.jiceng.platform.casework.CaseTypes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A module switched off by its property stays listed as installed and contributes nothing else. */
// a context of its own: the module must be off from the start, so it must not share the module's tables
@SpringBootTest(properties = {"platform.modules.fixture.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:disabled-module;DB_CLOSE_DELAY=-1"})
class DisabledModuleIntegrationTest {

    @Autowired ModuleRegistry modules;
    @Autowired ApplicationContext context;
    @Autowired RepositoryService repository;
    @Autowired CaseTypes caseTypes;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aDisabledModuleHasNoBeansNoProcessNoCaseTypeAndNoTables() {
        assertThat(modules.installed()).extracting(InstalledModule::id).contains("fixture");
        assertThat(modules.isEnabled("fixture")).isFalse();
        assertThat(context.getBeanNamesForType(FixtureVisitMapper.class)).isEmpty();
        assertThat(repository.createDeploymentQuery().deploymentName("fixture").count()).isZero();
        assertThat(caseTypes.find("fixture", "visit")).isEmpty();
        assertThat(tablesOfThisDatabase()).doesNotContain("fixture_visit");
    }

    /** From the connection's own catalog and schema: a MySQL server's INFORMATION_SCHEMA lists every database. */
    private List<String> tablesOfThisDatabase() {
        return jdbc.execute((Connection connection) -> {
            List<String> names = new ArrayList<>();
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        });
    }
}
