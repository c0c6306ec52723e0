package io.jiceng.modules.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.modules.assistance.award.AwardApplication;
import io.jiceng.modules.assistance.award.AwardForm;
import io.jiceng.modules.assistance.award.AwardMapper;
import io.jiceng.modules.assistance.award.AwardService;
import io.jiceng.modules.assistance.award.EligibilityRule;
import io.jiceng.modules.assistance.award.Outcome;
import io.jiceng.modules.assistance.award.RuleResult;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.Opinion;
import io.jiceng.platform.module.ModuleRegistry;
import io.jiceng.platform.module.ModuleStatistics;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.notice.ObjectionForm;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.Resident;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Applications for a scheme from the clerk's form to the county's confirmation, in the platform core. */
@SpringBootTest
class AwardVerificationIntegrationTest {

    static final int YEAR = AwardService.currentYear();

    @Autowired ApplicationContext context;
    @Autowired ModuleRegistry modules;
    @Autowired AwardService awards;
    @Autowired AwardMapper mapper;
    @Autowired ModuleStatistics statistics;

    @Test
    void anApplicantUnder60InTheConfirmationYearFailsTheAgeRuleWithItsWording() {
        AwardDesk desk = new AwardDesk(context);
        Resident young = desk.resident("蔡美华", (YEAR - 59) + "0101", true);
        Resident old = desk.resident("蔡美玉", (YEAR - 60) + "1231", true);

        List<RuleResult> youngResults = desk.as("pa-clerk", () -> awards.check(young.id(), AwardDesk.ruralAward(YEAR)));
        List<RuleResult> oldResults = desk.as("pa-clerk", () -> awards.check(old.id(), AwardDesk.ruralAward(YEAR)));

        RuleResult age = youngResults.stream().filter(r -> r.ruleCode().equals("age")).findFirst().orElseThrow();
        assertThat(age.passed()).isFalse();
        assertThat(age.wording(Locale.SIMPLIFIED_CHINESE)).isEqualTo("本人在确认年度内年满60周岁");
        assertThat(age.wording(Locale.ENGLISH)).isEqualTo("The applicant turns 60 or older in the confirmation year");
        assertThat(youngResults).filteredOn(r -> !r.ruleCode().equals("age")).allMatch(RuleResult::passed);
        assertThat(oldResults).as("60 in the confirmation year, even on its last day").allMatch(RuleResult::passed);
    }

    @Test
    void submittingDespiteAFailingRuleNeedsAWrittenReasonThatReviewersSee() {
        AwardDesk desk = new AwardDesk(context);
        Resident young = desk.resident("庄丽琴", (YEAR - 58) + "0505", true);
        AwardForm form = AwardDesk.ruralAward(YEAR);

        assertThatThrownBy(() -> desk.as("pa-clerk", () -> awards.apply(young.id(), form)))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "overrideReason")
                .hasFieldOrPropertyWithValue("messageKey", "precise-assistance.award.override.required");

        form.setOverrideReason("本人系残疾人，经县卫健局同意提前申报");
        CaseRecord record = desk.as("pa-clerk", () -> awards.apply(young.id(), form));

