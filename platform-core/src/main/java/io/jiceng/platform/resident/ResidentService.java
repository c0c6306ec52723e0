package io.jiceng.platform.resident;

import io.jiceng.platform.event.ResidentChanged;
import io.jiceng.platform.event.ResidentRegistered;
import io.jiceng.platform.event.internal.PlatformEvents;
import io.jiceng.platform.resident.internal.ResidentMapper;
import io.jiceng.platform.search.TextSearch;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.division.Division;
import io.jiceng.platform.division.DivisionLevel;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Permission;
import io.jiceng.platform.staff.StaffMember;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resident registry. Every read is limited to the user's division subtree; every change is audited. */
@Service
public class ResidentService {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{IsLatin}·• ]{1,32}");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    private final ResidentMapper mapper;
    private final DivisionService divisions;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;
    private final PlatformEvents events;

    public ResidentService(ResidentMapper mapper, DivisionService divisions, CurrentStaff currentStaff, AuditLog audit,
                           PlatformEvents events) {
        this.mapper = mapper;
        this.divisions = divisions;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Resident register(ResidentForm form) {
        StaffMember staff = currentStaff.require(Permission.RESIDENT_EDIT);
        ResidentMapper.ResidentRow row = validated(form, staff);
        refuseDuplicate(row.idNumber, null);
        row.by = staff.username();
        row.at = Instant.now();
        mapper.insert(row);
        audit.record(AuditAction.RESIDENT_CREATE, AuditLog.RESIDENT, row.id, row.divisionCode, null);
        events.publish(new ResidentRegistered(row.id, row.divisionCode));
        return mapper.findById(row.id).orElseThrow();
    }

    /**
     * Saves an edit made on the record as it was at {@code expectedVersion}; the earlier state is kept in the
     * history. Refuses with a clear message if somebody else saved the record in between.
     */
    @Transactional
    public Resident update(long id, int expectedVersion, ResidentForm form) {
        StaffMember staff = currentStaff.require(Permission.RESIDENT_EDIT);
        Resident before = get(id);
        ResidentMapper.ResidentRow row = validated(form, staff);
        refuseDuplicate(row.idNumber, id);
        return save(before, expectedVersion, row, staff, changes(before, row));
    }

    /** Checks that a correction of one field would leave a valid record; throws what is wrong otherwise. */
    public void checkCorrection(Resident resident, CorrectableField field, String newValue) {
        ResidentForm form = ResidentForm.of(resident);
        field.set(form, newValue);
        ResidentMapper.ResidentRow row = validated(form, currentStaff.get());
        refuseDuplicate(row.idNumber, resident.id());
    }

    /** Applies a single approved change (for example from a correction request) as a new version. */
    @Transactional
    public Resident applyCorrection(long id, CorrectableField field, String newValue) {
        Resident before = mapper.findById(id).orElseThrow(() -> new NotFound("resident", id));
        ResidentForm form = ResidentForm.of(before);
        field.set(form, newValue);
        ResidentMapper.ResidentRow row = validated(form, null);
        refuseDuplicate(row.idNumber, id);
        return save(before, before.version(), row, currentStaff.get(), changes(before, row));
    }

    /** The resident, if it lies in the current user's subtree; otherwise not found. */
    public Resident get(long id) {
        StaffMember staff = currentStaff.get();
        return mapper.findById(id).filter(r -> staff.covers(r.divisionCode()))
                .orElseThrow(() -> new NotFound("resident", id));
    }

    /** The residents among the ids that lie in the current user's subtree, read a thousand at a time. */
    public Map<Long, Resident> inScope(Collection<Long> ids) {
        StaffMember staff = currentStaff.get();
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, Resident> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += 1000) {
            mapper.findByIds(distinct.subList(from, Math.min(distinct.size(), from + 1000))).stream()
                    .filter(r -> staff.covers(r.divisionCode())).forEach(r -> found.put(r.id(), r));
        }
        return found;
    }

    /**
     * The full name and ID number of a resident, for a user entitled to see them who says why (用途); each call is
     * audited with who, whom, when and that purpose.
     */
    @Transactional
    public Resident revealIdentity(long id, String purpose) {
        currentStaff.require(Permission.IDENTITY_FULL_VIEW);
        String why = purpose == null ? "" : purpose.strip();
        if (why.isEmpty()) {
            throw new InvalidField("purpose", "identity.purpose.required");
        }
        if (why.length() > 200) {
            throw new InvalidField("purpose", "resident.text.too-long", 200);
        }
        Resident resident = get(id);
        audit.record(AuditAction.IDENTITY_FULL_VIEW, AuditLog.RESIDENT, id, resident.divisionCode(), why);
        return resident;
    }

    public ResidentPage search(ResidentQuery query) {
        var scope = currentStaff.get().searchScope(query.divisionCode());
        if (scope.isEmpty()) {
            return new ResidentPage(List.of(), 0);
        }
        String pattern = DivisionScope.likePattern(scope.get());
        String text = TextSearch.containing(query.text());
        return new ResidentPage(mapper.search(pattern, text, query.offset(), query.limit()), mapper.count(pattern, text));
    }

    /**
     * One person, one record: the ID number may not belong to another resident already. Who that is and where is
     * told only to a user whose subtree holds the record; anyone else learns just that it is registered elsewhere.
     */
    private void refuseDuplicate(String idNumber, Long ownId) {
        mapper.findByIdNumber(idNumber).filter(other -> !other.id().equals(ownId)).ifPresent(other -> {
            boolean inScope = currentStaff.find().map(staff -> staff.covers(other.divisionCode())).orElse(true);
            throw inScope ? new InvalidField(IdNumber.FIELD, "resident.duplicate", other.maskedName(),
                    divisions.fullName(other.divisionCode()))
                    : new InvalidField(IdNumber.FIELD, "resident.duplicate.elsewhere");
        });
    }

    private Resident save(Resident before, int expectedVersion, ResidentMapper.ResidentRow row, StaffMember staff,
                          String changes) {
        mapper.copyToHistory(before.id());
        row.id = before.id();
        row.version = expectedVersion;
        row.by = staff.username();
        row.at = Instant.now();
        if (mapper.update(row) == 0) {
            throw new Problem("resident.changed-meanwhile");
        }
        audit.record(AuditAction.RESIDENT_UPDATE, AuditLog.RESIDENT, before.id(), row.divisionCode, changes);
        Resident after = mapper.findById(before.id()).orElseThrow();
        events.publish(new ResidentChanged(after.id(), after.divisionCode(), before.divisionCode(), after.version()));
        return after;
    }

    /** Checks every field; {@code staff} null means a system change that need not lie in a user's scope. */
    private ResidentMapper.ResidentRow validated(ResidentForm form, StaffMember staff) {
        IdNumber idNumber = IdNumber.parse(form.getIdNumber());
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty()) {
            throw new InvalidField("name", "resident.name.required");
        }
        if (!NAME.matcher(name).matches()) {
            throw new InvalidField("name", "resident.name.invalid");
        }
        String phone = blankToNull(form.getPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidField("phone", "resident.phone.invalid");
        }
        String divisionCode = blankToNull(form.getDivisionCode());
        if (divisionCode == null) {
            throw new InvalidField("divisionCode", "resident.division.required");
        }
        Division division = divisions.find(divisionCode)
                .orElseThrow(() -> new InvalidField("divisionCode", "resident.division.unknown", divisionCode));
        if (division.level().number() < DivisionLevel.VILLAGE.number()) {
            throw new InvalidField("divisionCode", "resident.division.too-high", division.fullName());
        }
        if (staff != null && !staff.covers(divisionCode)) {
            throw new InvalidField("divisionCode", "resident.division.out-of-scope", division.fullName());
        }
        ResidentMapper.ResidentRow row = new ResidentMapper.ResidentRow();
        row.idNumber = idNumber.value();
        row.name = name;
        row.gender = idNumber.gender();
        row.birthDate = idNumber.birthDate();
        row.phone = phone;
        row.householdNo = limited("householdNo", form.getHouseholdNo(), 32);
        row.householdRelation = limited("householdRelation", form.getHouseholdRelation(), 20);
        row.divisionCode = divisionCode;
        row.address = limited("address", form.getAddress(), 200);
        row.migrant = form.isMigrant();
        return row;
    }

    private static String changes(Resident before, ResidentMapper.ResidentRow after) {
        StringBuilder changed = new StringBuilder();
        for (CorrectableField field : CorrectableField.values()) {
            if (!java.util.Objects.equals(field.get(before), field.get(after))) {
                changed.append(changed.isEmpty() ? "" : ", ").append(field.name());
            }
        }
        return changed.isEmpty() ? null : "changed: " + changed;
    }

    /** The column lengths of the resident table, so that a long text is refused with a message, not by the database. */
    private static String limited(String field, String value, int maxLength) {
        String text = blankToNull(value);
        if (text != null && text.length() > maxLength) {
            throw new InvalidField(field, "resident.text.too-long", maxLength);
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
