package io.jiceng.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.jiceng.platform.statistics.StatisticsReport;
import io.jiceng.platform.statistics.StatisticsReport.Line;
import io.jiceng.ui.statistics.StatisticsView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The county sees each street's figures and the total; a click goes down into one street; the street sees only itself. */
@ScreenTest
class StatisticsPageTest extends UiTestSupport {

    @Autowired StatisticsReport reports;

    @Test
    @SuppressWarnings("unchecked")
    void theCountySeesEveryStreetAndTheTotalAndGoesDownIntoOne() {
        loginAs("county");
        UI.getCurrent().navigate(StatisticsView.class);
        _click(_get(Button.class, spec -> spec.withText("本年")));

        Grid<Line> grid = _get(Grid.class);
        int lines = GridKt._size(grid);
        Line total = GridKt._get(grid, lines - 1);
        assertThat(total.divisionName()).isEqualTo("合计");
        Line ximei = GridKt._fetch(grid, 0, lines).stream().filter(l -> l.divisionCode().equals("350583001")).findFirst().orElseThrow();
        long ximeiOpened = ximei.values().get(0);
        long allOpened = total.values().get(0);
        assertThat(allOpened).isGreaterThanOrEqualTo(ximeiOpened).isPositive();
        long sumOfStreets = GridKt._fetch(grid, 0, lines - 1).stream().mapToLong(l -> l.values().get(0)).sum();
        assertThat(sumOfStreets).as("the streets add up to the county").isEqualTo(allOpened);

        GridKt._clickItem(grid, GridKt._fetch(grid, 0, lines).indexOf(ximei));
        Line ximeiTotal = GridKt._get(grid, GridKt._size(grid) - 1);
        assertThat(ximeiTotal.divisionCode()).isEqualTo("350583001");
        assertThat(ximeiTotal.values().get(0)).isEqualTo(ximeiOpened);
    }

    @Test
    void aStreetClerkCannotReportOnTheNeighbouringStreet() {
        loginAs("clerk");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                reports.of("350583002", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))))
                .isInstanceOf(io.jiceng.platform.problem.Problem.class);
    }
}
