package io.jiceng.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiceng.platform.resident.IdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Applicants for the national rural award (issue 5) over the REST API: a village's elderly, registered by the clerk,
 * each with one application opened by the village specialist: a rural household, within the policy, one daughter
 * born 1970.
 */
public final class AwardApplicants {

    /** A resident registered over the API, and the node that registered it (and opens the application). */
    public record Registered(long residentId, String idNumber, ApiClient node) {
    }

    /** An award application opened over the API. */
    public record Application(long residentId, long caseId, String caseNo) {
    }

    private static final String SURNAMES = "陈林黄张李王吴刘蔡杨";
    private static final String GIVEN = "秀美丽建国明华文志春";

    private final String village;
    private final int confirmYear;
    private final int parallelCalls;

    /** Applicants of the village for the award of {@code confirmYear}; requests are sent {@code parallelCalls} at a time. */
    public AwardApplicants(String village, int confirmYear, int parallelCalls) {
        this.village = village;
        this.confirmYear = confirmYear;
        this.parallelCalls = parallelCalls;
    }

    /**
     * Registers {@code count} residents of the village, born in its county a day apart from {@code firstBirthday},
     * women and men in turn, with distinct names. {@code sequence} (two digits) keeps their ID numbers apart from
     * other tests' residents. The i-th is registered on {@code nodeOf.apply(i)}; the result is in that order.
     */
    public List<Registered> register(int count, LocalDate firstBirthday, String sequence, IntFunction<ApiClient> nodeOf)
            throws Exception {
        List<Callable<Registered>> registrations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String idNumber = IdNumber.withCheckChar(village.substring(0, 6)
                    + firstBirthday.plusDays(i).format(DateTimeFormatter.BASIC_ISO_DATE) + sequence + (i % 2 == 0 ? "2" : "1"));
            String name = "" + SURNAMES.charAt(i % 10) + GIVEN.charAt(i / 10 % 10) + GIVEN.charAt(i / 100 % 10);
            ApiClient node = nodeOf.apply(i);
            registrations.add(() -> new Registered(node.call("clerk", "POST", "/api/v1/residents",
                    Map.of("idNumber", idNumber, "name", name, "divisionCode", village), 201).get("id").asLong(), idNumber, node));
        }
        return inParallel(registrations);
    }

    /** {@code POST /api/v1/cases} as the village specialist, one application per resident on its node, in their order. */
    public List<Application> apply(List<Registered> residents) throws Exception {
        List<Callable<Application>> applications = new ArrayList<>();
        for (Registered resident : residents) {
            applications.add(() -> {
                JsonNode opened = resident.node().call("specialist", "POST", "/api/v1/cases", Map.of(
                        "module", "precise-assistance", "caseType", "award", "residentId", resident.residentId(), "divisionCode", village,
                        "data", Map.of("scheme", "rural-award", "confirmYear", confirmYear, "ruralHousehold", true, "outOfPolicyBirth", false,
                                "children", List.of(Map.of("sex", "F", "birthYear", 1970, "alive", true)))), 201);
                return new Application(resident.residentId(), opened.get("id").asLong(), opened.get("caseNo").asText());
            });
        }
        return inParallel(applications);
    }

    /**
     * Several requests at a time, as several clerks' tools would send them: every request checks its HTTP Basic
     * password, which is what a one-by-one run spends most of its time on.
     */
    private <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(parallelCalls);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : clients.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            clients.shutdownNow();
        }
    }
}
