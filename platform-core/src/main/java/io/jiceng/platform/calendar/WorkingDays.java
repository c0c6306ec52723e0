package io.jiceng.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working days as Chinese offices count them: Monday to Friday, minus public holidays
 * ({@code platform.calendar.holidays}), plus the weekend days worked in exchange (调休,
 * {@code platform.calendar.exchanged-workdays}). Both lists are published by the State Council each year and
 * configured per deployment. Processes use it for due dates: {@code camunda:dueDate="${workingDays.dueIn(5)}"}.
 */
@Component("workingDays")
public class WorkingDays {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> exchangedWorkdays;

    public WorkingDays(@Value("${platform.calendar.holidays:}") Set<LocalDate> holidays,
                       @Value("${platform.calendar.exchanged-workdays:}") Set<LocalDate> exchangedWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.exchangedWorkdays = Set.copyOf(exchangedWorkdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (exchangedWorkdays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The day {@code count} working days after {@code start} (not counting {@code start} itself). */
    public LocalDate plusWorkingDays(LocalDate start, int count) {
        LocalDate day = start;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** A due date {@code count} working days from today, at the end of that day, Beijing time. */
    public Date dueIn(int count) {
        LocalDate due = plusWorkingDays(LocalDate.now(BEIJING), count);
        return Date.from(due.atTime(LocalTime.of(23, 59, 59)).atZone(BEIJING).toInstant());
    }
}
