package io.jiceng.platform.notice.internal;

import io.jiceng.platform.notice.AwaitingProcedure;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.notice.NoticeDocuments;
import io.jiceng.platform.notice.NoticeEntry;
import io.jiceng.platform.notice.NoticePage;
import io.jiceng.platform.notice.NoticePublication;
import io.jiceng.platform.notice.NoticeQuery;
import io.jiceng.platform.notice.NoticeStatus;
import io.jiceng.platform.notice.Objection;
import io.jiceng.platform.notice.ObjectionForm;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.export.ExportFormat;
import io.jiceng.platform.problem.InvalidField;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public notices over HTTP: {@code /api/v1/notices}, with the same scoping as the screens. */
@RestController
class NoticeController {

    record NoticeDetail(Notice notice, List<NoticeEntry> entries, List<Objection> objections) {
    }

    record ObjectionRequest(long caseId, String objectorName, String objectorContact, String reason) {
    }

    private final PublicNotices notices;
    private final NoticeDocuments documents;

    NoticeController(PublicNotices notices, NoticeDocuments documents) {
        this.notices = notices;
        this.documents = documents;
    }

    @PostMapping("/api/v1/notices")
    @ResponseStatus(HttpStatus.CREATED)
    Notice publish(@RequestBody NoticePublication publication) {
        return notices.publish(publication);
    }

    @GetMapping("/api/v1/notices")
    NoticePage search(@RequestParam(required = false) String procedure, @RequestParam(required = false) String divisionCode,
                      @RequestParam(required = false) NoticeStatus status, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size) {
        return notices.search(new NoticeQuery(procedure, divisionCode, status, page * size, size));
    }

    /** What waits for a notice in a division: each procedure with its number of cases. */
    @GetMapping("/api/v1/notices/awaiting")
    List<AwaitingProcedure> awaiting(@RequestParam(required = false) String divisionCode) {
        return notices.awaitingProcedures(divisionCode);
    }

    /** The cases of one procedure waiting for a notice in a division. */
    @GetMapping("/api/v1/notices/awaiting/cases")
    List<CaseRecord> awaitingCases(@RequestParam String procedure, @RequestParam(required = false) String divisionCode) {
        return notices.awaiting(procedure, divisionCode);
    }

    @GetMapping("/api/v1/notices/{id}")
    NoticeDetail get(@PathVariable long id) {
        return new NoticeDetail(notices.get(id), notices.entries(id), notices.objections(id));
    }

    @PostMapping("/api/v1/notices/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    Objection object(@PathVariable long id, @RequestBody ObjectionRequest request) {
        return notices.object(id, request.caseId(),
                new ObjectionForm(request.objectorName(), request.objectorContact(), request.reason()));
    }

    /** The notice as a posted document: {@code ?format=xlsx} or {@code pdf}, in the request's language. */
    @GetMapping("/api/v1/notices/{id}/export")
    void export(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format, Locale locale,
                HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.fromParameter(format)
                .orElseThrow(() -> new InvalidField("format", "notice.export.format"));
        Notice notice = notices.get(id);
        chosen.prepare(response, documents.title(notice, locale));
        documents.write(id, chosen, locale, response.getOutputStream());
    }
}
