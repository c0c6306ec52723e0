package io.jiceng.ui.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiceng.testsupport.TestDatabases;
import io.jiceng.ui.ApiClient;
import io.jiceng.ui.AwardApplicants;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 6: two application nodes, each the packaged jar in its own JVM on its own port, on one MariaDB database, as
 * {@code docs/deployment.md} runs them behind a proxy. A batch of award applications is driven through both over the
 * REST API: a node killed in the middle of a batch approval, two approvers completing the same task on different
 * nodes, and a public-notice period ending while both nodes' job executors run. The figures are printed
 * ({@code TwoNodesIT:} lines in the failsafe report). The batch size is {@code -Dnodes.batch.size=…} (default 120).
 * Runs in the integration-test phase where MariaDB is installed (Maven profile {@code mariadb-pass}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final int SIZE = Integer.getInteger("nodes.batch.size", 120);
    private static final int RACES = 10;
    private static final String VILLAGE = "350583001001";
    private static final String TOWNSHIP = "350583001";
    private static final String PROCEDURE = "precise-assistance/award";
    private static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    private static final AwardApplicants APPLICANTS = new AwardApplicants(VILLAGE, YEAR, 4);
    /** A second township reviewer of 溪美街道, so that two approvers can reach for the same task. */
    private static final String COLLEAGUE = "reviewer-b";

    private static String databaseUrl;
    private static AppNode nodeA;
    private static AppNode nodeB;
    private static ApiClient a;
    private static ApiClient b;
    private static Set<Long> batch;

    @BeforeAll
    static void twoNodesOnOneDatabase() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("two-nodes.skip"), "needs MariaDB (Maven profile mariadb-pass)");
        System.setProperty("test.database", "mariadb");
        databaseUrl = TestDatabases.urlFor("jdbc:h2:mem:two-nodes");
        Map<String, String> database = Map.of("JICENG_DB_URL", databaseUrl,
                "JICENG_DB_USERNAME", TestDatabases.username(), "JICENG_DB_PASSWORD", TestDatabases.password());
        List<String> settings = List.of("--platform.notice.period." + PROCEDURE + "=PT30S");
        nodeA = new AppNode("node-a", database, settings);
        nodeB = new AppNode("node-b", database, settings);
        // docs/deployment.md: the first node alone creates the schema and the demo data, then the others
        report("node-a ready after %d s (empty database: schema and demo data)", nodeA.start().toSeconds());
        report("node-b ready after %d s", nodeB.start().toSeconds());
        a = ApiClient.onPort(nodeA.port());
        b = ApiClient.onPort(nodeB.port());
        addColleagueOfReviewer();

        Instant start = Instant.now();
        // the village's elderly, each 60 or older with one daughter, registered half on each node and each application
        // filed on the node that registered its resident
        List<AwardApplicants.Registered> residents = APPLICANTS.register(SIZE, LocalDate.of(1940, 1, 1), "45",
                i -> i % 2 == 0 ? a : b);
        batch = APPLICANTS.apply(residents).stream().map(AwardApplicants.Application::caseId).collect(Collectors.toSet());
        assertThat(batch).hasSize(SIZE);
        report("%d residents registered and %d applications filed through both nodes in %d s", SIZE, batch.size(),
                Duration.between(start, Instant.now()).toSeconds());
    }

    @AfterAll
    static void stopNodesAndDatabase() {
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
        TestDatabases.stopServer();
    }

    @Test
    @Order(1)
    void aNodeKilledInTheMiddleOfABatchApprovalLosesAndDuplicatesNothingAndTheOtherNodeCarriesOn() throws Exception {
        List<String> villageTasks = claimableTasks(a, "specialist").entrySet().stream()
                .filter(task -> batch.contains(task.getValue())).map(Map.Entry::getKey).toList();
        assertThat(villageTasks).hasSize(SIZE);

        CompletableFuture<ApiClient.Answer> batchOnA = CompletableFuture.supplyAsync(() -> a.send("specialist", "POST",
                "/api/v1/tasks/batch-complete", Map.of("taskIds", villageTasks, "decision", "APPROVE", "opinion", "经审核，同意。")));
        int doneWhenKilled = awaitVillageOpinions(SIZE / 3);
        nodeA.kill();
        // a commit the node sent just before it died may still be finishing on the server
        Thread.sleep(1_000);
        assertThatThrownBy(batchOnA::join).as("the batch's request died with its node").hasCauseInstanceOf(UncheckedIOException.class);
        int doneByA = villageOpinions().size();
        report("node-a killed (kill -9) after %d of %d village approvals; %d had been committed", doneWhenKilled, SIZE, doneByA);

        Map<String, Long> left = claimableTasks(b, "specialist");
        assertThat(left.values()).as("node-b offers exactly the tasks node-a had not completed")
                .filteredOn(batch::contains).hasSize(SIZE - doneByA);
        int doneByB = approveRemaining(b, "specialist");
        assertThat(doneByB).isEqualTo(SIZE - doneByA);

        Map<Long, Integer> opinions = villageOpinions();
        assertThat(opinions.keySet()).as("every application approved at the village").isEqualTo(batch);
        assertThat(opinions.values()).as("none approved twice").containsOnly(1);
        Map<String, Long> atTownship = claimableTasks(b, "reviewer");
        assertThat(atTownship.values().stream().filter(batch::contains).collect(Collectors.groupingBy(id -> id, Collectors.counting())))
                .as("each application waits once at the township").hasSize(SIZE).allSatisfy((caseId, count) -> assertThat(count).isOne());
        report("node-b completed the other %d; %d applications at the township, each once", doneByB, SIZE);

        report("node-a restarted after %d s", nodeA.start().toSeconds());
    }

    @Test
    @Order(2)
    void twoApproversCompletingTheSameTaskOnDifferentNodesOneSucceedsTheOtherIsToldItIsDone() throws Exception {
        approveRemaining(b, "specialist");
        List<String> contested = claimableTasks(a, "reviewer").entrySet().stream()
                .filter(task -> batch.contains(task.getValue())).limit(RACES).map(Map.Entry::getKey).toList();
        assertThat(contested).hasSize(RACES);
        ExecutorService approvers = Executors.newFixedThreadPool(2);
        Map<String, Integer> lost = new HashMap<>();
        try {
            for (String taskId : contested) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<ApiClient.Answer> onA = approvers.submit(() -> completeWhenReady(together, a, "reviewer", taskId));
                Future<ApiClient.Answer> onB = approvers.submit(() -> completeWhenReady(together, b, COLLEAGUE, taskId));
                List<ApiClient.Answer> answers = List.of(onA.get(), onB.get());
                assertThat(answers).extracting(ApiClient.Answer::status).as("task %s: %s", taskId, answers).containsExactlyInAnyOrder(200, 409);
                ApiClient.Answer loser = answers.get(0).status() == 409 ? answers.get(0) : answers.get(1);
                assertThat(loser.code()).isEqualTo("task.done-by-other");
                assertThat(loser.body().get("detail").asText()).isEqualTo("该任务已被他人办理或已不存在，请刷新待办列表。");
                lost.merge(answers.get(0).status() == 409 ? nodeA.name() : nodeB.name(), 1, Integer::sum);
            }
        } finally {
            approvers.shutdownNow();
        }
        Map<Long, Integer> townshipOpinions = opinionsOfBatch("'reviewer', '" + COLLEAGUE + "'");
        assertThat(townshipOpinions).as("one township opinion per contested task").hasSize(RACES);
        assertThat(townshipOpinions.values()).containsOnly(1);
        report("%d tasks completed at the same moment on both nodes: each once, the other approver told 409 task.done-by-other "
                + "(lost on %s)", RACES, lost);
    }

    @Test
    @Order(3)
    void theNoticePeriodEndsOnceAndEachCaseGoesOnOnceWhicheverNodeRunsTheJobs() throws Exception {
        approveRemaining(b, "specialist");
        approveRemaining(a, "reviewer");
        approveRemaining(b, "county");
        JsonNode notice = a.call("clerk", "POST", "/api/v1/notices",
                Map.of("procedure", PROCEDURE, "divisionCode", TOWNSHIP, "caseIds", List.copyOf(batch)), 201);
        assertThat(notice.get("entryCount").asInt()).isEqualTo(SIZE);
        Instant published = Instant.now();

        JsonNode reconciliation = awaitConfirmation(Duration.ofMinutes(5));
        report("notice of %d published on node-a; all confirmed %d s later (period 30 s)", SIZE,
                Duration.between(published, Instant.now()).toSeconds());
        assertThat(reconciliation.get("confirmedCases").asInt()).isEqualTo(SIZE);
        assertThat(reconciliation.get("listed").asInt()).isEqualTo(SIZE);
        assertThat(reconciliation.get("duplicates")).isEmpty();
        assertThat(reconciliation.get("missing")).isEmpty();

        long noticeId = notice.get("id").asLong();
        Map<String, Integer> periodEnded = successfulJobsByNode("j.ACT_ID_ = 'period' AND j.PROCESS_INSTANCE_ID_ = "
                + "(SELECT process_instance_id FROM notice WHERE id = " + noticeId + ")");
        assertThat(periodEnded.values().stream().mapToInt(Integer::intValue).sum()).as("the period's timer fired once").isOne();
        Map<String, Integer> entriesReleased = successfulJobsByNode("j.ACT_ID_ = 'inNotice' AND j.PROCESS_INSTANCE_ID_ IN "
                + "(SELECT entry_process_id FROM notice_entry WHERE notice_id = " + noticeId + ")");
        assertThat(entriesReleased.values().stream().mapToInt(Integer::intValue).sum()).as("each case went on once").isEqualTo(SIZE);
        assertThat(countWhere("SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 "
                + "GROUP BY JOB_ID_ HAVING COUNT(*) > 1) twice")).as("no job of the whole run ran twice").isZero();
        assertThat(countWhere("SELECT COUNT(*) FROM notice WHERE id = " + noticeId + " AND status = 'CLOSED'")).isOne();
        report("period timer fired on %s; the %d per-case jobs ran on %s; %d job executions failed and were retried "
                + "(optimistic locking between the nodes)", periodEnded.keySet(), SIZE, entriesReleased,
                countWhere("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1"));
    }

    private static ApiClient.Answer completeWhenReady(CyclicBarrier together, ApiClient node, String user, String taskId) throws Exception {
        together.await();
        return node.send(user, "POST", "/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE", "opinion", "同意。"));
    }

    /** Completes, page by page, every task of the batch in the user's claimable list; how many it completed. */
    private static int approveRemaining(ApiClient node, String user) {
        int done = 0;
        while (true) {
            List<String> taskIds = claimableTasks(node, user).entrySet().stream()
                    .filter(task -> batch.contains(task.getValue())).map(Map.Entry::getKey).toList();
            if (taskIds.isEmpty()) {
                return done;
            }
            JsonNode outcomes = node.call(user, "POST", "/api/v1/tasks/batch-complete",
                    Map.of("taskIds", taskIds, "decision", "APPROVE", "opinion", "经审核，同意。"), 200);
            for (JsonNode outcome : outcomes) {
                assertThat(outcome.get("succeeded").asBoolean()).as(outcome.toString()).isTrue();
            }
            done += taskIds.size();
        }
    }

    /** The user's claimable award tasks (the first 500): task id to case id. */
    private static Map<String, Long> claimableTasks(ApiClient node, String user) {
        Map<String, Long> tasks = new LinkedHashMap<>();
        JsonNode page = node.get(user, "/api/v1/tasks?scope=claimable&module=precise-assistance&caseType=award&size=500");
        page.get("items").forEach(item -> tasks.put(item.get("taskId").asText(), item.get("caseRecord").get("id").asLong()));
        return tasks;
    }

    private static int awaitVillageOpinions(int atLeast) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            int done = villageOpinions().size();
            if (done >= atLeast) {
                return done;
            }
            assertThat(Instant.now()).as("node-a approves the batch").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** Village approvals recorded, per case of the batch: the opinion is written in the completion's transaction. */
    private static Map<Long, Integer> villageOpinions() throws SQLException {
        return opinionsOfBatch("'specialist'");
    }

    /** Review opinions of the given users (a quoted SQL list), per case of the batch. */
    private static Map<Long, Integer> opinionsOfBatch(String users) throws SQLException {
        Map<Long, Integer> opinions = new HashMap<>();
        query("SELECT case_id, COUNT(*) FROM case_opinion WHERE step_key = 'review' AND username IN (" + users + ") GROUP BY case_id",
                row -> {
                    if (batch.contains(row.getLong(1))) {
                        opinions.put(row.getLong(1), row.getInt(2));
                    }
                });
        return opinions;
    }

    private static Map<String, Integer> successfulJobsByNode(String condition) throws SQLException {
        Map<String, Integer> byNode = new LinkedHashMap<>();
        query("SELECT j.HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG j WHERE j.JOB_STATE_ = 2 AND " + condition
                + " GROUP BY j.HOSTNAME_ ORDER BY j.HOSTNAME_", row -> byNode.put(row.getString(1), row.getInt(2)));
        return byNode;
    }

    private static JsonNode awaitConfirmation(Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            JsonNode reconciliation = b.get("county", "/api/v1/precise-assistance/payment-lists/reconciliation?year=" + YEAR);
            if (reconciliation.get("confirmedCases").asInt() >= SIZE) {
                return reconciliation;
            }
            assertThat(Instant.now()).as("the notice closed and confirmed the batch; %s", reconciliation).isBefore(deadline);
            Thread.sleep(1_000);
        }
    }

    /** The county's administrator adds a colleague of the reviewer: same street, same role, same password. */
    private static void addColleagueOfReviewer() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO staff (username, display_name, password_hash, division_code, enabled, created_at) "
                    + "SELECT '" + COLLEAGUE + "', '林晓明', password_hash, division_code, enabled, created_at FROM staff WHERE username = 'reviewer'");
            statement.executeUpdate("INSERT INTO staff_role (staff_id, role) SELECT (SELECT id FROM staff WHERE username = '"
                    + COLLEAGUE + "'), role FROM staff_role WHERE staff_id = (SELECT id FROM staff WHERE username = 'reviewer')");
        }
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(String sql, Row row) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        }
    }

    private static int countWhere(String sql) throws SQLException {
        int[] count = {0};
        query(sql, row -> count[0] = row.getInt(1));
        return count[0];
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, TestDatabases.username(), TestDatabases.password());
    }

    private static void report(String format, Object... arguments) {
        System.out.printf("TwoNodesIT: " + format + "%n", arguments);
    }
}
