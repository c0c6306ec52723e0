package io.jiceng.modules.assistance.benchmark;

import io.jiceng.modules.assistance.ModuleTestApplication;
import io.jiceng.modules.assistance.PreciseAssistanceModule;
import io.jiceng.platform.casework.CaseIntakes;
import io.jiceng.platform.casework.CaseQuery;
import io.jiceng.platform.casework.CaseRequest;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.division.Division;
import io.jiceng.platform.division.DivisionImporter;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.notice.NoticePublication;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.review.ReviewLevels;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * N award applications end to end — application, village/township/county review by batch approval, the township's
 * notice with a short period, confirmation — first through the platform, then the same BPMN on a bare Camunda engine
 * on the same database ({@link BareEngineRun}). Prints cases per second of both and their ratio.
 * Not part of the test suite; run it as BENCHMARKS.md says.
 */
@Tag("benchmark")
class AwardBenchmark {

    static final int CASES = Integer.getInteger("benchmark.cases", 22_271);
    static final int BATCH = Integer.getInteger("benchmark.batch", 500);
    /**
     * Cases each run first works through end to end unmeasured, so that both are measured with a warm JVM. Without
     * it the platform, which runs first, also paid for compiling the engine's code that the bare engine then used.
     */
    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 1_000);
    static final Duration NOTICE_PERIOD = Duration.ofSeconds(5);
    /**
     * How long an idle job executor sleeps at most before it looks for due jobs again, in both runs. Camunda's
     * default (a minute, reached after a while without jobs) would add up to a minute of sleep, differing from run
     * to run, between the end of the notice period and the first confirmation: the benchmark measures work, not that.
     */
    static final Duration JOB_EXECUTOR_MAX_WAIT = Duration.ofSeconds(1);
    static final String TOWNSHIP = "350583001";
    private static final String SURNAMES = "陈林黄张李王吴刘蔡杨许郑谢洪郭邱曾廖赖徐";
    private static final String GIVEN = "淑美秀丽玉英华明国建志文金春海清福宝荣德水木火土山石顺安平";

    private final String url = System.getProperty("benchmark.url", "jdbc:h2:file:"
            + Path.of("target/benchmark/award-" + System.currentTimeMillis()).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
    /** With {@code -Dtest.database=mariadb} both runs use a fresh database on a private MariaDB server instead. */
    private final String bareUrl = TestDatabases.enabled() && url.startsWith("jdbc:h2") ? TestDatabases.urlFor(url) : url;
    private final String bareUsername = TestDatabases.enabled() ? TestDatabases.username() : System.getProperty("benchmark.username", "sa");
    private final String barePassword = TestDatabases.enabled() ? TestDatabases.password() : System.getProperty("benchmark.password", "");

    /**
     * With {@code -Dbenchmark.engine-history=none|activity|audit|full} only the bare engine runs, on a fresh database
     * of its own at that history level: what the engine alone can do on this machine.
     */
    static final String ENGINE_HISTORY = System.getProperty("benchmark.engine-history");

    @Test
    void awardApplicationsThroughThePlatformAndTheBareEngine() throws Exception {
        Files.createDirectories(Path.of("target/benchmark"));
        if (ENGINE_HISTORY != null) {
            engineAlone();
            return;
        }
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.main.web-application-type=none", "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=" + JOB_EXECUTOR_MAX_WAIT.toMillis(),
                "--camunda.bpm.job-execution.max-wait=" + JOB_EXECUTOR_MAX_WAIT.toMillis(),
                "--platform.notice.period." + PreciseAssistanceModule.AWARD_NOTICE + "=PT" + NOTICE_PERIOD.toSeconds() + "S",
                "--logging.level.root=WARN"));
        if (url.startsWith("jdbc:mysql")) {
            args.add("--spring.profiles.active=mysql"); // the production connection settings; the URL above wins
        }
        if (System.getProperty("benchmark.username") != null) {
            args.add("--spring.datasource.username=" + System.getProperty("benchmark.username"));
            args.add("--spring.datasource.password=" + System.getProperty("benchmark.password", ""));
        }
        Duration platform;
        List<String> villages;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ModuleTestApplication.class)
                .run(args.toArray(String[]::new))) {
            Platform run = new Platform(context);
            villages = run.setUp(WARM_UP + CASES);
            if (WARM_UP > 0) {
                run.measure(0, WARM_UP, "platform, warm-up");
            }
            platform = run.measure(WARM_UP, WARM_UP + CASES, "platform");
        }
        Duration bare = new BareEngineRun(bareUrl, bareUsername, barePassword, villages)
                .measure(CASES, BATCH, NOTICE_PERIOD);

        double platformRate = CASES / (platform.toMillis() / 1000.0);
        double bareRate = CASES / (bare.toMillis() / 1000.0);
        System.out.printf("%n| run | cases | seconds | cases/s |%n|---|---:|---:|---:|%n");
        System.out.printf("| platform | %d | %.1f | %.1f |%n", CASES, platform.toMillis() / 1000.0, platformRate);
        System.out.printf("| bare engine | %d | %.1f | %.1f |%n", CASES, bare.toMillis() / 1000.0, bareRate);
        System.out.printf("platform / bare = %.2f  (database %s, %d cores, max heap %d MiB)%n%n", platformRate / bareRate,
                bareUrl.replaceAll(";.*", ""), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private void engineAlone() throws InterruptedException {
        List<String> villages = IntStream.rangeClosed(1, 20).mapToObj(v -> TOWNSHIP + String.format("%03d", v)).toList();
        Duration bare;
        try {
            bare = new BareEngineRun(bareUrl, bareUsername, barePassword, villages, ENGINE_HISTORY, true)
                    .measure(CASES, BATCH, NOTICE_PERIOD);
        } finally {
            TestDatabases.stopServer(); // no Spring application ran, whose shutdown would stop it
        }
        System.out.printf("%n| bare engine alone, history %s | %d | %.1f s | %.1f cases/s |  (database %s, %d cores)%n%n",
                ENGINE_HISTORY, CASES, bare.toMillis() / 1000.0, CASES / (bare.toMillis() / 1000.0),
                bareUrl.replaceAll(";.*", ""), Runtime.getRuntime().availableProcessors());
    }

    /** The platform as the street office uses it, through its services (the same ones the REST API calls). */
    static class Platform {

        private final CurrentStaff currentStaff;
        private final CaseIntakes intakes;
        private final CaseService cases;
        private final WorkItemService workItems;
        private final PublicNotices notices;
        private final ResidentService residents;
        private final StaffService staff;
        private final DivisionImporter importer;
        private final DivisionService divisions;
        private final List<Long> residentIds = new ArrayList<>();
        private List<String> villages = List.of();
        private final List<String> residentDivisions = new ArrayList<>();

        Platform(ConfigurableApplicationContext context) {
            currentStaff = context.getBean(CurrentStaff.class);
            intakes = context.getBean(CaseIntakes.class);
            cases = context.getBean(CaseService.class);
            workItems = context.getBean(WorkItemService.class);
            notices = context.getBean(PublicNotices.class);
            residents = context.getBean(ResidentService.class);
            staff = context.getBean(StaffService.class);
            importer = context.getBean(DivisionImporter.class);
            divisions = context.getBean(DivisionService.class);
        }

        /** 溪美街道's villages, a specialist in each, the township and county reviewers, and residents over 60. */
        List<String> setUp(int residentCount) {
            importer.importFrom("classpath:demo/divisions/");
            villages = divisions.children(TOWNSHIP).stream().map(Division::code).toList();
            staff.create("bm-clerk", "经办人", "Test@2026", TOWNSHIP, EnumSet.of(Role.STREET_CLERK));
            staff.create("bm-township", "乡镇审核人", "Test@2026", TOWNSHIP, EnumSet.of(Role.TOWNSHIP_REVIEWER));
            staff.create("bm-county", "县级审批人", "Test@2026", "350583", EnumSet.of(Role.COUNTY_APPROVER));
            for (int v = 0; v < villages.size(); v++) {
                staff.create("bm-village-" + v, "村专干" + v, "Test@2026", villages.get(v), EnumSet.of(Role.COMMUNITY_SPECIALIST));
            }
            currentStaff.runAs("bm-clerk", () -> {
                for (int i = 0; i < residentCount; i++) {
                    ResidentForm form = new ResidentForm();
                    // born 1950–1959, on every day of the year, then a sequence number: unique up to 3,650,000
                    java.time.LocalDate birth = java.time.LocalDate.of(1950 + i % 10, 1, 1).plusDays(i / 10 % 365);
                    form.setIdNumber(IdNumber.withCheckChar("350583" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                            + String.format("%03d", i / 3650)));
                    form.setName(SURNAMES.charAt(i % SURNAMES.length()) + "" + GIVEN.charAt(i / 20 % GIVEN.length())
                            + GIVEN.charAt(i / 600 % GIVEN.length()));
                    form.setDivisionCode(villages.get(i % villages.size()));
                    var resident = residents.register(form);
                    residentIds.add(resident.id());
                    residentDivisions.add(resident.divisionCode());
                }
                return null;
            });
            return villages;
        }

        /** Award applications for the residents from {@code first} (inclusive) to {@code end}, to confirmation. */
        Duration measure(int first, int end, String run) throws InterruptedException {
            Instant start = Instant.now();
            Map<String, Object> data = Map.of("scheme", "rural-award", "confirmYear", 2026, "ruralHousehold", true,
                    "children", List.of(Map.of("sex", "F", "birthYear", 1986, "alive", true),
                            Map.of("sex", "F", "birthYear", 1990, "alive", true)));
            currentStaff.runAs("bm-clerk", () -> {
                for (int i = first; i < end; i++) {
                    intakes.open(new CaseRequest(PreciseAssistanceModule.ID, PreciseAssistanceModule.AWARD,
                            residentIds.get(i), residentDivisions.get(i), data));
                }
                return null;
            });
            Phases phases = new Phases(run, start);
            phases.mark("applications");
            for (int v = 0; v < villages.size(); v++) {
                approveAll("bm-village-" + v);
            }
            phases.mark("village review");
            approveAll("bm-township");
            phases.mark("township review");
            approveAll("bm-county");
            phases.mark("county review");
            currentStaff.runAs("bm-clerk", () ->
                    notices.publish(new NoticePublication(PreciseAssistanceModule.AWARD_NOTICE, TOWNSHIP, null)));
            phases.mark("notice published");
            while (confirmed() < end) { // every earlier run's cases are confirmed already
                Thread.sleep(200);
            }
            phases.mark("period over, all confirmed");
            phases.print();
            return Duration.between(start, Instant.now());
        }

        /** Batch approval, a page of the inbox at a time, as a reviewer does it with 批量审批. */
        private void approveAll(String username) {
            currentStaff.runAs(username, () -> {
                List<WorkItem> page;
                while (!(page = workItems.inbox(new WorkItemFilter(WorkItemScope.CLAIMABLE, null, null, false, null, 0, BATCH))
                        .items()).isEmpty()) {
                    workItems.completeAll(page.stream().map(WorkItem::taskId).toList(), Decision.APPROVE, "同意");
                }
                return null;
            });
        }

        private long confirmed() {
            return currentStaff.runAs("bm-county", () -> cases.search(new CaseQuery(PreciseAssistanceModule.ID,
                    PreciseAssistanceModule.AWARD, CaseStatus.APPROVED, null, null, 0, 1)).total());
        }
    }

    /** How long each phase of a run took, printed as it ends and again after the run, to show where the time goes. */
    static class Phases {
        private final String run;
        private final StringBuilder lines = new StringBuilder();
        private Instant last;

        Phases(String run, Instant start) {
            this.run = run;
            this.last = start;
        }

        void mark(String phase) {
            Instant now = Instant.now();
            String line = String.format("  %-24s %-28s %8.1f s%n", run, phase, Duration.between(last, now).toMillis() / 1000.0);
            System.out.print(line); // a run that fails later still shows how far it came
            lines.append(line);
            last = now;
        }

        void print() {
            System.out.print(lines);
        }
    }
}
