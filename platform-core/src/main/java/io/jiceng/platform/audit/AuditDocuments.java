package io.jiceng.platform.audit;

import io.jiceng.platform.export.Cell;
import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.export.TableDocument;
import io.jiceng.platform.export.TableExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The audit trail as an Excel or PDF table (or CSV), in the reader's language, times in Beijing time. */
@Component
public class AuditDocuments {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final AuditTrail trail;
    private final MessageSource messages;

    public AuditDocuments(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    /** A time as the audit page and its export show it: 2026年11月26日 14:05, or 26 Nov 2026, 14:05. */
    public static String time(Instant instant, Locale locale) {
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        return instant == null ? "" : (chinese ? ZH_TIME : EN_TIME).format(instant.atZone(BEIJING));
    }

    public String fileName(Locale locale) {
        return messages.getMessage("audit.file", null, locale);
    }

    /** Writes the entries matching the query; the export itself goes to the audit trail. */
    public void write(AuditQuery query, ExportFormat format, Locale locale, OutputStream out) {
        List<AuditEvent> events = trail.export(query, format.name());
        TableDocument.Builder document = TableDocument.titled(messages.getMessage("audit.title", null, locale))
                .subtitle(messages.getMessage("audit.export.subtitle", new Object[] {time(Instant.now(), locale),
                        events.size()}, locale))
                .columns(text("audit.time", locale), text("audit.user", locale), text("audit.action", locale),
                        text("audit.target", locale), text("audit.division", locale), text("audit.detail", locale),
                        text("audit.address", locale));
        for (AuditEvent event : events) {
            document.row(Cell.text(time(event.occurredAt(), locale)), Cell.text(event.username()),
                    Cell.text(messages.getMessage("audit.action." + event.action().name(), null, event.action().name(), locale)),
                    Cell.text(event.targetType() + " " + event.targetId()), Cell.text(orEmpty(event.divisionCode())),
                    Cell.text(orEmpty(event.detail())), Cell.text(orEmpty(event.remoteAddress())));
        }
        try {
            TableExport.write(format, document.build(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
