package io.jiceng.modules.assistance.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.modules.assistance.AssistanceFixture;
import io.jiceng.modules.assistance.family.FamilyService;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.module.ModuleStatistics;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.staff.CurrentStaff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Assistance projects pay households from a yearly budget that can never be overdrawn. */
@SpringBootTest
class ProjectDisbursementTest {

    /** 湖新社区: this test's households and projects. */
    private static final String VILLAGE = "350583001004";
    private static final AtomicInteger YEARS_USED = new AtomicInteger();

    @Autowired ApplicationContext context;
    @Autowired ProjectService projects;
    @Autowired FamilyService families;
    @Autowired CurrentStaff currentStaff;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired ModuleStatistics statistics;

    private AssistanceFixture fixture;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void placeAndStaff() {
        fixture = context.getAutowireCapableBeanFactory().createBean(AssistanceFixture.class);
        fixture.ensurePlaceAndStaff();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private <T> T as(String username, Supplier<T> work) {
        return currentStaff.runAs(username, work);
    }

    /** A project of its own kind per test (one project per kind, division and year), for this year. */
    private AssistanceProject project(String budget) {
        String kind = ProjectKindsForTests.next(YEARS_USED.getAndIncrement());
        return as(AssistanceFixture.COUNTY, () -> projects.create(kind, "湖新社区" + kind, VILLAGE, today.getYear(),
                new BigDecimal(budget)));
    }

    private CaseRecord household(String name) {
        Resident resident = fixture.residentOf(VILLAGE, name);
        return as(AssistanceFixture.CLERK, () -> families.apply(resident.id(), 3, "困难家庭"));
    }

    private Disbursement pay(AssistanceProject project, CaseRecord family, String amount) {
        return as(AssistanceFixture.CLERK, () -> projects.disburse(project.id(), family.id(), new BigDecimal(amount), today, "助学金"));
    }

    @Test
    void paymentsWithinTheBudgetAreRecordedAndReportedWithTheHouseholdsHelped() {
        AssistanceProject project = project("5000.00");
        CaseRecord chen = household("陈雅婷");
        CaseRecord lin = household("林俊杰");
        long paidBefore = as(AssistanceFixture.CLERK, () -> statistics.report(VILLAGE, today, today.plusDays(1))).stream()
                .filter(v -> v.indicatorId().equals("funds-disbursed")).findFirst().orElseThrow().value();

        pay(project, chen, "3000.00");
        pay(project, chen, "500.00");
        pay(project, lin, "1500.00");

        ProjectUsage usage = as(AssistanceFixture.CLERK, () -> projects.report(today.getYear())).stream()
                .filter(u -> u.project().id().equals(project.id())).findFirst().orElseThrow();
        assertThat(usage.project().used()).isEqualByComparingTo("5000.00");
        assertThat(usage.project().remaining()).isEqualByComparingTo("0");
        assertThat(usage.households()).isEqualTo(2);
        assertThat(usage.disbursements()).isEqualTo(3);
        assertThat(as(AssistanceFixture.CLERK, () -> statistics.report(VILLAGE, today, today.plusDays(1))))
                .filteredOn(v -> v.indicatorId().equals("funds-disbursed"))
                .extracting(ModuleStatistics.IndicatorValue::value).containsExactly(paidBefore + 5000);
    }

    @Test
    void aPaymentThatWouldExceedTheBudgetIsRefusedWithWhatIsLeftAndNothingIsRecorded() {
        AssistanceProject project = project("1000.00");
        CaseRecord family = household("黄碧霞");
        pay(project, family, "800.00");

        assertThatThrownBy(() -> pay(project, family, "300.00"))
                .isInstanceOfSatisfying(InvalidField.class, refused -> {
                    assertThat(refused.field()).isEqualTo("amount");
                    assertThat(refused.messageKey()).isEqualTo("precise-assistance.disbursement.exceeds-budget");
                    assertThat(refused.arguments()).containsExactly("300.00", project.name(), "200.00");
                });

        assertThat(as(AssistanceFixture.CLERK, () -> projects.get(project.id())).used()).isEqualByComparingTo("800.00");
        assertThat(as(AssistanceFixture.CLERK, () -> projects.ofProject(project.id()))).hasSize(1);
    }

    @Test
    void twoPaymentsAtOnceNeverOverdrawTheProject() throws Exception {
        AssistanceProject project = project("1000.00");
        CaseRecord family = household("吴少鹏");
        CountDownLatch firstHasTaken = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        // The first payment takes its 600 and keeps its transaction open until the second one waits on the project
        // row; only then does it commit. The second must see the 600 gone and be refused.
        Future<Disbursement> first = threads.submit(() -> as(AssistanceFixture.CLERK, () -> transaction.execute(status -> {
            Disbursement paid = projects.disburse(project.id(), family.id(), new BigDecimal("600.00"), today, "第一笔");
            firstHasTaken.countDown();
            waitUntilAnotherSessionIsBlocked();
            return paid;
        })));
        firstHasTaken.await();
        Future<Object> second = threads.submit(() -> as(AssistanceFixture.CLERK, () -> {
            try {
                return projects.disburse(project.id(), family.id(), new BigDecimal("600.00"), today, "第二笔");
            } catch (Problem refused) {
                return refused;
            }
        }));

        assertThat(first.get()).isNotNull();
        assertThat(second.get()).isInstanceOfSatisfying(InvalidField.class, refused ->
                assertThat(refused.messageKey()).isEqualTo("precise-assistance.disbursement.exceeds-budget"));
        assertThat(as(AssistanceFixture.CLERK, () -> projects.get(project.id())).used()).isEqualByComparingTo("600.00");
        assertThat(as(AssistanceFixture.CLERK, () -> projects.ofProject(project.id()))).hasSize(1);
    }

    @Test
    void aProjectPaysOnlyHouseholdsOfItsOwnDivision() {
        AssistanceProject project = project("1000.00");
        Resident elsewhere = fixture.residentOf("350583001005", "郑国栋");
        CaseRecord family = as(AssistanceFixture.CLERK, () -> families.apply(elsewhere.id(), 2, "困难家庭"));

        assertThatThrownBy(() -> pay(project, family, "100.00")).isInstanceOfSatisfying(InvalidField.class, refused ->
                assertThat(refused.messageKey()).isEqualTo("precise-assistance.disbursement.case-outside-project"));
    }

    /** Until the database reports a session waiting for a lock (bounded: the assertions afterwards decide, not this wait). */
    private void waitUntilAnotherSessionIsBlocked() {
        String product = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
        String blockedSessions = "H2".equals(product)
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                // MySQL 8 and MariaDB alike
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INNODB_TRX WHERE TRX_STATE = 'LOCK WAIT'";
        for (int i = 0; i < 500; i++) {
            Long blocked = jdbc.queryForObject(blockedSessions, Long.class);
            if (blocked != null && blocked > 0) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Each test uses a kind of its own, so that projects of one division and year do not collide. */
    static final class ProjectKindsForTests {
        private static final String[] KINDS = {"HOUSING", "EDUCATION", "LIVELIHOOD", "FAMILY_CARE", "INSURANCE"};

        static String next(int used) {
            return KINDS[used % KINDS.length];
        }
    }
}
