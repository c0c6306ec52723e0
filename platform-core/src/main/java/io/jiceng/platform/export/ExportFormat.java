package io.jiceng.platform.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats a table can be exported in, as a REST controller offers them ({@code ?format=xlsx|pdf|csv}). */
public enum ExportFormat {

    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf"),
    /** Plain rows for other tools: UTF-8 with a byte-order mark so that Excel reads the Chinese right. */
    CSV("text/csv;charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The download's file name, e.g. {@code 公示名单.xlsx}. */
    public String fileName(String baseName) {
        return baseName + "." + extension;
    }

    /** Makes an HTTP response a download of this format, named {@code baseName} plus the extension (UTF-8 names). */
    public void prepare(jakarta.servlet.http.HttpServletResponse response, String baseName) {
        response.setContentType(contentType);
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment()
                        .filename(fileName(baseName), java.nio.charset.StandardCharsets.UTF_8).build().toString());
    }

    /** The format a request parameter names ({@code xlsx}, {@code PDF}…), if it names one. */
    public static Optional<ExportFormat> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
