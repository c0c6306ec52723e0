package io.jiceng.modules.assistance.payment;

import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.export.TableExport;
import io.jiceng.platform.problem.InvalidField;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The payment list over HTTP, limited to the caller's division like everything else. */
@RestController
class PaymentListController {

    private final PaymentLists lists;
    private final PaymentDocument documents;

    PaymentListController(PaymentLists lists, PaymentDocument documents) {
        this.lists = lists;
        this.documents = documents;
    }

    @GetMapping("/api/v1/precise-assistance/payment-lists")
    PaymentList list(@RequestParam(required = false) String countyCode, @RequestParam int year) {
        return lists.list(countyCode, year);
    }

    @GetMapping("/api/v1/precise-assistance/payment-lists/reconciliation")
    Reconciliation reconcile(@RequestParam(required = false) String countyCode, @RequestParam int year) {
        return lists.reconcile(countyCode, year);
    }

    @GetMapping("/api/v1/precise-assistance/payment-lists/export")
    void export(@RequestParam(required = false) String countyCode, @RequestParam int year,
                @RequestParam(defaultValue = "xlsx") String format, Locale locale, HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.fromParameter(format)
                .orElseThrow(() -> new InvalidField("format", "precise-assistance.payment.format"));
        PaymentList list = lists.list(countyCode, year, "导出 " + chosen.name().toLowerCase(Locale.ROOT));
        chosen.prepare(response, documents.title(list, locale));
        TableExport.write(chosen, documents.of(list, locale), response.getOutputStream());
    }
}
