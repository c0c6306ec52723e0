package io.jiceng.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExportTest {

    @Test
    void aPublicNoticeReadsInChineseWithItsFontEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(ExportSamples.publicNotice()))) {
            String text = text(pdf, 1);

            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isLessThan(pdf.getPage(0).getMediaBox().getHeight());
            assertThat(text).contains(ExportSamples.TITLE, ExportSamples.PERIOD, "身份证号", "张*明",
                    "430102********1234", "1,200.00", "12,345.60", "2026年11月20日", "监督电话：0731-84512345",
                    "长沙市芙蓉区东湖街道办事处", "第 1 页 / 共 1 页");
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("a subset, not the whole font").matches("[A-Z]{6}\\+.*");
            });
        }
    }

    @Test
    void aRareNameCharacterOfExtensionAIsDrawnAndOneNoFontHasShowsAsABox() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(ExportSamples.publicNotice()))) {
            String text = text(pdf, 1);

            assertThat(text).contains("李*㛃").contains("吉*□").doesNotContain("𠮷");
            assertThat(fonts(pdf)).extracting(PDFont::getName)
                    .anyMatch(name -> name.endsWith("WenQuanYiMicroHei"))
                    .anyMatch(name -> name.endsWith("DroidSansFallback"));
        }
    }

    @Test
    void aDocumentWithoutRareCharactersCarriesOneFont() throws IOException {
        TableDocument plain = TableDocument.titled("审计日志").columns("时间", "操作人", "操作")
                .row(Cell.text("2026-11-26 09:30"), Cell.text("王芳"), Cell.text("登录")).build();
        try (PDDocument pdf = Loader.loadPDF(pdf(plain))) {
            assertThat(fonts(pdf)).extracting(PDFont::getName).singleElement()
                    .asString().endsWith("WenQuanYiMicroHei");
        }
    }

    @Test
    void aLongPaymentListRepeatsTheHeaderAndNumbersEveryPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(ExportSamples.paymentList(20_000)))) {
            int pages = pdf.getNumberOfPages();

            assertThat(pages).isGreaterThan(100);
            for (int page : List.of(1, 2, pages / 2, pages)) {
                assertThat(text(pdf, page)).contains("乡镇（街道）", "身份证号", "第 " + page + " 页 / 共 " + pages + " 页");
            }
            assertThat(text(pdf, 1)).contains("奖励扶助金发放名单");
            assertThat(text(pdf, 2)).doesNotContain("奖励扶助金发放名单");
            assertThat(text(pdf, pages)).contains("20000", "合计", "20000人", "2,000,000.00");
        }
    }

    @Test
    void subtotalsAndTheTotalCloseTheirRows() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(ExportSamples.paymentList(1_500)))) {
            String all = text(pdf, 1, pdf.getNumberOfPages());

            assertThat(all).containsSubsequence("1000 第1乡镇", "小计 第1乡镇 100,000.00", "1001 第2乡镇",
                    "1500 第2乡镇", "合计 1500人 150,000.00");
        }
    }

    @Test
    void aTableTooWideForPortraitIsPrintedLandscape() throws IOException {
        TableDocument.Builder wide = TableDocument.titled("流动人口健康档案").columns("姓名", "身份证号", "现居住地址",
                "户籍地址", "联系电话", "建档日期", "服务套餐", "备注");
        wide.row(Cell.text("赵*"), Cell.text("430102199001011234"), Cell.text("湖南省长沙市芙蓉区东湖街道东风社区8栋"),
                Cell.text("四川省南充市顺庆区某某镇某某村三组"), Cell.text("13800000000"), Cell.date(java.time.LocalDate.of(2026, 3, 1)),
                Cell.text("0-6岁儿童健康管理"), Cell.text("已随访"));
        try (PDDocument pdf = Loader.loadPDF(pdf(wide.build()))) {
            PDPage page = pdf.getPage(0);

            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            assertThat(text(pdf, 1)).contains("430102199001011234", "2026年3月1日");
        }
    }

    @Test
    void aLongTextWrapsInsideItsColumnWithoutLosingACharacter() throws IOException {
        String remark = "申请人户籍于2019年迁入本社区，" + "家庭成员情况经网格员入户核实，与申报一致；".repeat(12) + "拟同意。";
        TableDocument document = TableDocument.titled("审核意见").columns("意见")
                .row(Cell.text(remark)).build();
        try (PDDocument pdf = Loader.loadPDF(pdf(document))) {
            String text = text(pdf, 1).replaceAll("\\s", "");

            assertThat(text).contains(remark);
            assertThat(text(pdf, 1).lines().filter(line -> line.contains("家庭成员情况")).count()).isGreaterThan(2);
        }
    }

    @Test
    void englishTextWrapsBetweenWordsAndChineseAnywhere() throws IOException {
        String note = "Anyone with an objection during the notice period may raise it with this office under their real "
                + "name; it will be investigated. ";
        String english = note.repeat(4).strip();
        TableDocument document = TableDocument.titled("Public notice").columns("No.", "Remark")
                .row(Cell.count(1), Cell.text(english)).note(english).build();
        try (PDDocument pdf = Loader.loadPDF(pdf(document))) {
            List<String> lines = text(pdf, 1).lines().map(String::strip)
                    .filter(line -> line.contains("the") || line.contains("it")).toList();

            assertThat(lines).as("wrapped lines").hasSizeGreaterThan(4);
            java.util.Set<String> words = new java.util.HashSet<>(List.of(english.split(" ")));
            for (String line : lines) {
                assertThat(words).as("every word whole in: " + line)
                        .containsAll(List.of(line.replaceFirst("^1 ", "").split(" ")));
            }
        }
    }

    static byte[] pdf(TableDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.pdf(document, out);
        return out.toByteArray();
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        return text(pdf, page, page);
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (fonts.stream().noneMatch(known -> known.getName().equals(font.getName()))) {
                    fonts.add(font);
                }
            }
        }
        return fonts;
    }
}
