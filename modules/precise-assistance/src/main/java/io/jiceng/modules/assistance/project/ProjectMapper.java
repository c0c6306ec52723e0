package io.jiceng.modules.assistance.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ProjectMapper {

    String COLUMNS = "id, kind, name, division_code, budget_year, budget, used, created_by, created_at";

    @Insert("INSERT INTO precise_assistance_project (kind, name, division_code, budget_year, budget, used, created_by, created_at) "
            + "VALUES (#{kind}, #{name}, #{divisionCode}, #{budgetYear}, #{budget}, 0, #{createdBy}, #{createdAt})")
    void insert(@Param("kind") String kind, @Param("name") String name, @Param("divisionCode") String divisionCode,
                @Param("budgetYear") int budgetYear, @Param("budget") BigDecimal budget,
                @Param("createdBy") String createdBy, @Param("createdAt") Instant createdAt);

    @Select("SELECT " + COLUMNS + " FROM precise_assistance_project WHERE id = #{id}")
    Optional<AssistanceProject> findById(long id);

    @Select("SELECT " + COLUMNS + " FROM precise_assistance_project WHERE division_code = #{divisionCode} "
            + "AND budget_year = #{year} AND kind = #{kind}")
    Optional<AssistanceProject> find(@Param("divisionCode") String divisionCode, @Param("year") int year,
                                     @Param("kind") String kind);

    @Select("SELECT COUNT(*) FROM precise_assistance_project")
    long count();

    /**
     * Takes the amount from the budget if it fits, in one statement: the row lock the UPDATE takes makes a concurrent
     * disbursement wait and then see the raised total, so two of them can never both pass. 0 rows: it did not fit.
     */
    @Update("UPDATE precise_assistance_project SET used = used + #{amount} WHERE id = #{id} AND used + #{amount} <= budget")
    int takeFromBudget(@Param("id") long id, @Param("amount") BigDecimal amount);

    @Insert("INSERT INTO precise_assistance_disbursement (project_id, case_id, amount, paid_on, purpose, recorded_by, recorded_at) "
            + "VALUES (#{projectId}, #{caseId}, #{amount}, #{paidOn}, #{purpose}, #{recordedBy}, #{recordedAt})")
    void insertDisbursement(Disbursement disbursement);

    @Select("SELECT id, project_id, case_id, amount, paid_on, purpose, recorded_by, recorded_at "
            + "FROM precise_assistance_disbursement WHERE case_id = #{caseId} ORDER BY paid_on, id")
    List<Disbursement> findByCase(long caseId);

    @Select("SELECT id, project_id, case_id, amount, paid_on, purpose, recorded_by, recorded_at "
            + "FROM precise_assistance_disbursement WHERE project_id = #{projectId} ORDER BY paid_on, id")
    List<Disbursement> findByProject(long projectId);

    /** Projects of a year under a division, with the households paid and the number of disbursements. */
    @Select("SELECT p.id, p.kind, p.name, p.division_code, p.budget_year, p.budget, p.used, p.created_by, p.created_at, "
            + "COUNT(DISTINCT d.case_id) AS households, COUNT(d.id) AS disbursements "
            + "FROM precise_assistance_project p LEFT JOIN precise_assistance_disbursement d ON d.project_id = p.id "
            + "WHERE p.division_code LIKE #{scopePattern} AND p.budget_year = #{year} "
            + "GROUP BY p.id, p.kind, p.name, p.division_code, p.budget_year, p.budget, p.used, p.created_by, p.created_at "
            + "ORDER BY p.division_code, p.kind")
    List<UsageRow> usage(@Param("scopePattern") String scopePattern, @Param("year") int year);

    record UsageRow(Long id, String kind, String name, String divisionCode, int budgetYear, BigDecimal budget, BigDecimal used,
                    String createdBy, Instant createdAt, long households, long disbursements) {

        ProjectUsage toUsage() {
            return new ProjectUsage(new AssistanceProject(id, kind, name, divisionCode, budgetYear, budget, used, createdBy,
                    createdAt), households, disbursements);
        }
    }

    /** Paid to the households under a division in the period. */
    @Select("SELECT COALESCE(SUM(d.amount), 0) FROM precise_assistance_disbursement d "
            + "JOIN precise_assistance_family f ON f.case_id = d.case_id "
            + "WHERE f.division_code LIKE #{scopePattern} AND d.paid_on >= #{from} AND d.paid_on < #{to}")
    BigDecimal sumPaid(@Param("scopePattern") String scopePattern, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
