package io.jiceng.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Supporting documents on a case: what is accepted, what is refused and why, and who read them. */
@SpringBootTest
class CaseAttachmentIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(700);
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

    @Autowired StaffFixture staff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;
    @Autowired AuditLog audit;

    private CaseRecord openCase;

    @BeforeEach
    void openACase() {
        staff.ensure();
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("350583" + "19620815" + SEQUENCE.incrementAndGet()));
        form.setName("蔡淑珍");
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        Resident resident = staff.as("t-clerk", () -> residents.register(form));
        openCase = staff.as("t-clerk", () -> corrections.submit(resident.id(), CorrectableField.PHONE, "13905951111", "号码变更"));
    }

    private String refusal(String fileName, byte[] content) {
        try {
            staff.as("t-clerk", () -> cases.attach(openCase.id(), fileName, content));
            return null;
        } catch (Problem problem) {
            return problem.messageKey();
        }
    }

    @Test
    void aScannedApplicationIsAttachedAndEachDownloadIsAudited() {
        Attachment attachment = staff.as("t-clerk", () -> cases.attach(openCase.id(), "户口簿复印件.pdf", PDF));

        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(attachment.sizeBytes()).isEqualTo(PDF.length);
        assertThat(staff.as("t-reviewer", () -> cases.readAttachment(attachment.id()))).isEqualTo(PDF);
        assertThat(audit.findByTarget(AuditLog.CASE, openCase.id())).extracting(AuditEvent::action)
                .contains(AuditAction.ATTACHMENT_ADD, AuditAction.ATTACHMENT_DOWNLOAD);
    }

    @Test
    void filesOfTheWrongKindSizeOrContentAreRefusedWithTheReason() {
        assertThat(refusal("setup.exe", new byte[] {'M', 'Z', 0})).isEqualTo("attachment.type-not-allowed");
        assertThat(refusal("照片.pdf", PNG)).isEqualTo("attachment.content-mismatch");
        assertThat(refusal("空文件.pdf", new byte[0])).isEqualTo("attachment.empty");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThat(refusal("扫描件.pdf", huge)).isEqualTo("attachment.too-large");
        assertThat(refusal("照片.png", PNG)).isNull();
        assertThat(staff.as("t-clerk", () -> cases.attachments(openCase.id()))).hasSize(1);
    }

    @Test
    void aClosedCaseTakesNoMoreAttachments() {
        var task = staff.as("t-reviewer", () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                .filter(item -> item.caseRecord().id().equals(openCase.id())).findFirst().orElseThrow());
        staff.as("t-reviewer", () -> workItems.complete(task.taskId(), Decision.REJECT, "经核实不需更正"));

        assertThat(refusal("补充材料.pdf", PDF)).isEqualTo("attachment.case-closed");
    }

    @Test
    void staffOfAnotherStreetCannotReadTheAttachments() {
        Attachment attachment = staff.as("t-clerk", () -> cases.attach(openCase.id(), "申请表.pdf", PDF));

        assertThatThrownBy(() -> staff.as("t-clerk2", () -> cases.readAttachment(attachment.id())))
                .isInstanceOf(NotFound.class).hasFieldOrPropertyWithValue("messageKey", "problem.not-found")
                .satisfies(refused -> assertThat(((Problem) refused).arguments()).containsExactly("attachment", String.valueOf(attachment.id())));
    }
}
