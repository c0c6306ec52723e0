package io.jiceng.ui.casepage;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.jiceng.platform.casework.Attachment;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.screen.Formats;
import io.jiceng.ui.shell.Notifications;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/** 附件: the files of a case, downloadable (audited), and an upload while the case is open. */
class AttachmentList extends VerticalLayout {

    private final CaseService cases;
    private final CaseRecord record;
    private final Grid<Attachment> grid = new Grid<>();

    AttachmentList(CaseService cases, CaseRecord record) {
        this.cases = cases;
        this.record = record;
        setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::download).setHeader(getTranslation("attachment.name")).setFlexGrow(3);
        grid.addColumn(a -> size(a.sizeBytes())).setHeader(getTranslation("attachment.size")).setAutoWidth(true);
        grid.addColumn(Attachment::uploadedBy).setHeader(getTranslation("attachment.uploaded-by")).setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.uploadedAt(), getLocale())).setHeader(getTranslation("attachment.uploaded-at"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("attachment.none"));
        add(grid);
        if (!record.status().isFinal()) {
            add(upload());
        }
        refresh();
    }

    private Anchor download(Attachment attachment) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = cases.readAttachment(attachment.id());
            return new DownloadResponse(new ByteArrayInputStream(content), attachment.fileName(), attachment.contentType(),
                    content.length);
        }), attachment.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                cases.attach(record.id(), metadata.fileName(), bytes);
                ui.access(() -> {
                    Notifications.success(getTranslation("attachment.added", metadata.fileName()));
                    refresh();
                });
            } catch (Problem problem) {
                ui.access(() -> Notifications.problem(problem));
            }
        }));
        long maxBytes = cases.attachmentPolicy().maxBytes();
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".doc", ".docx", ".xls", ".xlsx");
        upload.addFileRejectedListener(rejected -> Notifications.error(getTranslation("attachment.rejected",
                rejected.getFileName(), maxBytes / (1024 * 1024))));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachment.add")).setMany(getTranslation("attachment.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachment.drop")).setMany(getTranslation("attachment.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("attachment.too-many"))
                .setFileIsTooBig(getTranslation("attachment.rejected", "", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("attachment.wrong-type")));
        upload.setI18n(i18n);
        return upload;
    }

    private void refresh() {
        grid.setItems(cases.attachments(record.id()));
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
