package io.jiceng.platform.casework;

import java.util.Map;
import java.util.function.Consumer;

/**
 * How a module takes in a new case of one of its case types from a generic request (for example
 * {@code POST /api/v1/cases}). A module declares one Spring bean per case type that clients may open this way; the
 * bean names the {@link CaseType} constant its descriptor lists in {@code caseTypes()}, and nothing else about it.
 *
 * <p>{@link #admit} runs inside the transaction that opens the case: it checks the request (the resident, the
 * division, the module-specific {@code data}) and throws {@link io.jiceng.platform.problem.InvalidField} naming the
 * member at fault ({@code data.<member>} for data members); it then says how to open the case. Once the case
 * exists, {@link Admission#saveData} stores the module's own rows for it; if anything fails, nothing is kept.
 */
public interface CaseIntake {

    /** The case type taken in: the very constant of the module's {@code caseTypes()}. */
    CaseType caseType();

    Admission admit(CaseRequest request);

    /**
     * How to open an admitted request: the case's division (usually the request's, or the resident's), its title
     * (shown in inboxes, so already masked), the process variables it needs (ids and routing only), the applicant's
     * opinion for the timeline, and what to store once the case exists.
     */
    record Admission(String divisionCode, String title, Map<String, Object> variables, String opinion,
                     Consumer<CaseRecord> saveData) {
    }
}
