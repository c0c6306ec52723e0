package io.jiceng.modules.assistance.payment;

import io.jiceng.modules.assistance.PreciseAssistanceModule;
import io.jiceng.modules.assistance.award.AwardApplication;
import io.jiceng.modules.assistance.award.AwardMapper;
import io.jiceng.modules.assistance.award.Scheme;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.division.Division;
import io.jiceng.platform.division.DivisionLevel;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.platform.staff.StaffMember;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment list (发放名单) of a county and year, and its reconciliation with the confirmed cases. Limited to the
 * user's division: a township sees its own part of its county's list.
 */
@Service
public class PaymentLists {

    private final RecipientMapper recipients;
    private final AwardMapper awards;
    private final ResidentService residents;
    private final DivisionService divisions;
    private final CaseService cases;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    public PaymentLists(RecipientMapper recipients, AwardMapper awards, ResidentService residents,
                        DivisionService divisions, CaseService cases, CurrentStaff currentStaff, AuditLog audit) {
        this.recipients = recipients;
        this.awards = awards;
        this.residents = residents;
        this.divisions = divisions;
        this.cases = cases;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /** The part of the county the user may see: the county, or the user's own division inside it. */
    public String scopeOf(String countyCode) {
        StaffMember staff = currentStaff.get();
        if (!staff.has(PreciseAssistanceModule.PAYMENT)) {
            throw new Problem("staff.permission.missing", PreciseAssistanceModule.PAYMENT);
        }
        String county = countyCode == null || countyCode.isBlank()
                ? DivisionLevel.COUNTY.ancestorCodeOf(staff.divisionCode()) : countyCode.strip();
        if (county.length() != DivisionLevel.COUNTY.codeLength()) {
            throw new InvalidField("countyCode", "precise-assistance.payment.county.invalid", county);
        }
        if (staff.covers(county)) {
            return county;
        }
        if (DivisionScope.contains(county, staff.divisionCode())) {
            return staff.divisionCode();
        }
        throw new NotFound("division", county);
    }

    /** The list as a screen shows it; full names and ID numbers for the entitled, audited as one full view. */
    @Transactional
    public PaymentList list(String countyCode, int year) {
        return list(countyCode, year, "查看");
    }

    /**
     * The list for {@code use} (查看, 导出 xlsx …): for a user entitled to full identities it holds them, and that is
     * written to the audit trail as one full view naming the use, the list and how many people it shows.
     */
    @Transactional
    public PaymentList list(String countyCode, int year, String use) {
        String scope = scopeOf(countyCode);
        boolean full = currentStaff.get().has(Permission.IDENTITY_FULL_VIEW);
        Map<String, Scheme> schemes = awards.schemes().stream().collect(Collectors.toMap(Scheme::code, Function.identity()));
        Map<String, BigDecimal> standards = new HashMap<>();
        List<String> withoutStandard = new ArrayList<>();
        Map<String, List<PaymentLine>> byTownship = new TreeMap<>();
        List<Recipient> paid = recipients.ofYear(DivisionScope.likePattern(scope), year).stream().filter(Recipient::paid).toList();
        Map<Long, Resident> people = residents.inScope(paid.stream().map(Recipient::residentId).toList());
        Map<String, String> villageNames = new HashMap<>();
        for (Recipient recipient : paid) {
            BigDecimal amount = standards.computeIfAbsent(recipient.schemeCode(),
                    code -> recipients.standard(code, year).orElseGet(() -> {
                        withoutStandard.add(code);
                        return BigDecimal.ZERO;
                    }));
            Resident resident = person(people, recipient.residentId());
            Scheme scheme = schemes.get(recipient.schemeCode());
            byTownship.computeIfAbsent(DivisionLevel.TOWNSHIP.ancestorCodeOf(recipient.divisionCode()), t -> new ArrayList<>())
                    .add(new PaymentLine(resident.id(), full ? resident.name() : resident.maskedName(),
                            full ? resident.idNumber() : resident.maskedIdNumber(), recipient.divisionCode(),
                            villageNames.computeIfAbsent(recipient.divisionCode(),
                                    code -> divisions.find(code).map(Division::name).orElse(code)),
                            scheme.code(), scheme.nameZh(), amount, recipient.caseId()));
        }
        List<TownshipTotal> townships = byTownship.entrySet().stream().map(entry -> new TownshipTotal(entry.getKey(),
                divisions.find(entry.getKey()).map(Division::name).orElse(entry.getKey()), entry.getValue(),
                entry.getValue().size(), sum(entry.getValue()))).toList();
        int total = townships.stream().mapToInt(TownshipTotal::people).sum();
        BigDecimal amount = townships.stream().map(TownshipTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (full && total > 0) {
            audit.record(AuditAction.IDENTITY_FULL_VIEW, "PAYMENT_LIST", scope + "/" + year, scope,
                    use + "：发放名单 " + scope + " " + year + "年，" + total + " 人");
        }
        return new PaymentList(scope, divisions.find(scope).map(Division::fullName).orElse(scope), year, townships,
                total, amount, withoutStandard);
    }

    /**
     * Compares the applications confirmed for the year with the year's list: each confirmed applicant listed once
     * for the scheme, and every person listed as confirmed by a case backed by a confirmed case.
     */
    public Reconciliation reconcile(String countyCode, int year) {
        String pattern = DivisionScope.likePattern(scopeOf(countyCode));
        List<AwardApplication> confirmed = awards.confirmedIn(pattern, year);
        List<Recipient> listed = recipients.ofYear(pattern, year).stream().filter(Recipient::paid).toList();
        Map<Long, Resident> people = residents.inScope(java.util.stream.Stream.concat(listed.stream().map(Recipient::residentId),
                confirmed.stream().map(AwardApplication::residentId)).toList());
        Map<String, List<Recipient>> byPerson = new LinkedHashMap<>();
        for (Recipient recipient : listed) {
            byPerson.computeIfAbsent(person(people, recipient.residentId()).idNumber() + "/" + recipient.schemeCode(),
                    k -> new ArrayList<>()).add(recipient);
        }
        Set<String> listedPeople = listed.stream().map(r -> r.residentId() + "/" + r.schemeCode()).collect(Collectors.toSet());
        Set<Long> confirmedCaseIds = confirmed.stream().map(AwardApplication::caseId).collect(Collectors.toSet());
        List<Reconciliation.Difference> missing = confirmed.stream()
                .filter(a -> !listedPeople.contains(a.residentId() + "/" + a.schemeCode()))
                .map(a -> difference(people, a.residentId(), a.schemeCode(), a.caseId())).toList();
        List<Reconciliation.Difference> duplicates = byPerson.values().stream().filter(group -> group.size() > 1)
                .flatMap(List::stream).map(r -> difference(people, r.residentId(), r.schemeCode(), r.caseId())).toList();
        List<Reconciliation.Difference> unexplained = listed.stream()
                .filter(r -> r.caseId() != null && "CONFIRMED".equals(r.status()) && !confirmedCaseIds.contains(r.caseId()))
                .map(r -> difference(people, r.residentId(), r.schemeCode(), r.caseId())).toList();
        return new Reconciliation(year, confirmed.size(), listed.size(), missing, duplicates, unexplained);
    }

    /** A difference found by the reconciliation; there are few, so each reads its case number on its own. */
    private Reconciliation.Difference difference(Map<Long, Resident> people, long residentId, String schemeCode, Long caseId) {
        String caseNo = caseId == null ? null : cases.inScope(Set.of(caseId)).values().stream().findFirst()
                .map(CaseRecord::caseNo).orElse(null);
        return new Reconciliation.Difference(residentId, person(people, residentId).maskedName(), schemeCode, caseId, caseNo);
    }

    private static Resident person(Map<Long, Resident> people, long residentId) {
        Resident resident = people.get(residentId);
        if (resident == null) {
            throw new NotFound("resident", residentId);
        }
        return resident;
    }

    private static BigDecimal sum(List<PaymentLine> lines) {
        return lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
