package io.jiceng.ui.residents;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.residentimport.ImportResult;
import io.jiceng.platform.residentimport.ImportWorkbooks;
import io.jiceng.platform.residentimport.ResidentImport;
import io.jiceng.platform.residentimport.RowError;
import io.jiceng.platform.screen.ProblemMessages;
import io.jiceng.ui.shell.Notifications;
import java.io.ByteArrayInputStream;
import java.util.List;

/** 批量导入: upload an xlsx or CSV file of residents, see how many were imported and why the others were not. */
class ResidentImportDialog extends Dialog {

    private final ResidentImport residentImport;
    private final Runnable afterImport;
    final Span totals = new Span();
    final Grid<RowError> errors = new Grid<>();
    final Anchor errorsDownload = new Anchor();
    private ImportResult result;
    private byte[] errorsContent = new byte[0];

    ResidentImportDialog(ResidentImport residentImport, Runnable afterImport) {
        this.residentImport = residentImport;
        this.afterImport = afterImport;
        setHeaderTitle(getTranslation("resident.import.title"));
        setWidth("min(60em, 95vw)");
        java.util.Locale locale = getLocale();
        Anchor template = download(getTranslation("resident.import.template"), "zh".equals(locale.getLanguage())
                ? "居民导入模板.xlsx" : "resident-import-template.xlsx", () -> ImportWorkbooks.template(locale));
        template.getElement().insertChild(0, VaadinIcon.DOWNLOAD.create().getElement());
        add(new Paragraph(getTranslation("resident.import.help", residentImport.maxRows(),
                residentImport.maxBytes() / (1024 * 1024))), template, upload(), totals);

        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(RowError::row).setHeader(getTranslation("resident.import.row")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(getTranslation("resident.import.column"))
                .setAutoWidth(true);
        errors.addColumn(e -> ProblemMessages.text(e.problem())).setHeader(getTranslation("resident.import.error"))
                .setFlexGrow(3);
        errors.setHeight("18em");
        errors.setVisible(false);
        errorsDownload.setText(getTranslation("resident.import.errors-download"));
        errorsDownload.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(errorsContent), "import-errors.xlsx", ImportWorkbooks.CONTENT_TYPE,
                errorsContent.length)));
        errorsDownload.getElement().setAttribute("download", true);
        errorsDownload.setVisible(false);
        add(errors, errorsDownload);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> importFile(metadata.fileName(), bytes))));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFileSize((int) residentImport.maxBytes());
        upload.addFileRejectedListener(rejected -> Notifications.error(getTranslation("resident.import.rejected",
                residentImport.maxBytes() / (1024 * 1024))));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("resident.import.choose"))
                .setMany(getTranslation("resident.import.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachment.drop"))
                .setMany(getTranslation("attachment.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("attachment.too-many"))
                .setFileIsTooBig(getTranslation("resident.import.rejected", residentImport.maxBytes() / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("resident.import.rejected", residentImport.maxBytes() / (1024 * 1024))));
        upload.setI18n(i18n);
        return upload;
    }

    /** Imports the file and shows the outcome; a file refused as a whole is told in a notification. */
    void importFile(String fileName, byte[] content) {
        try {
            result = residentImport.importFile(fileName, content);
        } catch (Problem problem) {
            Notifications.problem(problem);
            return;
        }
        totals.setText(getTranslation("resident.import.totals", result.rows(), result.imported(), result.failed()));
        errors.setItems(result.errors());
        errorsContent = errorsWorkbook();
        errors.setVisible(!result.errors().isEmpty());
        errorsDownload.setVisible(!result.errors().isEmpty());
        if (result.imported() > 0) {
            Notifications.success(getTranslation("resident.import.done", result.imported()));
            afterImport.run();
        }
    }

    ImportResult result() {
        return result;
    }

    private byte[] errorsWorkbook() {
        List<List<String>> lines = result.errors().stream()
                .map(e -> List.of(String.valueOf(e.row()), e.column() == null ? "" : e.column(), ProblemMessages.text(e.problem())))
                .toList();
        return ImportWorkbooks.errors(List.of(getTranslation("resident.import.row"),
                getTranslation("resident.import.column"), getTranslation("resident.import.error")), lines);
    }

    private static Anchor download(String text, String fileName, java.util.function.Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, ImportWorkbooks.CONTENT_TYPE, bytes.length);
        }), text);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
