package io.jiceng.modules.assistance.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jiceng.platform.calendar.WorkingDays;
import io.jiceng.platform.review.ReviewLevels;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The same award-verification BPMN (with the shared review and notice building blocks) on a bare Camunda engine on
 * the same database: no case records, opinions, audit, scoping or module tables — the engine's own cost, as the
 * yardstick for the platform's.
 */
class BareEngineRun {

    private final String url;
    private final String username;
    private final String password;
    private final List<String> villages;

    BareEngineRun(String url, String username, String password, List<String> villages) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.villages = villages;
    }

    /**
     * The connection settings of the platform's {@code mysql} profile (application-mysql.properties) and its 20
     * connections: the job executor's threads hold up to 10 while the run's own thread needs one too.
     */
    private HikariDataSource mysqlPool() {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(20);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.addDataSourceProperty("characterEncoding", "UTF-8");
        pool.addDataSourceProperty("connectionCollation", "utf8mb4_bin");
        pool.addDataSourceProperty("sendFractionalSeconds", "false");
        pool.addDataSourceProperty("nullDatabaseMeansCurrent", "true");
        return new HikariDataSource(pool);
    }

    Duration measure(int cases, int batch, Duration noticePeriod) throws InterruptedException {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-benchmark");
        if (url.startsWith("jdbc:h2")) {
            configuration.setJdbcUrl(url).setJdbcUsername(username).setJdbcPassword(password).setJdbcDriver("org.h2.Driver");
            configuration.setJdbcMaxActiveConnections(10);
        } else {
            configuration.setDataSource(mysqlPool()).setDatabaseType("mysql");
        }
        configuration.setDatabaseSchemaUpdate("false").setHistory("full").setJobExecutorActivate(true);
        configuration.setBeans(Map.of("caseLifecycle", new Ignored(), "awardOutcomes", new Ignored(),
                "workingDays", new WorkingDays(Set.of(), Set.of()), "publicNotices", new Notices()));
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            String awardDefinition = engine.getRepositoryService().createDeployment().name("bare-benchmark")
                    .addClasspathResource("bpmn/award/award-verification.bpmn")
                    .addClasspathResource("bpmn/review/multi-level-review.bpmn")
                    .addClasspathResource("bpmn/notice/public-notice-entry.bpmn")
                    .addClasspathResource("bpmn/notice/public-notice.bpmn")
                    .deployWithResult().getDeployedProcessDefinitions().stream()
                    .filter(d -> d.getKey().equals("award-verification")).findFirst().orElseThrow().getId();
            return run(engine, awardDefinition, cases, batch, noticePeriod);
        } finally {
            engine.close();
        }
    }

    private Duration run(ProcessEngine engine, String awardDefinition, int cases, int batch, Duration noticePeriod)
            throws InterruptedException {
        RuntimeService runtime = engine.getRuntimeService();
        Instant start = Instant.now();
        Map<String, Object> levels = ReviewLevels.of(ReviewLevels.VILLAGE, ReviewLevels.TOWNSHIP, ReviewLevels.COUNTY).variables();
        for (int i = 0; i < cases; i++) {
            Map<String, Object> variables = new HashMap<>(levels);
            variables.put("caseId", 1_000_000L + i);
            variables.put("divisionCode", villages.get(i % villages.size()));
            variables.put("initiator", "bm-clerk");
            runtime.startProcessInstanceById(awardDefinition, "BARE-" + i, variables);
        }
        AwardBenchmark.Phases phases = new AwardBenchmark.Phases("bare engine", start);
        phases.mark("applications");
        for (String village : villages) {
            approveAll(engine.getTaskService(), "COMMUNITY_SPECIALIST@" + village, batch);
        }
        phases.mark("village review");
        approveAll(engine.getTaskService(), "TOWNSHIP_REVIEWER@" + AwardBenchmark.TOWNSHIP, batch);
        phases.mark("township review");
        approveAll(engine.getTaskService(), "COUNTY_APPROVER@350583", batch);
        phases.mark("county review");
        for (ProcessInstance entry : runtime.createProcessInstanceQuery().processDefinitionKey("public-notice-entry")
                .activityIdIn("awaitingPublication").list()) {
            runtime.createMessageCorrelation("noticePublished").processInstanceId(entry.getId()).correlate();
        }
        runtime.startProcessInstanceByKey("public-notice", Map.of("noticeId", 1L,
                "noticeEndsAt", Date.from(Instant.now().plus(noticePeriod))));
        phases.mark("notice published");
        while (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionId(awardDefinition)
                .finished().count() < cases) {
            Thread.sleep(200);
        }
        phases.mark("period over, all confirmed");
        phases.print();
        return Duration.between(start, Instant.now());
    }

    private static void approveAll(TaskService tasks, String group, int batch) {
        List<Task> page;
        while (!(page = tasks.createTaskQuery().taskCandidateGroup(group).taskUnassigned().listPage(0, batch)).isEmpty()) {
            for (Task task : page) {
                tasks.claim(task.getId(), "reviewer");
                tasks.complete(task.getId(), Map.of("decision", "APPROVE"));
            }
        }
    }

    /** Stands in for the platform's listeners: the bare engine keeps no case records. */
    public static class Ignored {
        public void moveTo(DelegateExecution execution, String status) {
        }

        public void record(DelegateExecution execution, String outcome) {
        }
    }

    /** Closes the notice as the platform does: every listed entry passes. */
    public static class Notices {
        public void close(DelegateExecution execution) {
            execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation("noticePassed").correlateAll();
        }
    }
}
