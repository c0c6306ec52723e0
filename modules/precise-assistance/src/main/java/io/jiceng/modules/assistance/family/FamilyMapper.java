package io.jiceng.modules.assistance.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface FamilyMapper {

    @Insert("INSERT INTO precise_assistance_family (case_id, resident_id, division_code, household_size, difficulty, "
            + "applied_by, applied_at) VALUES (#{caseId}, #{residentId}, #{divisionCode}, #{householdSize}, #{difficulty}, "
            + "#{appliedBy}, #{appliedAt})")
    void insertApplication(FamilyApplication application);

    @Select("SELECT case_id, resident_id, division_code, household_size, difficulty, applied_by, applied_at "
            + "FROM precise_assistance_family WHERE case_id = #{caseId}")
    Optional<FamilyApplication> findApplication(long caseId);

    @Select("SELECT COUNT(*) FROM precise_assistance_family")
    long countFamilies();

    @Insert("INSERT INTO precise_assistance_family_need (case_id, area, score, description, assessed_by, assessed_at) "
            + "VALUES (#{caseId}, #{area}, #{score}, #{description}, #{assessedBy}, #{assessedAt})")
    void insertNeed(Need need);

    @Select("SELECT case_id, area, score, description, assessed_by, assessed_at FROM precise_assistance_family_need "
            + "WHERE case_id = #{caseId}")
    List<Need> findNeeds(long caseId);

    @Insert("INSERT INTO precise_assistance_family_team (case_id, specialist_username, specialist_name, social_worker_name, "
            + "social_worker_phone, volunteer_name, volunteer_phone, formed_by, formed_at) VALUES (#{caseId}, "
            + "#{specialistUsername}, #{specialistName}, #{socialWorkerName}, #{socialWorkerPhone}, #{volunteerName}, "
            + "#{volunteerPhone}, #{formedBy}, #{formedAt})")
    void insertTeam(HelperTeam team);

    @Select("SELECT case_id, specialist_username, specialist_name, social_worker_name, social_worker_phone, volunteer_name, "
            + "volunteer_phone, formed_by, formed_at FROM precise_assistance_family_team WHERE case_id = #{caseId}")
    Optional<HelperTeam> findTeam(long caseId);

    /** A plan to insert; its id is filled in. */
    class NewPlan {
        public Long id;
        public long caseId;
        public String goals;
        public VisitFrequency frequency;
        public LocalDate startsOn;
        public LocalDate endsOn;
        public int plannedVisits;
        public String plannedBy;
        public Instant plannedAt;
    }

    @Insert("INSERT INTO precise_assistance_family_plan (case_id, goals, frequency, starts_on, ends_on, planned_visits, "
            + "planned_by, planned_at) VALUES (#{caseId}, #{goals}, #{frequency}, #{startsOn}, #{endsOn}, #{plannedVisits}, "
            + "#{plannedBy}, #{plannedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insertPlan(NewPlan plan);

    @Select("SELECT id, case_id, goals, frequency, starts_on, ends_on, planned_visits, planned_by, planned_at "
            + "FROM precise_assistance_family_plan WHERE case_id = #{caseId} ORDER BY id")
    List<CarePlan> findPlans(long caseId);

    /** The plans under a division that have visit days in the period (they started before its end, end after its start). */
    @Select("SELECT p.id, p.case_id, p.goals, p.frequency, p.starts_on, p.ends_on, p.planned_visits, p.planned_by, p.planned_at "
            + "FROM precise_assistance_family_plan p JOIN precise_assistance_family f ON f.case_id = p.case_id "
            + "WHERE f.division_code LIKE #{scopePattern} AND p.starts_on < #{to} AND p.ends_on >= #{from}")
    List<CarePlan> findPlansOverlapping(@Param("scopePattern") String scopePattern, @Param("from") LocalDate from,
                                        @Param("to") LocalDate to);

    @Insert("INSERT INTO precise_assistance_family_visit (case_id, plan_id, visited_on, visitor, notes, recorded_by, "
            + "recorded_at) VALUES (#{caseId}, #{planId}, #{visitedOn}, #{visitor}, #{notes}, #{recordedBy}, #{recordedAt})")
    void insertVisit(HomeVisit visit);

    @Select("SELECT id, case_id, plan_id, visited_on, visitor, notes, recorded_by, recorded_at "
            + "FROM precise_assistance_family_visit WHERE case_id = #{caseId} ORDER BY visited_on, id")
    List<HomeVisit> findVisits(long caseId);

    @Select("SELECT COUNT(*) FROM precise_assistance_family_visit v JOIN precise_assistance_family f ON f.case_id = v.case_id "
            + "WHERE f.division_code LIKE #{scopePattern} AND v.visited_on >= #{from} AND v.visited_on < #{to}")
    long countVisits(@Param("scopePattern") String scopePattern, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Households visited or paid from a project in the period, each counted once. */
    @Select("SELECT COUNT(*) FROM ("
            + "SELECT v.case_id FROM precise_assistance_family_visit v JOIN precise_assistance_family f ON f.case_id = v.case_id "
            + "WHERE f.division_code LIKE #{scopePattern} AND v.visited_on >= #{from} AND v.visited_on < #{to} "
            + "UNION SELECT d.case_id FROM precise_assistance_disbursement d "
            + "JOIN precise_assistance_family f ON f.case_id = d.case_id "
            + "WHERE f.division_code LIKE #{scopePattern} AND d.paid_on >= #{from} AND d.paid_on < #{to}) helped")
    long countHouseholdsHelped(@Param("scopePattern") String scopePattern, @Param("from") LocalDate from,
                               @Param("to") LocalDate to);

    @Insert("INSERT INTO precise_assistance_family_evaluation (case_id, plan_id, outcome, summary, evaluated_by, evaluated_at) "
            + "VALUES (#{caseId}, #{planId}, #{outcome}, #{summary}, #{evaluatedBy}, #{evaluatedAt})")
    void insertEvaluation(Evaluation evaluation);

    @Select("SELECT id, case_id, plan_id, outcome, summary, evaluated_by, evaluated_at "
            + "FROM precise_assistance_family_evaluation WHERE case_id = #{caseId} ORDER BY id")
    List<Evaluation> findEvaluations(long caseId);
}
