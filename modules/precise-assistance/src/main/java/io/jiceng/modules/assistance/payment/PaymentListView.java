package io.jiceng.modules.assistance.payment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.jiceng.modules.assistance.award.AwardService;
import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.export.TableExport;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.screen.ProblemMessages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import jakarta.annotation.security.PermitAll;

/** 发放名单: the year's recipients of the county (or the user's part of it) per township, totals, export, reconciliation. */
@PermitAll
public class PaymentListView extends VerticalLayout {

    final TextField county = new TextField();
    final IntegerField year = new IntegerField();
    final Grid<PaymentLine> lines = new Grid<>();
    final Span totals = new Span();
    final VerticalLayout reconciliation = new VerticalLayout();
    private final HorizontalLayout exports = new HorizontalLayout();
    private final PaymentLists lists;
    private final PaymentDocument documents;

    public PaymentListView(PaymentLists lists, PaymentDocument documents) {
        this.lists = lists;
        this.documents = documents;
        county.setLabel(getTranslation("precise-assistance.payment.county"));
        year.setLabel(getTranslation("precise-assistance.award.year"));
        year.setValue(AwardService.currentYear());
        Button show = new Button(getTranslation("precise-assistance.payment.show"), click -> show());
        Button reconcile = new Button(getTranslation("precise-assistance.payment.reconcile"), click -> reconcile());
        lines.addColumn(PaymentLine::villageName).setHeader(getTranslation("precise-assistance.payment.village"));
        lines.addColumn(PaymentLine::name).setHeader(getTranslation("precise-assistance.payment.name"));
        lines.addColumn(PaymentLine::idNumber).setHeader(getTranslation("precise-assistance.payment.id-number"));
        lines.addColumn(PaymentLine::schemeName).setHeader(getTranslation("precise-assistance.payment.scheme"));
        lines.addColumn(l -> l.amount().toPlainString()).setHeader(getTranslation("precise-assistance.payment.amount"));
        HorizontalLayout filter = new HorizontalLayout(county, year, show, reconcile, exports);
        filter.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("precise-assistance.payment.menu")), filter, totals, lines, reconciliation);
        show();
    }

    void show() {
        try {
            PaymentList list = lists.list(county.getValue(), year.getValue());
            county.setValue(list.divisionCode().substring(0, 6));
            lines.setItems(list.townships().stream().flatMap(t -> t.lines().stream()).toList());
            totals.setText(getTranslation("precise-assistance.payment.summary", list.people(), list.amount().toPlainString())
                    + " " + String.join("；", list.townships().stream().map(t -> getTranslation(
                    "precise-assistance.payment.township-summary", t.name(), t.people(), t.amount().toPlainString())).toList()));
            exports.removeAll();
            exports.add(download(list, ExportFormat.XLSX), download(list, ExportFormat.PDF));
        } catch (Problem problem) {
            totals.setText(ProblemMessages.text(problem));
        }
    }

    void reconcile() {
        reconciliation.removeAll();
        Reconciliation result = lists.reconcile(county.getValue(), year.getValue());
        reconciliation.add(new Span(getTranslation(result.balanced() ? "precise-assistance.reconcile.balanced"
                : "precise-assistance.reconcile.differences", result.confirmedCases(), result.listed())));
        describe("precise-assistance.reconcile.missing", result.missing());
        describe("precise-assistance.reconcile.duplicate", result.duplicates());
        describe("precise-assistance.reconcile.unexplained", result.unexplained());
    }

    private void describe(String key, List<Reconciliation.Difference> differences) {
        differences.forEach(d -> reconciliation.add(new Span(getTranslation(key, d.maskedName(), d.schemeCode(),
                d.caseNo() == null ? "" : d.caseNo()))));
    }

    private Anchor download(PaymentList list, ExportFormat format) {
        Locale locale = getLocale();
        String fileName = format.fileName(documents.title(list, locale));
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            try {
                TableExport.write(format, documents.of(lists.list(county.getValue(), list.year(), "导出 " + format.name().toLowerCase(java.util.Locale.ROOT)), locale), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new DownloadResponse(new ByteArrayInputStream(content.toByteArray()), fileName, format.contentType(),
                    content.size());
        }), getTranslation("precise-assistance.payment.export." + format.extension()));
        link.getElement().setAttribute("download", true);
        return link;
    }
}
