package io.jiceng.platform.screen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as a Chinese civil servant writes them (2026-11-26 09:30, Beijing time); the English UI uses
 * day-month-year with the month's name.
 */
public final class Formats {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter ZH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return (isChinese(locale) ? ZH_DATE_TIME : EN_DATE_TIME).format(instant.atZone(BEIJING));
    }

    /** The day (in Beijing) of an instant. */
    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(BEIJING).toLocalDate(), locale);
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (isChinese(locale) ? ZH_DATE : EN_DATE).format(date);
    }

    /** A count with thousands separators, 22,271 in both languages. */
    public static String count(long value, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(isChinese(locale) ? Locale.CHINA : Locale.ENGLISH).format(value);
    }

    private static boolean isChinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }
}
