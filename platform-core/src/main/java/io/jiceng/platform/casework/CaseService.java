package io.jiceng.platform.casework;

import io.jiceng.platform.casework.internal.CaseMapper;
import io.jiceng.platform.casework.internal.CaseStatusChanges;
import io.jiceng.platform.event.CaseOpened;
import io.jiceng.platform.event.internal.PlatformEvents;
import io.jiceng.platform.search.TextSearch;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.platform.staff.StaffMember;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases (业务件): opening one starts its process; reads are limited to the user's division subtree. */
@Service("caseworkService") // "caseService" is the engine's CMMN service
public class CaseService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CaseMapper mapper;
    private final CaseStatusChanges statusChanges;
    private final CaseTypes caseTypes;
    private final CaseNumbers numbers;
    private final AttachmentPolicy attachmentPolicy;
    private final CurrentStaff currentStaff;
    private final ResidentService residents;
    private final AuditLog audit;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final HistoryService history;
    private final PlatformEvents events;
    private final Map<String, StartStep> startSteps = new ConcurrentHashMap<>();

    public CaseService(CaseMapper mapper, CaseStatusChanges statusChanges, CaseTypes caseTypes, CaseNumbers numbers, AttachmentPolicy attachmentPolicy,
                       CurrentStaff currentStaff, ResidentService residents, AuditLog audit, RuntimeService runtime,
                       RepositoryService repository, HistoryService history, PlatformEvents events) {
        this.mapper = mapper;
        this.statusChanges = statusChanges;
        this.caseTypes = caseTypes;
        this.numbers = numbers;
        this.attachmentPolicy = attachmentPolicy;
        this.currentStaff = currentStaff;
        this.residents = residents;
        this.audit = audit;
        this.runtime = runtime;
        this.repository = repository;
        this.history = history;
        this.events = events;
    }

    @Transactional
    public CaseRecord start(CaseStart start, String opinion) {
        StaffMember staff = currentStaff.require(Permission.CASE_START);
        CaseType type = caseTypes.get(start.moduleId(), start.caseType());
        if (!staff.covers(start.divisionCode())) {
            throw new Problem("case.division.out-of-scope", start.divisionCode());
        }
        if (start.residentId() != null) {
            residents.get(start.residentId());
        }
        CaseMapper.NewCase row = new CaseMapper.NewCase();
        row.caseNo = numbers.next(type, Year.now(CHINA).getValue());
        row.moduleId = type.moduleId();
        row.caseType = type.code();
        row.title = start.title();
        row.residentId = start.residentId();
        row.divisionCode = start.divisionCode();
        row.status = CaseStatus.IN_REVIEW;
        row.createdBy = staff.username();
        row.at = Instant.now();
        mapper.insert(row);

        Map<String, Object> variables = new HashMap<>(start.variables() == null ? Map.of() : start.variables());
        variables.put(ProcessVariables.CASE_ID, row.id);
        variables.put(ProcessVariables.DIVISION_CODE, row.divisionCode);
        variables.put(ProcessVariables.INITIATOR, staff.username());
        ProcessInstance instance = runtime.startProcessInstanceByKey(type.processKey(), row.caseNo, variables);
        mapper.linkProcess(row.id, instance.getId());

        StartStep startStep = startEventOf(instance.getProcessDefinitionId());
        addOpinion(row.id, null, startStep.id(), startStep.name(), Decision.SUBMIT, opinion, staff);
        audit.record(AuditAction.CASE_START, AuditLog.CASE, row.id, row.divisionCode, row.caseNo);
        events.publish(new CaseOpened(row.id, row.caseNo, row.moduleId, row.caseType, row.divisionCode, row.residentId));
        return mapper.findById(row.id).orElseThrow();
    }

    /**
     * 撤回: the applicant, or anyone who may open cases where this one lies, takes back a case that is not final.
     * Its process ends (with the reason), the case becomes WITHDRAWN and the timeline says at which step.
     */
    @Transactional
    public CaseRecord withdraw(long caseId, String reason) {
        CaseRecord record = get(caseId);
        StaffMember staff = currentStaff.get();
        if (!mayWithdraw(record)) {
            throw new Problem("staff.permission.missing", Permission.CASE_START.name());
        }
        if (record.status().isFinal()) {
            throw new Problem("case.withdraw.final", record.caseNo());
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidField("reason", "case.withdraw.reason-required");
        }
        HistoricActivityInstance step = history.createHistoricActivityInstanceQuery()
                .processInstanceId(record.processInstanceId()).unfinished().activityType("userTask")
                .orderByHistoricActivityInstanceStartTime().desc().list().stream().findFirst().orElse(null);
        if (runtime.createProcessInstanceQuery().processInstanceId(record.processInstanceId()).count() > 0) {
            runtime.deleteProcessInstance(record.processInstanceId(), "WITHDRAWN: " + text);
        }
        statusChanges.moveTo(caseId, CaseStatus.WITHDRAWN);
        addOpinion(caseId, null, step == null ? "withdrawn" : step.getActivityId(),
                step == null ? null : step.getActivityName(), Decision.WITHDRAW, text, staff);
        audit.record(AuditAction.CASE_WITHDRAW, AuditLog.CASE, caseId, record.divisionCode(), text);
        return mapper.findById(caseId).orElseThrow();
    }

    /** Whether the current user may withdraw the case (whatever its status): its applicant or a case opener over it. */
    public boolean mayWithdraw(CaseRecord record) {
        StaffMember staff = currentStaff.get();
        return staff.username().equals(record.createdBy())
                || (staff.has(Permission.CASE_START) && staff.covers(record.divisionCode()));
    }

    /** The case, if it lies in the current user's subtree; otherwise not found. */
    public CaseRecord get(long id) {
        StaffMember staff = currentStaff.get();
        return mapper.findById(id).filter(c -> staff.covers(c.divisionCode()))
                .orElseThrow(() -> new NotFound("case", id));
    }

    public CasePage search(CaseQuery query) {
        var scope = currentStaff.get().searchScope(query.divisionCode());
        if (scope.isEmpty()) {
            return new CasePage(List.of(), 0);
        }
        String pattern = DivisionScope.likePattern(scope.get());
        String text = TextSearch.containing(query.text());
        return new CasePage(mapper.search(query, pattern, text), mapper.count(query, pattern, text));
    }

    public List<CaseRecord> ofResident(long residentId) {
        residents.get(residentId);
        StaffMember staff = currentStaff.get();
        return mapper.findByResident(residentId).stream().filter(c -> staff.covers(c.divisionCode())).toList();
    }

    /** Those of the cases that lie in the current user's subtree, by id. */
    public Map<Long, CaseRecord> inScope(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        StaffMember staff = currentStaff.get();
        return mapper.findByIds(ids).stream().filter(c -> staff.covers(c.divisionCode()))
                .collect(Collectors.toMap(CaseRecord::id, c -> c));
    }

    public List<Opinion> opinions(long caseId) {
        get(caseId);
        return mapper.findOpinions(caseId);
    }

    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void addOpinion(long caseId, String taskId, String stepKey, String stepName, Decision decision, String text,
                           StaffMember staff) {
        String opinion = text == null || text.isBlank() ? null : text.strip();
        if (decision.needsOpinion() && opinion == null) {
            throw new Problem("opinion.required");
        }
        if (opinion != null && opinion.length() > 2000) {
            throw new Problem("opinion.too-long", 2000);
        }
        mapper.insertOpinion(new Opinion(null, caseId, taskId, stepKey, stepName == null ? stepKey : stepName, decision, opinion, staff.username(),
                staff.displayName(), staff.divisionCode(), Instant.now()));
    }

    public AttachmentPolicy attachmentPolicy() {
        return attachmentPolicy;
    }

    public List<Attachment> attachments(long caseId) {
        get(caseId);
        return mapper.findAttachments(caseId);
    }

    @Transactional
    public Attachment attach(long caseId, String fileName, byte[] content) {
        CaseRecord record = get(caseId);
        if (record.status().isFinal()) {
            throw new Problem("attachment.case-closed", record.caseNo());
        }
        String contentType = attachmentPolicy.check(fileName, content);
        StaffMember staff = currentStaff.get();
        CaseMapper.NewAttachment row = new CaseMapper.NewAttachment();
        row.caseId = caseId;
        row.fileName = fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
        row.contentType = contentType;
        row.sizeBytes = content.length;
        row.sha256 = sha256(content);
        row.content = content;
        row.uploadedBy = staff.username();
        row.uploadedAt = Instant.now();
        mapper.insertAttachment(row);
        audit.record(AuditAction.ATTACHMENT_ADD, AuditLog.CASE, caseId, record.divisionCode(), row.fileName);
        return mapper.findAttachment(row.id).orElseThrow();
    }

    @Transactional
    public byte[] readAttachment(long attachmentId) {
        // an attachment of a case outside the user's subtree is not found either, and its case is not named
        StaffMember staff = currentStaff.get();
        Attachment attachment = mapper.findAttachment(attachmentId)
                .filter(a -> mapper.findById(a.caseId()).filter(c -> staff.covers(c.divisionCode())).isPresent())
                .orElseThrow(() -> new NotFound("attachment", attachmentId));
        CaseRecord record = get(attachment.caseId());
        audit.record(AuditAction.ATTACHMENT_DOWNLOAD, AuditLog.CASE, record.id(), record.divisionCode(), attachment.fileName());
        return mapper.readAttachmentContent(attachmentId).content();
    }

    public CaseProgress progress(long caseId) {
        CaseRecord record = get(caseId);
        String processInstanceId = record.processInstanceId();
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).list();
        Set<String> active = activities.stream().filter(a -> a.getEndTime() == null)
                .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        Set<String> completed = activities.stream().filter(a -> a.getEndTime() != null)
                .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        return new CaseProgress(model, active, completed);
    }

    /** The process's own start event, looked up once per deployed definition (a definition never changes). */
    private StartStep startEventOf(String processDefinitionId) {
        return startSteps.computeIfAbsent(processDefinitionId, id -> repository.getBpmnModelInstance(id)
                .getModelElementsByType(StartEvent.class).stream()
                .filter(e -> e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
                .findFirst().map(e -> new StartStep(e.getId(), e.getName())).orElseThrow());
    }

    /** Where a case's timeline begins: the key and name of its process's start event. */
    private record StartStep(String id, String name) {
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
