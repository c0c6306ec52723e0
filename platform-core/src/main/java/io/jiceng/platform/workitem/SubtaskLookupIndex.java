package io.jiceng.platform.workitem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completing a task makes the engine look for its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}),
 * and Camunda's schema indexes that column on SQL Server only (camunda-bpm-platform#4030). With a county's 22,271 open
 * review tasks every completion read the whole table, and batch approval on MariaDB slowed to 19 tasks a second. The
 * index is added once the engine has created or found its schema. Where the database user may not create indexes,
 * the platform says so and goes on: docs/deployment.md gives the statement for the database administrator.
 */
@Component
class SubtaskLookupIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "ACT_IDX_TASK_PARENT_TASK_ID";
    private static final String TABLE = "ACT_RU_TASK";
    private static final Logger LOG = LoggerFactory.getLogger(SubtaskLookupIndex.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE INDEX " + NAME + " ON " + TABLE + " (PARENT_TASK_ID_)");
            } catch (SQLException failed) {
                if (!exists(connection)) { // not another node of the cluster that was quicker
                    throw failed;
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not add the index {} on {}(PARENT_TASK_ID_): completing tasks reads the whole task table "
                    + "until a database administrator adds it (docs/deployment.md): {}", NAME, TABLE, e.getMessage());
        }
    }

    static boolean exists(Connection connection) throws SQLException {
        try (ResultSet indexes = connection.getMetaData()
                .getIndexInfo(connection.getCatalog(), connection.getSchema(), TABLE, false, true)) {
            while (indexes.next()) {
                if (NAME.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
