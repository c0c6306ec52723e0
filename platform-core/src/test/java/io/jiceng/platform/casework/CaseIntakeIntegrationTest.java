package io.jiceng.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.modules.fixture.FixtureVisitMapper;
import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.correction.CorrectionRequest;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cases opened from generic requests through the modules' intakes, and withdrawn by their applicants. */
@SpringBootTest
class CaseIntakeIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(700);

    @Autowired StaffFixture staff;
    @Autowired CaseIntakes intakes;
    @Autowired CaseService cases;
    @Autowired CorrectionService corrections;
    @Autowired ResidentService residents;
    @Autowired FixtureVisitMapper visits;
    @Autowired RuntimeService runtime;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        staff.ensure();
    }

    /** Other tests expect the fixture module's table as its migration left it. */
    @AfterEach
    void removeFixtureVisits() {
        jdbc.update("DELETE FROM fixture_visit");
    }

    private Resident registerInXimei() {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("350583" + "19630921" + SEQUENCE.incrementAndGet()));
        form.setName("陈秀英");
        form.setPhone("13905950001");
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        return staff.as("t-clerk", () -> residents.register(form));
    }

    private CaseRecord openVisit(String note) {
        return staff.as("t-clerk", () -> intakes.open(new CaseRequest("fixture", "visit", null,
                StaffFixture.XIMEI_COMMUNITY, Map.of("note", note))));
    }

    @Test
    void aModulesIntakeChecksTheDataAndStoresItsOwnRowWithTheCase() {
        CaseRecord record = openVisit("入户走访，了解家庭情况");

        assertThat(record.caseNo()).startsWith("FX-");
        assertThat(record.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(record.processInstanceId()).isNotNull();
        assertThat(visits.noteOf(record.id())).isEqualTo("入户走访，了解家庭情况");
        assertThat(staff.as("t-clerk", () -> cases.opinions(record.id()))).extracting(Opinion::opinion)
                .containsExactly("入户走访，了解家庭情况");
    }

    @Test
    void invalidDataNamesTheDataMemberAndOpensNothing() {
        long before = staff.as("t-clerk", () -> cases.search(new CaseQuery("fixture", null, null, null, null, 0, 1)).total());

        assertThatThrownBy(() -> staff.as("t-clerk", () -> intakes.open(new CaseRequest("fixture", "visit", null,
                StaffFixture.XIMEI_COMMUNITY, Map.of()))))
                .isInstanceOf(InvalidField.class).extracting("field").isEqualTo("data.note");
        assertThatThrownBy(() -> openVisit("x".repeat(201))).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "data.note").hasFieldOrPropertyWithValue("messageKey", "opinion.too-long");
        assertThatThrownBy(() -> staff.as("t-clerk", () -> intakes.open(new CaseRequest("fixture", "reviewed", null,
                StaffFixture.XIMEI_COMMUNITY, Map.of()))))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("case.intake.not-offered");
        assertThatThrownBy(() -> staff.as("t-clerk", () -> intakes.open(new CaseRequest("fixture", "visit", null,
                StaffFixture.LIUCHENG_COMMUNITY, Map.of("note", "走访")))))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("case.division.out-of-scope");

        assertThat(staff.as("t-clerk", () -> cases.search(new CaseQuery("fixture", null, null, null, null, 0, 1)).total()))
                .isEqualTo(before);
        assertThat(visits.count()).isZero();
    }

    @Test
    void aResidentCorrectionCanBeOpenedFromAGenericRequest() {
        Resident resident = registerInXimei();

        CaseRecord record = staff.as("t-clerk", () -> intakes.open(new CaseRequest("core", "resident-correction",
                resident.id(), null, Map.of("field", "phone", "newValue", "13905958888", "reason", "号码已变更"))));

        CorrectionRequest request = staff.as("t-clerk", () -> corrections.get(record.id()));
        assertThat(request.fieldName()).isEqualTo(CorrectableField.PHONE);
        assertThat(request.oldValue()).isEqualTo("13905950001");
        assertThat(request.newValue()).isEqualTo("13905958888");
        assertThat(record.divisionCode()).isEqualTo(StaffFixture.XIMEI_COMMUNITY);
        assertThat(record.title()).isEqualTo("陈*英");

        assertThatThrownBy(() -> staff.as("t-clerk", () -> intakes.open(new CaseRequest("core", "resident-correction",
                resident.id(), null, Map.of("field", "BLOOD_TYPE", "newValue", "A", "reason", "x")))))
                .isInstanceOf(InvalidField.class).extracting("field").isEqualTo("data.field");
        assertThatThrownBy(() -> staff.as("t-clerk", () -> intakes.open(new CaseRequest("core", "resident-correction",
                resident.id(), null, Map.of("field", "PHONE", "newValue", "12345", "reason", "x")))))
                .isInstanceOf(InvalidField.class).extracting("field").isEqualTo("data.newValue");
    }

    @Test
    void theApplicantWithdrawsAnOpenCaseAndItsProcessEnds() {
        Resident resident = registerInXimei();
        CaseRecord record = staff.as("t-clerk", () ->
                corrections.submit(resident.id(), CorrectableField.PHONE, "13905957777", "号码已变更"));

        CaseRecord withdrawn = staff.as("t-clerk", () -> cases.withdraw(record.id(), "申请人已自行更正"));

        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(withdrawn.closedAt()).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(record.processInstanceId()).count()).isZero();
        Opinion last = staff.as("t-clerk", () -> cases.opinions(record.id())).get(1);
        assertThat(last.decision()).isEqualTo(Decision.WITHDRAW);
        assertThat(last.opinion()).isEqualTo("申请人已自行更正");
        assertThat(last.stepName()).isEqualTo("街道审核");
        assertThat(audit.findByTarget(AuditLog.CASE, record.id())).extracting(AuditEvent::action)
                .contains(AuditAction.CASE_WITHDRAW);

        assertThatThrownBy(() -> staff.as("t-clerk", () -> cases.withdraw(record.id(), "再撤一次")))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("case.withdraw.final");
    }

    @Test
    void onlyTheApplicantOrACaseOpenerOverTheCaseMayWithdrawIt() {
        Resident resident = registerInXimei();
        CaseRecord record = staff.as("t-clerk", () ->
                corrections.submit(resident.id(), CorrectableField.PHONE, "13905956666", "号码已变更"));

        assertThatThrownBy(() -> staff.as("t-reviewer", () -> cases.withdraw(record.id(), "不需要了")))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("staff.permission.missing");
        assertThatThrownBy(() -> staff.as("t-clerk2", () -> cases.withdraw(record.id(), "不需要了")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> staff.as("t-clerk", () -> cases.withdraw(record.id(), " ")))
                .isInstanceOf(InvalidField.class).extracting("field").isEqualTo("reason");
        assertThat(staff.as("t-reviewer", () -> cases.mayWithdraw(record))).isFalse();
        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.IN_REVIEW);
    }
}
