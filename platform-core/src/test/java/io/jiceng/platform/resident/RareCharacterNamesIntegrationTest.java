package io.jiceng.platform.resident;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Names with rare characters, some of them outside the Basic Multilingual Plane (𠮷 is U+20BB7, four bytes in UTF-8),
 * are stored and found exactly as typed: on MySQL this needs utf8mb4 on the connection and in the tables, and a
 * collation that tells one such character from another.
 */
@SpringBootTest
class RareCharacterNamesIntegrationTest {

    @Autowired StaffFixture staff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired WorkItemService workItems;

    @BeforeEach
    void setUp() {
        staff.ensure();
    }

    private Resident register(String idNumberStart, String name, String address) {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar(idNumberStart));
        form.setName(name);
        form.setAddress(address);
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        return staff.as("t-clerk", () -> residents.register(form));
    }

    @Test
    void aNameWithCharactersBeyondTheBasicPlaneComesBackAsTyped() {
        Resident registered = register("35058319580312061", "㛃𠮷芳", "溪美街道𡋾头村𠮷祥路8号");

        Resident read = staff.as("t-clerk", () -> residents.get(registered.id()));

        assertThat(read.name()).isEqualTo("㛃𠮷芳");
        assertThat(read.name().codePointCount(0, read.name().length())).isEqualTo(3);
        assertThat(read.address()).isEqualTo("溪美街道𡋾头村𠮷祥路8号");
        assertThat(read.maskedName()).isEqualTo("㛃*芳");
    }

    @Test
    void aSearchForOneRareCharacterFindsOnlyTheNamesWithIt() {
        Resident withJi = register("35058319600415062", "林𠮷英", null);
        Resident withAnother = register("35058319600415063", "林𠀋英", null);

        ResidentPage found = staff.as("t-clerk", () -> residents.search(new ResidentQuery("𠮷英", null, 0, 10)));

        assertThat(found.residents()).extracting(Resident::id).contains(withJi.id()).doesNotContain(withAnother.id());
    }

    @Test
    void aRequestForAResidentWhoseSurnameIsARareCharacterOpensAndTheReviewerFindsItByThatCharacter() {
        StaffFixture.Street street = staff.freshStreet();
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("35058319520101064"));
        form.setName("𠮷秀英");
        form.setDivisionCode(street.community());
        Resident resident = staff.as(street.clerk(), () -> residents.register(form));

        CaseRecord record = staff.as(street.clerk(), () -> corrections.submit(resident.id(), CorrectableField.PHONE,
                "13905950123", "电话号码已更换"));

        assertThat(record.title()).isEqualTo("𠮷*英");
        List<WorkItem> found = staff.as(street.reviewer(), () -> workItems.inbox(new WorkItemFilter(WorkItemScope.CLAIMABLE,
                null, null, false, "𠮷*", 0, 50)).items());
        assertThat(found).extracting(item -> item.caseRecord().id()).containsExactly(record.id());
        assertThat(found.get(0).caseRecord().title()).isEqualTo("𠮷*英");
    }
}
