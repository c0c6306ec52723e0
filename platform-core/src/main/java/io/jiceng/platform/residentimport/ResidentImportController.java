package io.jiceng.platform.residentimport;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/residents/import} (multipart {@code file}, xlsx or CSV) and its template
 * {@code GET /api/v1/residents/import/template}. Errors of single rows come in the result, in the request's language;
 * a file refused as a whole is a problem+json like any other error.
 */
@RestController
class ResidentImportController {

    record Error(int row, String column, String field, String code, String message) {
    }

    record Result(int rows, int imported, int failed, List<Error> errors) {
    }

    private final ResidentImport residentImport;
    private final MessageSource messages;

    ResidentImportController(ResidentImport residentImport, MessageSource messages) {
        this.residentImport = residentImport;
        this.messages = messages;
    }

    @PostMapping(value = "/api/v1/residents/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Result importFile(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        ImportResult result = residentImport.importFile(file.getOriginalFilename(), file.getBytes());
        return new Result(result.rows(), result.imported(), result.failed(), result.errors().stream()
                .map(e -> new Error(e.row(), e.column(), e.field(), e.problem().messageKey(), messages.getMessage(
                        e.problem().messageKey(), e.problem().arguments(), e.problem().messageKey(), locale)))
                .toList());
    }

    @GetMapping("/api/v1/residents/import/template")
    ResponseEntity<byte[]> template(Locale locale) {
        String name = "zh".equals(locale.getLanguage()) ? "居民导入模板.xlsx" : "resident-import-template.xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(ImportWorkbooks.CONTENT_TYPE))
                .body(ImportWorkbooks.template(locale));
    }
}
