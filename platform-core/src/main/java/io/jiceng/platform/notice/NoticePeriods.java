package io.jiceng.platform.notice;

import io.jiceng.platform.calendar.WorkingDays;
import io.jiceng.platform.division.DivisionLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How long a notice runs, configured per procedure and division, most specific first:
 * {@code platform.notice.period.<procedure>@<division>} (the division or any ancestor),
 * {@code platform.notice.period.<procedure>}, then {@code platform.notice.period} (default 7 days).
 * A period is an ISO-8601 duration ({@code P7D}, {@code PT30S}: exactly that long from publication) or
 * {@code 7 days} / {@code 5 working days} (to the end of that day, Beijing time, not counting the day of publication).
 */
@Component
public class NoticePeriods {

    static final String PROPERTY = "platform.notice.period";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern DAYS = Pattern.compile("(\\d+)\\s*(working\\s+)?days?", Pattern.CASE_INSENSITIVE);

    private final Environment environment;
    private final WorkingDays workingDays;

    public NoticePeriods(Environment environment, WorkingDays workingDays) {
        this.environment = environment;
        this.workingDays = workingDays;
    }

    /** When a notice of the procedure published in the division at {@code publishedAt} ends. */
    public Instant endOf(String procedure, String divisionCode, Instant publishedAt) {
        String period = configured(procedure, divisionCode);
        if (period.startsWith("P") || period.startsWith("p")) {
            return publishedAt.plus(Duration.parse(period.toUpperCase()));
        }
        Matcher days = DAYS.matcher(period);
        if (!days.matches()) {
            throw new IllegalStateException("Notice period '" + period + "' of " + procedure + "@" + divisionCode
                    + " is neither an ISO-8601 duration (P7D) nor '7 days' / '5 working days'");
        }
        int count = Integer.parseInt(days.group(1));
        LocalDate published = publishedAt.atZone(BEIJING).toLocalDate();
        LocalDate lastDay = days.group(2) != null ? workingDays.plusWorkingDays(published, count) : published.plusDays(count);
        return lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(BEIJING).toInstant();
    }

    private String configured(String procedure, String divisionCode) {
        for (DivisionLevel level = DivisionLevel.ofCode(divisionCode); level != null; level = level.parent()) {
            String value = environment.getProperty(PROPERTY + "." + procedure + "@" + level.ancestorCodeOf(divisionCode));
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return environment.getProperty(PROPERTY + "." + procedure, environment.getProperty(PROPERTY, "7 days")).strip();
    }
}
