package io.jiceng.platform.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The engine's task table gets the index its subtask lookup needs, once, however often the platform starts. */
@SpringBootTest
class SubtaskLookupIndexIntegrationTest {

    @Autowired DataSource dataSource;
    @Autowired ProcessEngine engine;
    @Autowired SubtaskLookupIndex index;

    @Test
    void theTaskTableIsIndexedByParentTaskAndAStartOnAnIndexedDatabaseLeavesItAsItIs() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(SubtaskLookupIndex.exists(connection)).isTrue();
        }

        index.postProcessEngineBuild(engine); // as a second node, or the next start, does

        try (Connection connection = dataSource.getConnection()) {
            assertThat(SubtaskLookupIndex.exists(connection)).isTrue();
        }
    }
}
