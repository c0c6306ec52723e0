package io.jiceng.modules.assistance.payment;

import io.jiceng.platform.export.Cell;
import io.jiceng.platform.export.TableDocument;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The payment list as a printable table: one block per township with its subtotal, and the county's total. */
@Component
public class PaymentDocument {

    private final MessageSource messages;

    public PaymentDocument(MessageSource messages) {
        this.messages = messages;
    }

    public String title(PaymentList list, Locale locale) {
        return text("precise-assistance.payment.title", locale, list.divisionName(), String.valueOf(list.year()));
    }

    public TableDocument of(PaymentList list, Locale locale) {
        TableDocument.Builder document = TableDocument.titled(title(list, locale))
                .columns(text("precise-assistance.payment.no", locale), text("precise-assistance.payment.township", locale),
                        text("precise-assistance.payment.village", locale), text("precise-assistance.payment.name", locale),
                        text("precise-assistance.payment.id-number", locale), text("precise-assistance.payment.scheme", locale),
                        text("precise-assistance.payment.amount", locale));
        int no = 0;
        for (TownshipTotal township : list.townships()) {
            for (PaymentLine line : township.lines()) {
                document.row(Cell.count(++no), Cell.text(township.name()), Cell.text(line.villageName()), Cell.text(line.name()),
                        Cell.text(line.idNumber()), Cell.text(line.schemeName()), Cell.amount(line.amount()));
            }
            document.subtotal(Cell.blank(), Cell.text(text("precise-assistance.payment.subtotal", locale, township.name())),
                    Cell.blank(), Cell.text(text("precise-assistance.payment.people", locale, township.people())),
                    Cell.blank(), Cell.blank(), Cell.amount(township.amount()));
        }
        document.total(Cell.blank(), Cell.text(text("precise-assistance.payment.total", locale)), Cell.blank(),
                Cell.text(text("precise-assistance.payment.people", locale, list.people())), Cell.blank(), Cell.blank(),
                Cell.amount(list.amount()));
        if (!list.schemesWithoutStandard().isEmpty()) {
            document.note(text("precise-assistance.payment.standard-missing", locale, String.join("、", list.schemesWithoutStandard())));
        }
        return document.build();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
