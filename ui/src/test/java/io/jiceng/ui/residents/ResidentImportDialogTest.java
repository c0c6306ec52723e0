package io.jiceng.ui.residents;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.residentimport.RowError;
import io.jiceng.ui.UiTestSupport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import io.jiceng.ui.ScreenTest;

/** 批量导入 on the residents page: the template, the totals and the rows that were not imported. */
@ScreenTest
class ResidentImportDialogTest extends UiTestSupport {

    @Test
    void aClerkImportsAFileAndSeesWhichRowsWereNotImportedAndWhy() {
        loginAs("clerk");
        UI.getCurrent().navigate(ResidentListView.class);
        _click(_get(Button.class, spec -> spec.withText("批量导入")));
        ResidentImportDialog dialog = _get(ResidentImportDialog.class);
        assertThat(_find(Anchor.class, spec -> spec.withText("下载导入模板"))).hasSize(1);

        String invalid = IdNumber.withCheckChar("350583" + "19770707" + "532");
        invalid = invalid.substring(0, 17) + (invalid.charAt(17) == '1' ? '2' : '1');
        String csv = "身份证号,姓名,所属区划代码\n"
                + IdNumber.withCheckChar("350583" + "19770707" + "531") + ",许少鹏,350583001001\n"
                + invalid + ",苏婉清,350583001001\n";
        dialog.importFile("居民.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.totals.getText()).isEqualTo("共 2 行，成功导入 1 行，未导入 1 行。");
        assertThat(dialog.errors.isVisible()).isTrue();
        RowError error = GridKt._get(dialog.errors, 0);
        assertThat(error.row()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("身份证号");
        assertThat(error.problem().messageKey()).isEqualTo("id-number.check-digit");
        assertThat(dialog.errorsDownload.isVisible()).isTrue();
    }

    @Test
    void theImportIsOfferedOnlyToThoseWhoMayRegisterResidents() {
        loginAs("reviewer");
        UI.getCurrent().navigate(ResidentListView.class);
        assertThat(_find(Button.class, spec -> spec.withText("批量导入"))).isEmpty();
    }
}
