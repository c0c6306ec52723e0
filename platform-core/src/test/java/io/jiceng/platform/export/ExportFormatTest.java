package io.jiceng.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void aRequestNamesTheFormatByItsExtension() {
        assertThat(ExportFormat.fromParameter("xlsx")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.fromParameter(" PDF ")).contains(ExportFormat.PDF);
        assertThat(ExportFormat.fromParameter("docx")).isEmpty();
        assertThat(ExportFormat.fromParameter(null)).isEmpty();
    }

    @Test
    void eachFormatKnowsItsContentTypeAndFileName() {
        assertThat(ExportFormat.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(ExportFormat.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ExportFormat.XLSX.fileName("公示名单")).isEqualTo("公示名单.xlsx");
    }

    @Test
    void theFormatChoosesTheWriter() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        TableExport.write(ExportFormat.PDF, ExportSamples.publicNotice(), pdf);
        TableExport.write(ExportFormat.XLSX, ExportSamples.publicNotice(), xlsx);

        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(xlsx.toByteArray(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void datesAndAmountsReadAsInChineseOfficialPapers() {
        assertThat(ChineseFormat.date(LocalDate.of(2026, 11, 26))).isEqualTo("2026年11月26日");
        assertThat(ChineseFormat.date(LocalDate.of(2026, 3, 1))).isEqualTo("2026年3月1日");
        assertThat(ChineseFormat.amount(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(ChineseFormat.amount(new BigDecimal("0.005"))).isEqualTo("0.01");
        assertThat(ChineseFormat.amount(new BigDecimal("-80"))).isEqualTo("-80.00");
        assertThat(Cell.decimal(new BigDecimal("0.8765"), 1).display()).isEqualTo("0.9");
        assertThat(Cell.count(1200).display()).isEqualTo("1200");
    }

    @Test
    void aRowCannotHaveMoreCellsThanTheTableHasColumns() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
                TableDocument.titled("名单").columns("姓名").row(Cell.text("张三"), Cell.text("多余")).build());
    }
}
