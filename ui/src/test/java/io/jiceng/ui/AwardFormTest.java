package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Opinion;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 奖励扶助申请 as the village specialist fills it in: each rule of the scheme with its wording, met or not, before
 * submitting; a failing rule asks for a written reason and nothing is filed without one.
 */
@ScreenTest
class AwardFormTest extends UiTestSupport {

    @Autowired ResidentService residents;
    @Autowired CaseService cases;
    @Autowired CurrentStaff currentStaff;

    private long register(String idFirst17, String name) {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar(idFirst17));
        form.setName(name);
        form.setDivisionCode("350583001001");
        return currentStaff.runAs("clerk", () -> residents.register(form)).id();
    }

    private void openTheFormFor(String idFirst17) {
        loginAs("specialist");
        UI.getCurrent().navigate("precise-assistance/award");
        _get(TextField.class, spec -> spec.withLabel("申请人身份证号码")).setValue(IdNumber.withCheckChar(idFirst17));
        _click(_get(Button.class, spec -> spec.withText("查找")));
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("扶助项目")), "农村部分计划生育家庭奖励扶助");
        _get(Checkbox.class, spec -> spec.withLabel("本人及配偶为农村户籍")).setValue(true);
        addChild("女", 1994);
    }

    @SuppressWarnings("unchecked")
    private void addChild(String sex, int birthYear) {
        ComboBoxKt.selectByLabel((Select<String>) _get(Select.class, spec -> spec.withLabel("性别")), sex);
        _get(IntegerField.class, spec -> spec.withLabel("出生年份")).setValue(birthYear);
        _click(_get(Button.class, spec -> spec.withText("添加子女")));
    }

    private List<String> ruleLines() {
        VerticalLayout rules = _get(VerticalLayout.class, spec -> spec.withId("award-rules"));
        return _find(rules, Span.class).stream().map(Span::getText).toList();
    }

    private TextArea overrideReason() {
        return _get(TextArea.class, spec -> spec.withLabel("不符合条件仍予申报的理由"));
    }

    @Test
    void anApplicantUnderSixtySeesTheAgeRuleFailAndIsFiledOnlyWithAWrittenReason() {
        long resident = register("35058319680909661", "苗志刚");
        openTheFormFor("35058319680909661");

        assertThat(ruleLines()).containsExactly("✓ 本人及配偶均为农业户口或界定为农村居民户口",
                "✓ 1973年至2001年期间没有违反计划生育法律法规和政策规定生育", "✓ 现存一个子女或两个女孩或子女死亡现无子女",
                "✗ 本人在确认年度内年满60周岁");

        _click(_get(Button.class, spec -> spec.withText("提交申请")));
        assertThat(overrideReason().isInvalid()).isTrue();
        assertThat(overrideReason().getErrorMessage())
                .isEqualTo("申请人不符合以下条件：本人在确认年度内年满60周岁。如仍需申报，请写明理由。");
        assertThat(currentStaff.runAs("specialist", () -> cases.ofResident(resident))).isEmpty();

        overrideReason().setValue("年内随子女迁回本村，村委会研究同意先行申报");
        _click(_get(Button.class, spec -> spec.withText("提交申请")));
        List<CaseRecord> filed = currentStaff.runAs("specialist", () -> cases.ofResident(resident));
        assertThat(filed).hasSize(1);
        List<Opinion> opinions = currentStaff.runAs("specialist", () -> cases.opinions(filed.get(0).id()));
        assertThat(opinions.get(0).opinion()).contains("未满足条件：本人在确认年度内年满60周岁")
                .contains("仍予申报的理由：年内随子女迁回本村，村委会研究同意先行申报");
        assertThat(_find(H3.class)).extracting(H3::getText).anyMatch(text -> text.startsWith(filed.get(0).caseNo() + " · 苗*刚"));

        // ready for the next applicant: nothing of this family goes with the next one
        assertThat(_get(TextField.class, spec -> spec.withLabel("申请人身份证号码")).getValue()).isEmpty();
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("本人及配偶为农村户籍")).getValue()).isFalse();
        assertThat(_find(TextArea.class, spec -> spec.withLabel("不符合条件仍予申报的理由"))).isEmpty();
        assertThat(ruleLines()).containsExactly("查找申请人并选择扶助项目后，这里逐条显示资格条件是否符合。");
    }

    @Test
    void anApplicantMeetingEveryRuleIsFiledWithoutAReason() {
        long resident = register("35058319580312662", "苗秀兰");
        openTheFormFor("35058319580312662");

        assertThat(ruleLines()).allMatch(line -> line.startsWith("✓ ")).hasSize(4);
        assertThat(_find(TextArea.class, spec -> spec.withLabel("不符合条件仍予申报的理由"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("提交申请")));
        assertThat(currentStaff.runAs("specialist", () -> cases.ofResident(resident))).hasSize(1);
    }
}
