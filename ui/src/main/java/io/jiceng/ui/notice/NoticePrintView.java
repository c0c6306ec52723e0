package io.jiceng.ui.notice;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.notice.EntryStatus;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.notice.NoticeContacts;
import io.jiceng.platform.notice.NoticeEntry;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.screen.Formats;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;

/** The notice as it is posted on the board: a plain page, without the application's frame, that prints itself. */
@Route("notices/:noticeId/print")
@PermitAll
public class NoticePrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicNotices notices;
    private final DivisionService divisions;
    private final NoticeContacts contacts;
    private Notice notice;

    public NoticePrintView(PublicNotices notices, DivisionService divisions, NoticeContacts contacts) {
        this.notices = notices;
        this.divisions = divisions;
        this.contacts = contacts;
        getStyle().set("max-width", "800px").set("margin", "2em auto").set("font-size", "14pt").set("color", "#000");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("noticeId").orElseThrow(() -> new NotFound("notice", "?"));
        notice = notices.get(id);
        List<NoticeEntry> listed = notices.entries(id).stream().filter(e -> e.status() != EntryStatus.REMOVED).toList();
        removeAll();
        H1 title = new H1(NoticeTexts.title(this, notice, divisions));
        title.getStyle().set("text-align", "center").set("font-size", "20pt");
        add(title, new Paragraph(getTranslation("notice.print.intro", listed.size())), table(listed),
                new Paragraph(NoticeTexts.period(this, notice)), new Paragraph(getTranslation("notice.print.objections")));
        contacts.lines(notice.divisionCode(), getLocale()).forEach(line -> add(new Paragraph(line)));
        Paragraph signature = new Paragraph(divisions.fullName(notice.divisionCode()) + "　"
                + Formats.date(LocalDate.ofInstant(notice.publishedAt(), Formats.BEIJING), getLocale()));
        signature.getStyle().set("text-align", "right");
        add(signature);
    }

    private Div table(List<NoticeEntry> listed) {
        Element table = new Element("table");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        Element head = new Element("tr");
        for (String key : List.of("notice.print.no", "field.NAME", "field.ID_NUMBER", "case.division")) {
            head.appendChild(cell("th", getTranslation(key)));
        }
        table.appendChild(head);
        int number = 1;
        for (NoticeEntry entry : listed) {
            Element row = new Element("tr");
            row.appendChild(cell("td", String.valueOf(number++)), cell("td", entry.maskedName()),
                    cell("td", entry.maskedIdNumber()), cell("td", divisions.fullName(entry.divisionCode())));
            table.appendChild(row);
        }
        Div wrapper = new Div();
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag).setText(text == null ? "" : text);
        cell.getStyle().set("border", "1px solid #000").set("padding", "4px 8px");
        return cell;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs("setTimeout(function(){window.print();}, 500)");
    }

    @Override
    public String getPageTitle() {
        return notice == null ? getTranslation("notice.list.title") : NoticeTexts.title(this, notice, divisions);
    }
}
