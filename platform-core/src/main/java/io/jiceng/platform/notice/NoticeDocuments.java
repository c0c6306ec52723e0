package io.jiceng.platform.notice;

import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.export.Cell;
import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.export.TableDocument;
import io.jiceng.platform.export.TableExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notice as the document posted on the board and exported (公示名单): the entries still on it, names and ID
 * numbers masked, the period, how to object, and the issuing division. Each export is audited.
 */
@Component
public class NoticeDocuments {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter ZH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final PublicNotices notices;
    private final DivisionService divisions;
    private final MessageSource messages;
    private final NoticeContacts contacts;
    private final AuditLog audit;

    public NoticeDocuments(PublicNotices notices, DivisionService divisions, MessageSource messages,
            NoticeContacts contacts, AuditLog audit) {
        this.notices = notices;
        this.divisions = divisions;
        this.messages = messages;
        this.contacts = contacts;
        this.audit = audit;
    }

    /** The notice's title in the given language, e.g. 溪美街道奖励扶助对象公示（2026年第1批）. */
    public String title(Notice notice, Locale locale) {
        String division = divisions.find(notice.divisionCode()).map(d -> d.name()).orElse(notice.divisionCode());
        String procedure = messages.getMessage("notice.procedure." + notice.procedureCode(), null, notice.procedureCode(), locale);
        return messages.getMessage("notice.title", new Object[] {division, procedure, notice.yearNo(), notice.batchNo()}, locale);
    }

    @Transactional
    public void write(long noticeId, ExportFormat format, Locale locale, OutputStream out) {
        Notice notice = notices.get(noticeId);
        List<NoticeEntry> listed = notices.entries(noticeId).stream().filter(e -> e.status() != EntryStatus.REMOVED).toList();
        TableDocument.Builder document = TableDocument.titled(title(notice, locale))
                .subtitle(text("notice.document.period", locale, ZH_DATE_TIME.format(notice.publishedAt().atZone(BEIJING)),
                        ZH_DATE_TIME.format(notice.endsAt().atZone(BEIJING))))
                .columns(text("notice.document.no", locale), text("notice.document.name", locale),
                        text("notice.document.id-number", locale), text("notice.document.division", locale),
                        text("notice.document.case-no", locale));
        int number = 1;
        for (NoticeEntry entry : listed) {
            document.row(Cell.count(number++), Cell.text(entry.maskedName()), Cell.text(entry.maskedIdNumber()),
                    Cell.text(divisions.fullName(entry.divisionCode())), Cell.text(entry.caseNo()));
        }
        document.note(text("notice.document.objections", locale));
        contacts.lines(notice.divisionCode(), locale).forEach(document::note);
        document.signOff(divisions.fullName(notice.divisionCode()),
                        DateTimeFormatter.ofPattern("yyyy年M月d日").format(LocalDate.ofInstant(notice.publishedAt(), BEIJING)));
        try {
            TableExport.write(format, document.build(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.NOTICE_EXPORT, AuditLog.NOTICE, noticeId, notice.divisionCode(), format.name());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
