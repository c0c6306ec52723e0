package io.jiceng.platform.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.modules.fixture.FixtureVisitMapper;
import io.jiceng.platform.casework.CaseTypes;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A module on the classpath is installed: its migrations, its process, its case type and its beans. */
@SpringBootTest
class ModuleContractIntegrationTest {

    @Autowired ModuleRegistry modules;
    @Autowired ModuleDeployments deployments;
    @Autowired RepositoryService repository;
    @Autowired CaseTypes caseTypes;
    @Autowired FixtureVisitMapper fixtureMapper;
    @Autowired JdbcTemplate jdbc;
    @Autowired ModuleBeans moduleBeans;

    @Test
    void anInstalledModuleIsFoundAndEnabledAfterTheCore() {
        assertThat(modules.installed()).extracting(InstalledModule::id).containsExactly("core", "fixture");
        assertThat(modules.isEnabled("fixture")).isTrue();
    }

    @Test
    void itsMigrationsRunWithAHistoryTableOfTheirOwn() {
        // Flyway's names are lower case: quoted, in the database's own quotes (H2 ", MySQL `)
        String q = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getIdentifierQuoteString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + q + "flyway_fixture_history" + q + " WHERE " + q + "script" + q
                + " = 'V1__fixture_visit.sql' AND " + q + "success" + q + " = TRUE", Integer.class)).isEqualTo(1);
        assertThat(fixtureMapper.count()).isZero();
    }

    @Test
    void itsProcessesAreOneDeploymentNamedAfterItAndRedeployedOnlyWhenChanged() {
        long before = repository.createDeploymentQuery().deploymentName("fixture").count();
        deployments.deploy(modules.enabled().stream().filter(m -> m.id().equals("fixture")).findFirst().orElseThrow());

        assertThat(before).isEqualTo(1);
        assertThat(repository.createDeploymentQuery().deploymentName("fixture").count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("fixture-visit").latestVersion()
                .singleResult().getDeploymentId())
                .isEqualTo(repository.createDeploymentQuery().deploymentName("fixture").singleResult().getId());
    }

    @Test
    void itsIndicatorBeansAreReportedUnderItWithoutTheDescriptorListingThem() {
        assertThat(moduleBeans.of(Indicator.class).entrySet())
                .filteredOn(module -> module.getKey().id().equals("fixture"))
                .singleElement().satisfies(module -> assertThat(module.getValue()).extracting(Indicator::id).containsExactly("visits"));
    }

    @Test
    void itsCaseTypesCanBeStarted() {
        assertThat(caseTypes.find("fixture", "visit")).isPresent();
    }
}
