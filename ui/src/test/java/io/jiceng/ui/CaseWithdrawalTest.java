package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.ui.casepage.CaseView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 撤回申请 on the case page: offered to the applicant while the case is open, and it closes the case. */
@ScreenTest
class CaseWithdrawalTest extends UiTestSupport {

    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired CaseService cases;

    private CaseRecord correctionByClerk() {
        return currentStaff.runAs("clerk", () -> {
            ResidentForm form = new ResidentForm();
            form.setIdNumber(IdNumber.withCheckChar("350583" + "19810101" + "641"));
            form.setName("欧阳秀兰");
            form.setPhone("13905950003");
            form.setDivisionCode("350583001001");
            long residentId = residents.register(form).id();
            return corrections.submit(residentId, CorrectableField.PHONE, "13905950004", "号码已变更");
        });
    }

    @Test
    void theApplicantWithdrawsAnOpenCaseWithAReasonAndReviewersAreNotOfferedIt() {
        CaseRecord record = correctionByClerk();

        loginAs("reviewer");
        CaseView.open(record.id());
        assertThat(_find(Button.class, spec -> spec.withText("撤回申请"))).isEmpty();

        loginAs("clerk");
        CaseView.open(record.id());
        _click(_get(Button.class, spec -> spec.withText("撤回申请")));
        _click(_get(Button.class, spec -> spec.withText("确认撤回")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("撤回原因"));
        assertThat(reason.isInvalid()).isTrue();
        _setValue(reason, "居民已到窗口办理");
        _click(_get(Button.class, spec -> spec.withText("确认撤回")));

        assertThat(_find(Span.class, spec -> spec.withText("已撤回"))).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("撤回申请"))).isEmpty();
        assertThat(currentStaff.runAs("clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.WITHDRAWN);
    }
}
