package io.jiceng.platform.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;

/** What Camunda's database queries do in SQL, done on a list: LIKE patterns, ordering, paging. */
final class QueryResults {

    private QueryResults() {
    }

    /**
     * Whether the value matches a LIKE pattern as Camunda passes it on ({@code %} any text, {@code _} one
     * character, backslash escapes), ignoring case like MySQL's collations do.
     */
    static boolean like(String value, String pattern) {
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(value).matches();
    }

    /**
     * The page of the items the query asks for, sorted as it asks (by the properties' names: {@code ID_},
     * {@code FIRST_}...), then by id. {@code listPage()} passes no page but leaves it in the query's own fields.
     */
    static <T> List<T> sortedPage(AbstractQuery<?, ?> query, Page page, List<T> items,
                                  Map<String, Function<T, String>> properties, Function<T, String> id) {
        Comparator<T> order = (a, b) -> 0;
        for (QueryOrderingProperty property : query.getOrderingProperties()) {
            Function<T, String> key = property.getQueryProperty() == null ? null
                    : properties.get(property.getQueryProperty().getName());
            if (key != null) {
                Comparator<T> byKey = Comparator.comparing(key, Comparator.nullsFirst(Comparator.<String>naturalOrder()));
                order = order.thenComparing(isDescending(property.getDirection()) ? byKey.reversed() : byKey);
            }
        }
        int first = page != null ? page.getFirstResult() : query.getFirstResult();
        int max = page != null ? page.getMaxResults() : query.getMaxResults();
        List<T> sorted = items.stream().sorted(order.thenComparing(id)).toList();
        int from = Math.min(Math.max(first, 0), sorted.size());
        int to = (int) Math.min((long) from + Math.max(max, 0), sorted.size());
        return sorted.subList(from, to);
    }

    private static boolean isDescending(Direction direction) {
        return direction != null && Direction.DESCENDING.getName().equals(direction.getName());
    }
}
