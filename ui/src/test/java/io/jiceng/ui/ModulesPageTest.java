package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.jiceng.platform.module.ModuleOverview;
import io.jiceng.ui.modules.ModulesView;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 模块管理 as the platform administrator sees it, and hidden from everyone else's menu. */
@ScreenTest
class ModulesPageTest extends UiTestSupport {

    @Autowired RuntimeService runtime;

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorSeesTheCoreWithItsProcessVersionsRunningCasesAndMigrations() {
        loginAs("admin");
        UI.getCurrent().navigate(ModulesView.class);

        assertThat(_find(H3.class)).extracting(H3::getText).contains("平台基础（core）", "样例模块（sample）");
        List<Grid<?>> grids = (List<Grid<?>>) (List<?>) _find(Grid.class);
        Grid<ModuleOverview.ProcessVersion> processes = (Grid<ModuleOverview.ProcessVersion>) grids.get(0);
        List<ModuleOverview.ProcessVersion> coreProcesses = GridKt._fetch(processes, 0, 10);
        assertThat(coreProcesses).extracting(ModuleOverview.ProcessVersion::key).containsExactlyInAnyOrder(
                "resident-correction", "multi-level-review", "public-notice", "public-notice-entry", "notice-objection");
        assertThat(coreProcesses).filteredOn(p -> p.key().equals("resident-correction"))
                .extracting(ModuleOverview.ProcessVersion::runningInstances)
                .containsExactly(runtime.createProcessInstanceQuery().processDefinitionKey("resident-correction").count())
                .allSatisfy(running -> assertThat(running).isPositive()); // the demo's, and those of other tests
        Grid<ModuleOverview.Migration> migrations = (Grid<ModuleOverview.Migration>) grids.get(1);
        assertThat(GridKt._fetch(migrations, 0, 10)).extracting(ModuleOverview.Migration::version).contains("1");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("模块管理");
    }

    @Test
    void aClerkHasNoModulesEntryInTheMenu() {
        loginAs("clerk");
        UI.getCurrent().navigate("inbox");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsSubsequence("我的待办", "业务件查询", "公示管理", "居民档案", "统计报表")
                .contains("样例模块", "奖励扶助申请").doesNotContain("模块管理");
    }
}
