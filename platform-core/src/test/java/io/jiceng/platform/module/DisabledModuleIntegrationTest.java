package io.jiceng.platform.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.modules.fixture.FixtureVisitMapper;
import io.jiceng.platform.casework.CaseTypes;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A module switched off by its property stays listed as installed and contributes nothing else. */
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
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'fixture_visit'",
                Integer.class)).isZero();
    }
}
