package io.jiceng.platform.casework;

import io.jiceng.platform.problem.Problem;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which files may be attached to a case: scans, photos and office documents, up to a size limit
 * ({@code platform.attachments.max-bytes}, 10 MB by default). The content must match its extension.
 */
@Component
public class AttachmentPolicy {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private record FileKind(String contentType, byte[] signature) {
    }

    private static final Map<String, FileKind> KINDS = Map.of(
            "pdf", new FileKind("application/pdf", PDF),
            "png", new FileKind("image/png", PNG),
            "jpg", new FileKind("image/jpeg", JPEG),
            "jpeg", new FileKind("image/jpeg", JPEG),
            "docx", new FileKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new FileKind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "doc", new FileKind("application/msword", OLE),
            "xls", new FileKind("application/vnd.ms-excel", OLE));

    private final long maxBytes;

    public AttachmentPolicy(@Value("${platform.attachments.max-bytes:10485760}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public String allowedExtensions() {
        return String.join(", ", KINDS.keySet().stream().sorted().toList());
    }

    /** The content type of an acceptable file; a {@link Problem} naming what is wrong otherwise. */
    public String check(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new Problem("attachment.empty", fileName);
        }
        if (content.length > maxBytes) {
            throw new Problem("attachment.too-large", fileName, maxBytes / (1024 * 1024));
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        FileKind kind = KINDS.get(extension);
        if (kind == null) {
            throw new Problem("attachment.type-not-allowed", fileName, allowedExtensions());
        }
        byte[] head = Arrays.copyOf(content, Math.min(content.length, kind.signature().length));
        if (!Arrays.equals(head, kind.signature())) {
            throw new Problem("attachment.content-mismatch", fileName);
        }
        return kind.contentType();
    }
}
