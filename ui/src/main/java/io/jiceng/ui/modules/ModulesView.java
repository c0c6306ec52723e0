package io.jiceng.ui.modules;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jiceng.platform.module.ModuleOverview;
import io.jiceng.platform.module.ServiceModule;
import io.jiceng.platform.screen.Formats;
import io.jiceng.ui.shell.Badges;
import io.jiceng.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** 模块管理: the installed modules, their versions, whether they are on, their processes and migrations. */
@Route(value = "admin/modules", layout = MainLayout.class)
@RolesAllowed({"PLATFORM_ADMIN", "MODULE_ADMIN"})
public class ModulesView extends VerticalLayout implements HasDynamicTitle {

    public ModulesView(ModuleOverview overview) {
        setMaxWidth("1200px");
        add(new H2(getTranslation("modules.title")), new Paragraph(getTranslation("modules.core-version", overview.coreVersion())));
        overview.all().forEach(state -> add(card(state)));
    }

    private Div card(ModuleOverview.ModuleState state) {
        ServiceModule module = state.module().descriptor();
        H3 name = new H3(module.name().in(getLocale()) + "（" + module.id() + "）");
        name.getStyle().set("margin", "0");
        HorizontalLayout head = new HorizontalLayout(name, state.module().enabled()
                ? Badges.neutral(getTranslation("modules.enabled")) : Badges.overdue(getTranslation("modules.disabled")));
        head.setAlignItems(Alignment.CENTER);
        Span facts = new Span(getTranslation("modules.facts", module.version(), module.requiredCoreVersion(),
                module.caseTypes().stream().map(t -> getTranslation("casetype." + t.moduleId() + "." + t.code()))
                        .collect(Collectors.joining("、"))));
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)");

        Grid<ModuleOverview.ProcessVersion> processes = new Grid<>();
        processes.addThemeVariants(GridVariant.LUMO_COMPACT);
        processes.setAllRowsVisible(true);
        processes.addColumn(ModuleOverview.ProcessVersion::key).setHeader(getTranslation("modules.process.key"));
        processes.addColumn(ModuleOverview.ProcessVersion::name).setHeader(getTranslation("modules.process.name"));
        processes.addColumn(ModuleOverview.ProcessVersion::version).setHeader(getTranslation("modules.process.version"));
        processes.addColumn(ModuleOverview.ProcessVersion::runningInstances).setHeader(getTranslation("modules.process.running"));
        processes.setItems(state.processes());
        processes.setEmptyStateText(getTranslation("modules.process.none"));

        Grid<ModuleOverview.Migration> migrations = new Grid<>();
        migrations.addThemeVariants(GridVariant.LUMO_COMPACT);
        migrations.setAllRowsVisible(true);
        migrations.addColumn(ModuleOverview.Migration::version).setHeader(getTranslation("modules.migration.version"));
        migrations.addColumn(ModuleOverview.Migration::description).setHeader(getTranslation("modules.migration.description"));
        migrations.addColumn(ModuleOverview.Migration::state).setHeader(getTranslation("modules.migration.state"));
        migrations.addColumn(m -> Formats.dateTime(m.installedOn(), getLocale())).setHeader(getTranslation("modules.migration.installed"));
        migrations.setItems(state.migrations());
        migrations.setEmptyStateText(getTranslation("modules.migration.none"));

        Div card = new Div(head, facts, new H3(getTranslation("modules.processes")), processes,
                new H3(getTranslation("modules.migrations")), migrations);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title") + " - " + getTranslation("app.title");
    }
}
