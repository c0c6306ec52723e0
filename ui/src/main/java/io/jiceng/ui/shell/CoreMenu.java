package io.jiceng.ui.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.jiceng.ui.cases.CaseListView;
import io.jiceng.ui.inbox.InboxView;
import io.jiceng.ui.notice.NoticeListView;
import io.jiceng.ui.statistics.StatisticsView;
import io.jiceng.platform.staff.Permission;
import io.jiceng.ui.modules.ModulesView;
import io.jiceng.ui.residents.ResidentListView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's own menu entries. */
@Configuration(proxyBeanMethods = false)
class CoreMenu {

    @Bean
    MenuEntry inboxMenu() {
        return new MenuEntry(10, "menu.inbox", InboxView.class, VaadinIcon.INBOX, null);
    }

    @Bean
    MenuEntry casesMenu() {
        return new MenuEntry(20, "menu.cases", CaseListView.class, VaadinIcon.FOLDER_OPEN, null);
    }

    @Bean
    MenuEntry noticesMenu() {
        return new MenuEntry(25, "menu.notices", NoticeListView.class, VaadinIcon.MEGAPHONE, null);
    }

    @Bean
    MenuEntry residentsMenu() {
        return new MenuEntry(30, "menu.residents", ResidentListView.class, VaadinIcon.USERS, null);
    }

    @Bean
    MenuEntry statisticsMenu() {
        return new MenuEntry(40, "menu.statistics", StatisticsView.class, VaadinIcon.CHART_GRID, null);
    }

    @Bean
    MenuEntry auditMenu() {
        return new MenuEntry(45, "audit.title", io.jiceng.ui.audit.AuditLogView.class, VaadinIcon.RECORDS,
                Permission.AUDIT_READ.name());
    }

    @Bean
    MenuEntry modulesMenu() {
        return new MenuEntry(900, "menu.modules", ModulesView.class, VaadinIcon.PUZZLE_PIECE, Permission.PROCESS_ADMIN.name());
    }
}
