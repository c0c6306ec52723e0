package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.jiceng.modules.sample.SampleView;
import io.jiceng.ui.shell.NotFoundView;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** An installed module's screen: in the menu and at its route for the roles holding its permission, and only then. */
class ModuleScreensTest {

    @Nested
    @ScreenTest
    class Enabled extends UiTestSupport {

        @Test
        void aStreetClerkFindsTheModuleInTheMenuAndOpensItsScreen() {
            loginAs("clerk");
            UI.getCurrent().navigate("inbox");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("样例模块");

            UI.getCurrent().navigate("sample");
            _get(SampleView.class);
            assertThat(_get(H2.class).getText()).isEqualTo("样例模块");
        }

        @Test
        void aGridWorkerWithoutThePermissionHasNoEntryAndIsTurnedAwayFromTheRoute() {
            loginAs("grid");
            UI.getCurrent().navigate("inbox");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("样例模块");

            UI.getCurrent().navigate("sample");
            assertThat(_find(SampleView.class)).isEmpty();
            _get(NotFoundView.class);
        }
    }

    @Nested
    // a context of its own: the module is switched off from the start
    @SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:module-screens-off;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false", "platform.modules.sample.enabled=false"})
    class SwitchedOff extends UiTestSupport {

        @Test
        void aSwitchedOffModuleHasNeitherMenuEntryNorRoute() {
            loginAs("clerk");
            UI.getCurrent().navigate("inbox");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("样例模块");

            UI.getCurrent().navigate("sample");
            assertThat(_find(SampleView.class)).isEmpty();
        }
    }
}
