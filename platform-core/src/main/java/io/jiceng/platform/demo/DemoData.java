package io.jiceng.platform.demo;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.division.DivisionImporter;
import io.jiceng.platform.module.ModuleBeans;
import io.jiceng.platform.module.ModuleDemoData;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * First start on an empty database: Nan'an city's divisions, one user per role, residents, and cases in
 * several states, so the application is never empty on first look; then each enabled module's own demo data.
 * Passwords are in the README.
 */
@Component
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

    public static final String PASSWORD = "Demo@2026";
    static final String COUNTY = "350583";
    static final String XIMEI_STREET = "350583001";
    static final String LIUCHENG_STREET = "350583002";
    static final String XIMEI_COMMUNITY = "350583001001";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String[] SURNAMES = {"陈", "林", "黄", "王", "李", "张", "吴", "刘", "蔡", "郑", "洪", "许", "苏", "傅", "潘"};
    private static final String[] GIVEN = {"志强", "美玲", "建国", "秀英", "丽华", "晓燕", "国栋", "淑珍", "文杰", "雅婷",
            "明辉", "桂芳", "振华", "慧敏", "俊杰", "玉兰", "少鹏", "碧霞", "荣发", "婉清"};

    private final DivisionImporter divisionImporter;
    private final StaffService staff;
    private final CurrentStaff currentStaff;
    private final ResidentService residents;
    private final CorrectionService corrections;
    private final WorkItemService workItems;
    private final String divisionsLocation;
    private final ModuleBeans moduleBeans;

    public DemoData(DivisionImporter divisionImporter, StaffService staff, CurrentStaff currentStaff,
                    ResidentService residents, CorrectionService corrections, WorkItemService workItems,
                    @Value("${platform.demo-data.divisions:classpath:demo/divisions/}") String divisionsLocation,
                    ModuleBeans moduleBeans) {
        this.moduleBeans = moduleBeans;
        this.divisionImporter = divisionImporter;
        this.staff = staff;
        this.currentStaff = currentStaff;
        this.residents = residents;
        this.corrections = corrections;
        this.workItems = workItems;
        this.divisionsLocation = divisionsLocation;
    }

    /** All or nothing: a start that fails half-way leaves an empty database, so the next start tries again. */
    @Override
    @org.springframework.transaction.annotation.Transactional
    public void run(ApplicationArguments args) {
        if (staff.isEmpty()) {
            loadCoreDemo();
        }
        moduleBeans.of(ModuleDemoData.class).values().forEach(demos -> demos.forEach(ModuleDemoData::loadIfEmpty));
    }

    private void loadCoreDemo() {
        log.info("Empty database: loading demo data (divisions of Nan'an, demo users, residents, cases)");
        int divisions = divisionImporter.importFrom(divisionsLocation);
        for (int grid = 1; grid <= 3; grid++) {
            divisionImporter.addGrid(XIMEI_COMMUNITY + "00" + grid, "第" + "一二三".charAt(grid - 1) + "网格");
        }
        createUsers();
        List<Resident> people = currentStaff.runAs("clerk", this::registerResidents);
        currentStaff.runAs("clerk2", () -> registerResidentsOf(LIUCHENG_STREET + "001", 6, 40));
        startCases(people);
        log.info("Demo data loaded: {} divisions, {} residents", divisions + 3, people.size() + 6);
    }

    private void createUsers() {
        user("admin", "系统管理员", COUNTY, Role.PLATFORM_ADMIN);
        user("county", "陈建国", COUNTY, Role.COUNTY_APPROVER);
        user("modadmin", "傅文杰", COUNTY, Role.MODULE_ADMIN);
        user("reviewer", "林晓燕", XIMEI_STREET, Role.TOWNSHIP_REVIEWER);
        user("clerk", "王丽华", XIMEI_STREET, Role.STREET_CLERK);
        user("specialist", "黄美玲", XIMEI_COMMUNITY, Role.COMMUNITY_SPECIALIST);
        user("grid", "郑志强", XIMEI_COMMUNITY + "001", Role.GRID_WORKER);
        user("clerk2", "李明辉", LIUCHENG_STREET, Role.STREET_CLERK);
        user("reviewer2", "苏婉清", LIUCHENG_STREET, Role.TOWNSHIP_REVIEWER);
    }

    private void user(String username, String name, String division, Role role) {
        staff.create(username, name, PASSWORD, division, EnumSet.of(role));
    }

    private List<Resident> registerResidents() {
        List<Resident> people = new ArrayList<>();
        people.addAll(registerResidentsOf(XIMEI_COMMUNITY, 12, 0));
        people.addAll(registerResidentsOf(XIMEI_STREET + "002", 8, 12));
        people.addAll(registerResidentsOf(XIMEI_STREET + "201", 6, 20));
        return people;
    }

    private List<Resident> registerResidentsOf(String village, int count, int seed) {
        List<Resident> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = seed + i;
            ResidentForm form = new ResidentForm();
            int year = 1940 + (n * 7) % 66;
            String birth = String.format("%d%02d%02d", year, 1 + n % 12, 1 + (n * 3) % 28);
            form.setIdNumber(IdNumber.withCheckChar(COUNTY + birth + String.format("%03d", 100 + n)));
            form.setName(SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7) % GIVEN.length]);
            form.setPhone("13" + String.format("%09d", 500000000L + n * 7919L));
            form.setHouseholdNo("H" + village + String.format("%03d", n / 3));
            form.setHouseholdRelation(n % 3 == 0 ? "户主" : n % 3 == 1 ? "配偶" : "子女");
            form.setDivisionCode(village);
            form.setAddress("南安市" + (n % 2 == 0 ? "成功街" : "新华街") + (10 + n) + "号");
            form.setMigrant(n % 4 == 0);
            people.add(residents.register(form));
        }
        return people;
    }

    /** Four requests: one still waiting for review, one approved, one returned to the clerk, one rejected. */
    private void startCases(List<Resident> people) {
        List<CaseRecord> started = currentStaff.runAs("clerk", () -> List.of(
                corrections.submit(people.get(0).id(), CorrectableField.PHONE, "13905951234", "本人手机号码已变更，持身份证到窗口申请"),
                corrections.submit(people.get(1).id(), CorrectableField.ADDRESS, "南安市溪美街道成功街88号", "户籍地址门牌号登记错误"),
                corrections.submit(people.get(2).id(), CorrectableField.HOUSEHOLD_RELATION, "户主", "原户主已迁出，户主变更"),
                corrections.submit(people.get(3).id(), CorrectableField.PHONE, "13800000000", "网格员上报号码有误")));
        currentStaff.runAs("reviewer", () -> {
            decide(started.get(1), Decision.APPROVE, "材料齐全，同意更正。");
            decide(started.get(2), Decision.RETURN, "请补充户主变更的户口簿复印件后重新提交。");
            decide(started.get(3), Decision.REJECT, "经电话核实，原号码正确，不予更正。");
            return null;
        });
        currentStaff.runAs("clerk2", () -> {
            List<Resident> liucheng = residents.search(new io.jiceng.platform.resident.ResidentQuery(null, null, 0, 1)).residents();
            return corrections.submit(liucheng.get(0).id(), CorrectableField.PHONE, "13606061234", "本人申请变更联系电话");
        });
    }

    private void decide(CaseRecord record, Decision decision, String opinion) {
        WorkItem item = workItems.openFor(record).get(0);
        workItems.complete(item.taskId(), decision, opinion);
    }
}
