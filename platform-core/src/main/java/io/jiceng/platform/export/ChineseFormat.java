package io.jiceng.platform.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** How exported documents write dates and amounts in Chinese official papers: 2026年11月26日, 12,345.60. */
public final class ChineseFormat {

    private ChineseFormat() {
    }

    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Two decimals, thousands separated by commas. */
    public static String amount(BigDecimal amount) {
        return decimal(amount, 2, true);
    }

    static String decimal(BigDecimal value, int scale, boolean grouped) {
        DecimalFormat format = new DecimalFormat(pattern(scale, grouped), DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(scale, RoundingMode.HALF_UP));
    }

    /** The same pattern serves {@link DecimalFormat} and Excel's number formats. */
    static String pattern(int scale, boolean grouped) {
        return (grouped ? "#,##0" : "0") + (scale > 0 ? "." + "0".repeat(scale) : "");
    }
}
