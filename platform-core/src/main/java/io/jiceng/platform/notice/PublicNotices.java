package io.jiceng.platform.notice;

import io.jiceng.platform.notice.internal.NoticeMapper;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.ProcessVariables;
import io.jiceng.platform.division.DivisionLevel;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.event.NoticePublished;
import io.jiceng.platform.event.internal.PlatformEvents;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.Masking;
import io.jiceng.platform.review.ReviewLevels;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.platform.staff.StaffMember;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notices (公示). Cases reach the {@code public-notice-entry} building block after their review and wait
 * there; publishing lists the waiting cases of a procedure in a division and starts the {@code public-notice}
 * process, whose timer closes the notice at the end of its period. Objections start {@code notice-objection}
 * investigations. The processes call back {@code noticeProcess} (in the core's internals) when a period ends or an
 * objection is decided.
 */
@Service("publicNotices")
public class PublicNotices {

    static final String ENTRY_PROCESS = "public-notice-entry";
    static final String NOTICE_PROCESS = "public-notice";
    static final String OBJECTION_PROCESS = "notice-objection";
    /** The entry process variable that names the notice a case waits for. */
    public static final String PROCEDURE = "noticeProcedure";
    private static final String AWAITING = "awaitingPublication";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int CHUNK = 1000;

    private final NoticeMapper mapper;
    private final NoticePeriods periods;
    private final CaseService cases;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final RuntimeService runtime;
    private final PlatformEvents events;

    public PublicNotices(NoticeMapper mapper, NoticePeriods periods, CaseService cases, CurrentStaff currentStaff,
                         AuditLog audit, RuntimeService runtime, PlatformEvents events) {
        this.mapper = mapper;
        this.periods = periods;
        this.cases = cases;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.runtime = runtime;
        this.events = events;
    }

    /** The procedures with cases waiting for a notice in the division (the user's own if none is given). */
    public List<AwaitingProcedure> awaitingProcedures(String divisionCode) {
        String scope = scopeOf(divisionCode);
        Map<String, Integer> counts = new TreeMap<>();
        for (VariableInstance procedure : variablesOf(awaitingInstances(null, scope), PROCEDURE)) {
            counts.merge((String) procedure.getValue(), 1, Integer::sum);
        }
        return counts.entrySet().stream().map(e -> new AwaitingProcedure(e.getKey(), e.getValue())).toList();
    }

    /** The cases of a procedure waiting for a notice in the division, oldest first. */
    public List<CaseRecord> awaiting(String procedure, String divisionCode) {
        Map<Long, String> waiting = awaitingEntries(procedure, scopeOf(divisionCode));
        return cases.inScope(waiting.keySet()).values().stream()
                .sorted(java.util.Comparator.comparing(CaseRecord::id)).toList();
    }

    /**
     * Publishes a notice: lists the chosen cases (all that wait, if none are chosen) and starts its period. Either
     * every case is listed or, if one has meanwhile left the waiting state, none is.
     */
    @Transactional
    public Notice publish(NoticePublication publication) {
        StaffMember staff = currentStaff.require(Permission.NOTICE_PUBLISH);
        if (publication.procedure() == null || publication.procedure().isBlank()) {
            throw new InvalidField("procedure", "notice.procedure.required");
        }
        String divisionCode = publication.divisionCode() == null ? staff.divisionCode() : publication.divisionCode();
        if (!staff.covers(divisionCode)) {
            throw new Problem("notice.division.out-of-scope", divisionCode);
        }
        investigatorsAt(divisionCode);
        Map<Long, String> waiting = awaitingEntries(publication.procedure(), divisionCode);
        List<Long> chosen = publication.caseIds() == null || publication.caseIds().isEmpty()
                ? List.copyOf(new TreeSet<>(waiting.keySet())) : List.copyOf(new TreeSet<>(publication.caseIds()));
        if (chosen.isEmpty()) {
            throw new Problem("notice.nothing-awaiting");
        }
        for (Long caseId : chosen) {
            if (!waiting.containsKey(caseId)) {
                throw new Problem("notice.case-not-awaiting", caseNoOf(caseId));
            }
        }

        NoticeMapper.NewNotice row = new NoticeMapper.NewNotice();
        row.procedureCode = publication.procedure();
        row.divisionCode = divisionCode;
        row.publishedAt = Instant.now();
        row.yearNo = row.publishedAt.atZone(CHINA).getYear();
        row.batchNo = mapper.lastBatch(row.procedureCode, divisionCode, row.yearNo) + 1;
        row.publishedBy = staff.username();
        row.endsAt = periods.endOf(row.procedureCode, divisionCode, row.publishedAt);
        try {
            mapper.insert(row);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new Problem("notice.published-just-now");
        }
        for (Long caseId : chosen) {
            String entryProcess = waiting.get(caseId);
            mapper.insertEntry(row.id, caseId, entryProcess);
            try {
                runtime.createMessageCorrelation("noticePublished").processInstanceId(entryProcess).correlate();
            } catch (MismatchingMessageCorrelationException e) {
                throw new Problem("notice.case-not-awaiting", caseNoOf(caseId));
            }
            cases.addOpinion(caseId, null, AWAITING, "待公示", Decision.PUBLISH, null, staff);
        }
        String processInstanceId = runtime.startProcessInstanceByKey(NOTICE_PROCESS, "notice-" + row.id,
                Variables.createVariables().putValue("noticeId", row.id).putValue("noticeEndsAt", Date.from(row.endsAt))
                        .putValue(ProcessVariables.DIVISION_CODE, divisionCode)).getId();
        mapper.linkProcess(row.id, processInstanceId);
        audit.record(AuditAction.NOTICE_PUBLISH, AuditLog.NOTICE, row.id, divisionCode,
                row.procedureCode + " #" + row.batchNo + ": " + chosen.size());
        events.publish(new NoticePublished(row.id, row.procedureCode, divisionCode, chosen));
        return mapper.findById(row.id).orElseThrow();
    }

    public NoticePage search(NoticeQuery query) {
        StaffMember staff = currentStaff.get();
        var scope = staff.searchScope(query.divisionCode());
        if (scope.isEmpty()) {
            return new NoticePage(List.of(), 0);
        }
        // notices above the user's own division concern them too (a village sees its township's notice)
        List<String> ancestors = query.divisionCode() == null ? ancestorsOf(staff.divisionCode()) : List.of();
        String pattern = DivisionScope.likePattern(scope.get());
        return new NoticePage(mapper.search(query, pattern, ancestors), mapper.count(query, pattern, ancestors));
    }

    /** A notice the user may see: posted in their subtree or at one of their division's ancestors. */
    public Notice get(long id) {
        StaffMember staff = currentStaff.get();
        return mapper.findById(id).filter(notice -> concerns(staff, notice.divisionCode()))
                .orElseThrow(() -> new NotFound("notice", id));
    }

    /** The notice's entries, masked whoever looks: a notice is posted in public. */
    public List<NoticeEntry> entries(long noticeId) {
        get(noticeId);
        return mapper.findEntries(noticeId).stream().map(PublicNotices::masked).toList();
    }

    public List<Objection> objections(long noticeId) {
        get(noticeId);
        return mapper.findObjections(noticeId);
    }

    /**
     * Registers an objection against an entry while the notice is open (登记异议, anyone at the counter who may see
     * the notice) and starts its investigation by the reviewers of the notice's division.
     */
    @Transactional
    public Objection object(long noticeId, long caseId, ObjectionForm form) {
        StaffMember staff = currentStaff.get();
        Notice notice = get(noticeId);
        String name = required(form.objectorName(), "objectorName", "objection.objector.required", 64);
        String contact = optional(form.objectorContact(), "objectorContact", 64);
        String reason = required(form.reason(), "reason", "objection.reason.required", 2000);
        if (mapper.lockStatus(noticeId).orElseThrow() != NoticeStatus.OPEN) {
            throw new Problem("notice.closed");
        }
        NoticeMapper.EntryRow entry = mapper.findEntry(noticeId, caseId).orElseThrow(() -> new NotFound("notice-entry", caseId));
        if (entry.status() != EntryStatus.LISTED) {
            throw new Problem("notice.entry.not-listed", entry.caseNo());
        }
        NoticeMapper.NewObjection row = new NoticeMapper.NewObjection();
        row.noticeId = noticeId;
        row.caseId = caseId;
        row.objectorName = name;
        row.objectorContact = contact;
        row.reason = reason;
        row.registeredBy = staff.username();
        row.registeredAt = Instant.now();
        mapper.insertObjection(row);
        String processInstanceId = runtime.startProcessInstanceByKey(OBJECTION_PROCESS, entry.caseNo(), Variables.createVariables()
                .putValue(ProcessVariables.CASE_ID, caseId).putValue(ProcessVariables.DIVISION_CODE, entry.divisionCode())
                .putValue("noticeId", noticeId).putValue("objectionId", row.id)
                .putValue("noticeInvestigators", investigatorsAt(notice.divisionCode()))).getId();
        mapper.linkObjectionProcess(row.id, processInstanceId);
        cases.addOpinion(caseId, null, "inNotice", "公示中", Decision.OBJECT, reason, staff);
        audit.record(AuditAction.OBJECTION_REGISTER, AuditLog.CASE, caseId, entry.divisionCode(), "notice " + noticeId);
        return mapper.findObjection(row.id).orElseThrow();
    }

    /** Objections are investigated by the reviewers of the level the notice is posted at. */
    private static String investigatorsAt(String divisionCode) {
        DivisionLevel level = DivisionLevel.ofCode(divisionCode);
        return java.util.stream.Stream.of(ReviewLevels.VILLAGE, ReviewLevels.TOWNSHIP, ReviewLevels.COUNTY)
                .filter(review -> review.divisionLevel() == level).findFirst()
                .map(review -> review.role().groupAt(divisionCode))
                .orElseThrow(() -> new Problem("notice.division.level", divisionCode));
    }

    private static boolean concerns(StaffMember staff, String noticeDivision) {
        return staff.covers(noticeDivision) || DivisionScope.contains(noticeDivision, staff.divisionCode());
    }

    private static List<String> ancestorsOf(String code) {
        List<String> ancestors = new ArrayList<>();
        for (DivisionLevel level = DivisionLevel.ofCode(code).parent(); level != null; level = level.parent()) {
            ancestors.add(level.ancestorCodeOf(code));
        }
        return ancestors;
    }

    private String scopeOf(String divisionCode) {
        return currentStaff.get().searchScope(divisionCode)
                .orElseThrow(() -> new Problem("notice.division.out-of-scope", divisionCode));
    }

    /** The waiting entry processes of a procedure in a division, by case id. */
    private Map<Long, String> awaitingEntries(String procedure, String divisionCode) {
        Map<Long, String> entries = new LinkedHashMap<>();
        for (VariableInstance caseId : variablesOf(awaitingInstances(procedure, divisionCode), ProcessVariables.CASE_ID)) {
            entries.put(((Number) caseId.getValue()).longValue(), caseId.getProcessInstanceId());
        }
        return entries;
    }

    private List<String> awaitingInstances(String procedure, String divisionCode) {
        var query = runtime.createProcessInstanceQuery().processDefinitionKey(ENTRY_PROCESS).activityIdIn(AWAITING)
                .variableValueLike(ProcessVariables.DIVISION_CODE, DivisionScope.likePattern(divisionCode));
        if (procedure != null) {
            query.variableValueEquals(PROCEDURE, procedure);
        }
        return query.list().stream().map(ProcessInstance::getId).toList();
    }

    private List<VariableInstance> variablesOf(List<String> processInstanceIds, String name) {
        List<VariableInstance> found = new ArrayList<>();
        for (int from = 0; from < processInstanceIds.size(); from += CHUNK) {
            List<String> chunk = processInstanceIds.subList(from, Math.min(from + CHUNK, processInstanceIds.size()));
            found.addAll(runtime.createVariableInstanceQuery().variableName(name)
                    .processInstanceIdIn(chunk.toArray(String[]::new)).list());
        }
        return found;
    }

    private String caseNoOf(long caseId) {
        CaseRecord record = cases.inScope(java.util.Set.of(caseId)).get(caseId);
        return record == null ? String.valueOf(caseId) : record.caseNo();
    }

    private static NoticeEntry masked(NoticeMapper.EntryRow row) {
        return new NoticeEntry(row.noticeId(), row.caseId(), row.caseNo(), row.title(), row.divisionCode(),
                row.residentName() == null ? null : Masking.current().name(row.residentName()),
                row.residentIdNumber() == null ? null : Masking.current().idNumber(row.residentIdNumber()),
                row.status(), row.objectionCount());
    }


    private static String required(String value, String field, String missingKey, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text == null) {
            throw new InvalidField(field, missingKey);
        }
        return text;
    }

    private static String optional(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            throw new InvalidField(field, "objection.too-long", maxLength);
        }
        return value.strip();
    }
}
