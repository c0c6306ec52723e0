package io.jiceng.platform.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value in an exported table. Numbers stay numbers in Excel (so that sums work) and are right-aligned;
 * {@link #display()} is how the value reads on paper.
 */
public sealed interface Cell {

    String display();

    default boolean numeric() {
        return false;
    }

    static Cell text(String text) {
        return text == null ? blank() : new Text(text);
    }

    static Cell count(long value) {
        return new Count(value);
    }

    /** Money: two decimals, thousands separators. */
    static Cell amount(BigDecimal value) {
        return value == null ? blank() : new Amount(value);
    }

    /** A measurement or rate with a fixed number of decimals, without thousands separators. */
    static Cell decimal(BigDecimal value, int scale) {
        return value == null ? blank() : new Decimal(value, scale);
    }

    static Cell date(LocalDate value) {
        return value == null ? blank() : new Date(value);
    }

    static Cell blank() {
        return Blank.INSTANCE;
    }

    /** Text as it is, also when it looks like a number: ID numbers and phone numbers are text. */
    record Text(String value) implements Cell {
        public Text {
            Objects.requireNonNull(value);
        }

        @Override
        public String display() {
            return value;
        }
    }

    record Count(long value) implements Cell {
        @Override
        public String display() {
            return Long.toString(value);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    record Amount(BigDecimal value) implements Cell {
        public Amount {
            Objects.requireNonNull(value);
        }

        @Override
        public String display() {
            return ChineseFormat.amount(value);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    record Decimal(BigDecimal value, int scale) implements Cell {
        public Decimal {
            Objects.requireNonNull(value);
            if (scale < 0 || scale > 10) {
                throw new IllegalArgumentException("scale " + scale);
            }
        }

        @Override
        public String display() {
            return ChineseFormat.decimal(value, scale, false);
        }

        @Override
        public boolean numeric() {
            return true;
        }
    }

    record Date(LocalDate value) implements Cell {
        public Date {
            Objects.requireNonNull(value);
        }

        @Override
        public String display() {
            return ChineseFormat.date(value);
        }
    }

    enum Blank implements Cell {
        INSTANCE;

        @Override
        public String display() {
            return "";
        }
    }
}
