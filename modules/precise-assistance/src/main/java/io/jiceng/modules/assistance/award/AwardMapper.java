package io.jiceng.modules.assistance.award;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AwardMapper {

    String COLUMNS = "case_id, resident_id, division_code, scheme_code, confirm_year, rural_household, out_of_policy_birth, "
            + "spouse_name, spouse_id_number, spouse_birth_year, failed_rules, override_reason, note, outcome, decided_at, "
            + "created_by, created_at";

    @Insert("INSERT INTO precise_assistance_award (" + COLUMNS + ") VALUES (#{caseId}, #{residentId}, #{divisionCode}, "
            + "#{schemeCode}, #{confirmYear}, #{ruralHousehold}, #{outOfPolicyBirth}, #{spouseName}, #{spouseIdNumber}, "
            + "#{spouseBirthYear}, #{failedRules}, #{overrideReason}, #{note}, #{outcome}, #{decidedAt}, #{createdBy}, #{createdAt})")
    void insert(AwardApplication application);

    @Insert("INSERT INTO precise_assistance_child (case_id, seq, name, sex, birth_year, alive, disability_grade) "
            + "VALUES (#{caseId}, #{seq}, #{child.name}, #{child.sex}, #{child.birthYear}, #{child.alive}, #{child.disabilityGrade})")
    void insertChild(@Param("caseId") long caseId, @Param("seq") int seq, @Param("child") Child child);

    @Select("SELECT " + COLUMNS + " FROM precise_assistance_award WHERE case_id = #{caseId}")
    Optional<AwardApplication> findByCase(long caseId);

    @Select("SELECT name, sex, birth_year, alive, disability_grade FROM precise_assistance_child WHERE case_id = #{caseId} ORDER BY seq")
    List<Child> children(long caseId);

    @Select("SELECT case_id FROM precise_assistance_award WHERE resident_id = #{residentId} AND scheme_code = #{schemeCode} "
            + "AND confirm_year = #{year}")
    Optional<Long> findExisting(@Param("residentId") long residentId, @Param("schemeCode") String schemeCode, @Param("year") int year);

    @Update("UPDATE precise_assistance_award SET outcome = #{outcome}, decided_at = #{at} WHERE case_id = #{caseId}")
    int recordOutcome(@Param("caseId") long caseId, @Param("outcome") Outcome outcome, @Param("at") Instant at);

    @Select("SELECT " + COLUMNS + " FROM precise_assistance_award WHERE division_code LIKE #{scopePattern} "
            + "AND confirm_year = #{year} AND outcome = 'CONFIRMED' ORDER BY division_code, case_id")
    List<AwardApplication> confirmedIn(@Param("scopePattern") String scopePattern, @Param("year") int year);

    @Select("SELECT " + COLUMNS + " FROM precise_assistance_award WHERE division_code LIKE #{scopePattern} "
            + "ORDER BY created_at DESC, case_id DESC LIMIT #{limit}")
    List<AwardApplication> latestIn(@Param("scopePattern") String scopePattern, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM precise_assistance_award")
    long count();

    @Select("SELECT COUNT(*) FROM precise_assistance_award WHERE division_code LIKE #{scopePattern} "
            + "AND created_at >= #{from} AND created_at < #{to}")
    long countOpened(@Param("scopePattern") String scopePattern, @Param("from") Instant from, @Param("to") Instant to);

    @Select("<script>SELECT COUNT(*) FROM precise_assistance_award WHERE division_code LIKE #{scopePattern} "
            + "AND decided_at &gt;= #{from} AND decided_at &lt; #{to} AND outcome IN "
            + "<foreach collection='outcomes' item='o' open='(' separator=',' close=')'>#{o}</foreach>"
            + "<if test='ruleFailed != null and ruleFailed'> AND failed_rules IS NOT NULL</if>"
            + "<if test='ruleFailed != null and !ruleFailed'> AND failed_rules IS NULL</if></script>")
    long countDecided(@Param("scopePattern") String scopePattern, @Param("from") Instant from, @Param("to") Instant to,
                      @Param("outcomes") List<String> outcomes, @Param("ruleFailed") Boolean ruleFailed);

    @Select("SELECT code, name_zh, name_en, national, sort_order, active FROM precise_assistance_scheme ORDER BY sort_order")
    List<Scheme> schemes();

    @Select("SELECT scheme_code, rule_code, county_code, check_kind, parameter, wording_zh, wording_en, enabled, sort_order "
            + "FROM precise_assistance_rule WHERE scheme_code = #{schemeCode} AND county_code IN ('*', #{countyCode}) "
            + "ORDER BY sort_order, rule_code")
    List<EligibilityRule> rules(@Param("schemeCode") String schemeCode, @Param("countyCode") String countyCode);

    @Insert("INSERT INTO precise_assistance_rule (scheme_code, rule_code, county_code, check_kind, parameter, wording_zh, "
            + "wording_en, enabled, sort_order) VALUES (#{schemeCode}, #{ruleCode}, #{countyCode}, #{checkKind}, #{parameter}, "
            + "#{wordingZh}, #{wordingEn}, #{enabled}, #{sortOrder})")
    void insertRule(EligibilityRule rule);
}
