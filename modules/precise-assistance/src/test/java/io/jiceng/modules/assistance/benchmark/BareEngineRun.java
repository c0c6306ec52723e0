package io.jiceng.modules.assistance.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.jiceng.modules.assistance.PreciseAssistanceModule;
import io.jiceng.platform.calendar.WorkingDays;
import io.jiceng.platform.review.ReviewLevels;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
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
    private final String history;
    private final boolean ownDatabase;

    /** On the platform's database (its schema, history level {@code full}), after the platform's run. */
    BareEngineRun(String url, String username, String password, List<String> villages) {
        this(url, username, password, villages, "full", false);
    }

    /** On a database of its own (the engine creates its schema) at the given history level. */
    BareEngineRun(String url, String username, String password, List<String> villages, String history, boolean ownDatabase) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.villages = villages;
        this.history = history;
        this.ownDatabase = ownDatabase;
    }

    /**
     * The connection settings of the platform's {@code mysql} profile (application-mysql.properties: the driver's
     * properties and the isolation level) and its 20 connections: the job executor's threads hold up to 10 while the
     * run's own thread needs one too.
     */
    private HikariDataSource mysqlPool() {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(20);
        String driverProperty = "spring.datasource.hikari.data-source-properties.";
        Properties profile = mysqlProfile();
        profile.stringPropertyNames().stream().filter(name -> name.startsWith(driverProperty))
                .forEach(name -> pool.addDataSourceProperty(name.substring(driverProperty.length()), profile.getProperty(name)));
        pool.setTransactionIsolation(profile.getProperty("spring.datasource.hikari.transaction-isolation"));
        return new HikariDataSource(pool);
    }

    private static Properties mysqlProfile() {
        try (InputStream in = BareEngineRun.class.getResourceAsStream("/application-mysql.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        configuration.setDatabaseSchemaUpdate(String.valueOf(ownDatabase)).setHistory(history).setJobExecutorActivate(true);
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setWaitTimeInMillis((int) AwardBenchmark.JOB_EXECUTOR_MAX_WAIT.toMillis());
        jobExecutor.setMaxWait(AwardBenchmark.JOB_EXECUTOR_MAX_WAIT.toMillis());
        configuration.setJobExecutor(jobExecutor);
        configuration.setBeans(Map.of("caseLifecycle", new Ignored(), "awardOutcomes", new Ignored(),
                "workingDays", new WorkingDays(Set.of(), Set.of()), "publicNotices", new Notices()));
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            String awardDefinition = engine.getRepositoryService().createDeployment().name("bare-benchmark")
                    .addClasspathResource(PreciseAssistanceModule.AWARD_BPMN)
                    .addClasspathResource("bpmn/review/multi-level-review.bpmn")
                    .addClasspathResource("bpmn/notice/public-notice-entry.bpmn")
                    .addClasspathResource("bpmn/notice/public-notice.bpmn")
                    .deployWithResult().getDeployedProcessDefinitions().stream()
                    .filter(d -> d.getKey().equals(PreciseAssistanceModule.AWARD_PROCESS)).findFirst().orElseThrow().getId();
            if (AwardBenchmark.WARM_UP > 0) {
                run(engine, awardDefinition, AwardBenchmark.WARM_UP, batch, noticePeriod, "bare engine, warm-up");
            }
            return run(engine, awardDefinition, cases, batch, noticePeriod, "bare engine");
        } finally {
            engine.close();
        }
    }

    private Duration run(ProcessEngine engine, String awardDefinition, int cases, int batch, Duration noticePeriod,
                         String label) throws InterruptedException {
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
        AwardBenchmark.Phases phases = new AwardBenchmark.Phases(label, start);
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
        while (runtime.createProcessInstanceQuery().processDefinitionId(awardDefinition).count() > 0) {
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
