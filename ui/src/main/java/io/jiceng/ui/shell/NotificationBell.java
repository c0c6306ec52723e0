package io.jiceng.ui.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jiceng.platform.notification.Notification;
import io.jiceng.platform.notification.NotificationService;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.ui.casepage.CaseView;
import io.jiceng.platform.screen.Formats;

/** The bell in the shell: how many notifications are unread; clicking lists them, and each opens its case. */
public class NotificationBell extends Button {

    private final NotificationService notifications;
    private final StaffService staff;

    public NotificationBell(NotificationService notifications, StaffService staff) {
        this.notifications = notifications;
        this.staff = staff;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> openList());
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        setText(unread == 0 ? "" : String.valueOf(unread));
        setTooltipText(getTranslation("notifications.unread", unread));
        getElement().setAttribute("aria-label", getTranslation("notifications.unread", unread));
    }

    private void openList() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("notifications.title"));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (Notification notification : notifications.mine(50)) {
            list.add(entry(notification, dialog));
        }
        if (list.getComponentCount() == 0) {
            list.add(new Span(getTranslation("notifications.empty")));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private Button entry(Notification notification, Dialog dialog) {
        String sender = staff.find(notification.sentBy()).map(StaffMember::displayName).orElse(notification.sentBy());
        String text = getTranslation("notifications." + notification.kind().name(), sender,
                notification.message() == null ? "" : notification.message())
                + "　" + Formats.dateTime(notification.createdAt(), getLocale());
        Button entry = new Button(text, click -> {
            notifications.markRead(notification.id());
            dialog.close();
            refresh();
            if (notification.caseId() != null) {
                CaseView.open(notification.caseId());
            }
        });
        entry.addThemeVariants(notification.isRead() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        entry.getStyle().set("white-space", "normal").set("height", "auto").set("text-align", "left");
        return entry;
    }
}