        AwardApplication application = mapper.findByCase(record.id()).orElseThrow();
        assertThat(application.failedRules()).isEqualTo("age");
        assertThat(application.overrideReason()).isEqualTo("本人系残疾人，经县卫健局同意提前申报");
        assertThat(desk.as("pa-specialist", () -> desk.cases.opinions(record.id()))).extracting(Opinion::opinion)
                .anySatisfy(text -> assertThat(text).contains("本人在确认年度内年满60周岁", "经县卫健局同意提前申报"));
        assertThat(desk.as("pa-county", () -> awards.details(record.id())).application().overrideReason())
                .isEqualTo("本人系残疾人，经县卫健局同意提前申报");
    }

    @Test
    void theVillageSpecialistFilesApplicationsForHerVillageOnly() {
        AwardDesk desk = new AwardDesk(context);
        Resident own = desk.resident("傅玉珍", "19590101", true);
        Resident elsewhere = desk.residentOf(AwardDesk.XIMEI + "002", "傅玉兰", "19590202");

        CaseRecord record = desk.as("pa-specialist", () -> awards.apply(own.id(), AwardDesk.ruralAward(YEAR)));

        assertThat(record.divisionCode()).isEqualTo(AwardDesk.XIMEI_COMMUNITY);
        assertThatThrownBy(() -> desk.as("pa-specialist", () -> awards.apply(elsewhere.id(), AwardDesk.ruralAward(YEAR))))
                .isInstanceOf(io.jiceng.platform.problem.NotFound.class)
                .satisfies(refused -> assertThat(((Problem) refused).arguments()).containsExactly("resident", String.valueOf(elsewhere.id())));
    }

    @Test
    void aPersonAppliesOncePerSchemeAndYear() {
        AwardDesk desk = new AwardDesk(context);
        Resident resident = desk.resident("洪秀珠", "19550303", true);
        CaseRecord first = desk.applyOverTheApi(resident, YEAR);

        assertThatThrownBy(() -> desk.applyOverTheApi(resident, YEAR)).isInstanceOf(Problem.class)
                .hasFieldOrPropertyWithValue("messageKey", "precise-assistance.award.duplicate")
                .satisfies(p -> assertThat(((Problem) p).arguments()).contains(first.caseNo()));
        assertThat(desk.applyOverTheApi(resident, YEAR - 1).id()).as("another year is another application").isNotNull();
    }

    @Test
    void theApiNamesTheDataMemberAtFault() {
        AwardDesk desk = new AwardDesk(context);
        Resident resident = desk.resident("吴金花", "19560606", true);

        assertThatThrownBy(() -> desk.as("pa-clerk", () -> desk.intakes.open(new io.jiceng.platform.casework.CaseRequest(
                PreciseAssistanceModule.ID, PreciseAssistanceModule.AWARD, resident.id(), null,
                java.util.Map.of("scheme", "rural-award", "ruralHousehold", true)))))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "data.overrideReason");
        assertThatThrownBy(() -> desk.as("pa-clerk", () -> desk.intakes.open(new io.jiceng.platform.casework.CaseRequest(
                PreciseAssistanceModule.ID, PreciseAssistanceModule.AWARD, resident.id(), null, java.util.Map.of()))))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "data.scheme");
    }

    @Test
    void aCountyReplacesADefaultRuleWithItsOwn() {
        AwardDesk desk = new AwardDesk(context);
        Resident resident = desk.resident("郑宝珠", "19700707", true);
        AwardForm form = new AwardForm();
        form.setSchemeCode("two-daughters");
        form.setRuralHousehold(true);
        form.setOutOfPolicyBirth(true);
        form.addChild(new io.jiceng.modules.assistance.award.Child(null, "F", 1995, true, null))
                .addChild(new io.jiceng.modules.assistance.award.Child(null, "F", 1998, true, null));
        assertThat(desk.as("pa-clerk", () -> awards.check(resident.id(), form))).filteredOn(r -> !r.passed())
                .extracting(RuleResult::ruleCode).containsExactly("no-out-of-policy");

        mapper.insertRule(new EligibilityRule("two-daughters", "no-out-of-policy", "350583", "NO_OUT_OF_POLICY_BIRTH", null,
                "无政策外生育", "No birth against the rules", false, 30));

        assertThat(desk.as("pa-clerk", () -> awards.check(resident.id(), form))).isNotEmpty().allMatch(RuleResult::passed);
    }

    @Test
    void aCaseThroughThreeReviewsAndANoticeEndsConfirmedAndOnThePaymentList() {
        AwardDesk desk = new AwardDesk(context);
        Resident resident = desk.resident("黄秀兰", "19580808", true);
        CaseRecord record = desk.applyOverTheApi(resident, YEAR);
        assertThat(record.caseNo()).startsWith("JL-");

        desk.approveAtAllLevels(record);
        assertThat(desk.as("pa-county", () -> desk.cases.get(record.id())).status()).isEqualTo(CaseStatus.AWAITING_NOTICE);
        Notice notice = desk.publish(List.of(record.id()));
        assertThat(desk.as("pa-county", () -> desk.cases.get(record.id())).status()).isEqualTo(CaseStatus.IN_NOTICE);
        desk.closeByItsTimer(notice);

        assertThat(desk.as("pa-county", () -> desk.cases.get(record.id())).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(mapper.findByCase(record.id()).orElseThrow().outcome()).isEqualTo(Outcome.CONFIRMED);
        var list = desk.as("pa-county", () -> context.getBean(io.jiceng.modules.assistance.payment.PaymentLists.class)
                .list(AwardDesk.COUNTY, YEAR));
        assertThat(list.townships()).flatExtracting(t -> t.lines()).filteredOn(l -> l.residentId() == resident.id())
                .singleElement().satisfies(line -> {
                    assertThat(line.amount()).isEqualByComparingTo("1200.00");
                    assertThat(line.schemeCode()).isEqualTo("rural-award");
                    assertThat(line.name()).as("the county approver may see names in full").isEqualTo("黄秀兰");
                });
        assertThat(desk.as("pa-clerk2", () -> context.getBean(io.jiceng.modules.assistance.payment.PaymentLists.class)
                .list(AwardDesk.COUNTY, YEAR)).townships()).as("the neighbouring street sees only its own part")
                .allMatch(t -> t.code().equals(AwardDesk.LIUCHENG));
    }

    @Test
    void anUpheldObjectionRejectsTheApplicationAndCountsAsSuch() {
        AwardDesk desk = new AwardDesk(context);
        Resident resident = desk.resident("施阿婷", "19570909", true);
        CaseRecord record = desk.applyOverTheApi(resident, YEAR);
        desk.approveAtAllLevels(record);
        Notice notice = desk.publish(List.of(record.id()));
        desk.as("pa-clerk", () -> desk.notices.object(notice.id(), record.id(), new ObjectionForm("群众甲", null, "实有三个子女")));

        desk.decide("pa-reviewer", record, Decision.UPHOLD, "经入户核实，异议属实");

        assertThat(desk.as("pa-county", () -> desk.cases.get(record.id())).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(mapper.findByCase(record.id()).orElseThrow().outcome()).isEqualTo(Outcome.REMOVED);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(desk.as("pa-county", () -> statistics.report(null, today, today.plusDays(1))))
                .filteredOn(v -> v.moduleId().equals(PreciseAssistanceModule.ID))
                .extracting(ModuleStatistics.IndicatorValue::indicatorId)
                .contains("award-applications", "award-confirmed", "award-rejected", "award-objections-upheld",
                        "award-people-paid", "award-amount-paid");
        assertThat(desk.as("pa-county", () -> statistics.report(null, today, today.plusDays(1))))
                .filteredOn(v -> v.indicatorId().equals("award-objections-upheld"))
                .singleElement().satisfies(v -> assertThat(v.value()).isPositive());
    }

    @Test
    void applicationsNotConfirmedAreCountedByReason() {
        AwardDesk desk = new AwardDesk(context);
        Map<String, Long> before = rejectionCounts(desk);

        AwardForm overridden = AwardDesk.ruralAward(YEAR);
        overridden.setOverrideReason("申请人称户籍登记有误");
        Resident young = desk.resident("苏丽娟", (YEAR - 50) + "0404", true);
        CaseRecord ineligible = desk.as("pa-clerk", () -> awards.apply(young.id(), overridden));
        desk.decide("pa-specialist", ineligible, Decision.REJECT, "未满60周岁，不符合条件");
        CaseRecord untrue = desk.applyOverTheApi(desk.resident("苏丽香", "19560101", true), YEAR);
        desk.decide("pa-specialist", untrue, Decision.APPROVE, "情况属实");
        desk.decide("pa-reviewer", untrue, Decision.REJECT, "经核查实有三个子女");

        Map<String, Long> after = rejectionCounts(desk);
        assertThat(after.get("award-rejected-ineligible") - before.get("award-rejected-ineligible")).isEqualTo(1);
        assertThat(after.get("award-rejected-in-review") - before.get("award-rejected-in-review")).isEqualTo(1);
        assertThat(after.get("award-rejected") - before.get("award-rejected")).isEqualTo(2);
        assertThat(after.get("award-rejected")).as("every application not confirmed has one reason")
                .isEqualTo(after.get("award-rejected-ineligible") + after.get("award-rejected-in-review")
                        + after.get("award-objections-upheld"));
    }

    private Map<String, Long> rejectionCounts(AwardDesk desk) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        return desk.as("pa-county", () -> statistics.report(null, today, today.plusDays(1))).stream()
                .filter(v -> v.moduleId().equals(PreciseAssistanceModule.ID) && v.indicatorId().startsWith("award-"))
                .collect(java.util.stream.Collectors.toMap(ModuleStatistics.IndicatorValue::indicatorId,
                        ModuleStatistics.IndicatorValue::value));
    }

    @Test
    void theModuleIsInstalled() {
        assertThat(modules.isEnabled(PreciseAssistanceModule.ID)).isTrue();
    }
}
