package io.jiceng.modules.assistance.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface RecipientMapper {

    String COLUMNS = "id, resident_id, scheme_code, pay_year, division_code, case_id, status, stop_reason, stop_note, "
            + "decided_by, decided_at";

    @Insert("INSERT INTO precise_assistance_recipient (resident_id, scheme_code, pay_year, division_code, case_id, status, "
            + "stop_reason, stop_note, decided_by, decided_at) VALUES (#{residentId}, #{schemeCode}, #{year}, #{divisionCode}, "
            + "#{caseId}, #{status}, #{stopReason}, #{stopNote}, #{decidedBy}, #{at})")
    void insert(@Param("residentId") long residentId, @Param("schemeCode") String schemeCode, @Param("year") int year,
                @Param("divisionCode") String divisionCode, @Param("caseId") Long caseId, @Param("status") String status,
                @Param("stopReason") String stopReason, @Param("stopNote") String stopNote,
                @Param("decidedBy") String decidedBy, @Param("at") Instant at);

    @Select("SELECT " + COLUMNS + " FROM precise_assistance_recipient WHERE resident_id = #{residentId} "
            + "AND scheme_code = #{schemeCode} AND pay_year = #{year}")
    Optional<Recipient> find(@Param("residentId") long residentId, @Param("schemeCode") String schemeCode, @Param("year") int year);

    /** Everyone of the year in the scope, paid or stopped, by division. */
    @Select("SELECT " + COLUMNS + " FROM precise_assistance_recipient WHERE pay_year = #{year} "
            + "AND division_code LIKE #{scopePattern} ORDER BY division_code, scheme_code, resident_id")
    List<Recipient> ofYear(@Param("scopePattern") String scopePattern, @Param("year") int year);

    @Delete("DELETE FROM precise_assistance_recipient WHERE id = #{id}")
    void delete(long id);

    @Select("SELECT annual_amount FROM precise_assistance_standard WHERE scheme_code = #{schemeCode} AND pay_year = #{year}")
    Optional<BigDecimal> standard(@Param("schemeCode") String schemeCode, @Param("year") int year);

    @Insert("INSERT INTO precise_assistance_standard (scheme_code, pay_year, annual_amount) VALUES (#{schemeCode}, #{year}, #{amount})")
    void insertStandard(@Param("schemeCode") String schemeCode, @Param("year") int year, @Param("amount") BigDecimal amount);

    @Select("SELECT COUNT(*) FROM precise_assistance_recipient WHERE division_code LIKE #{scopePattern} "
            + "AND pay_year >= #{fromYear} AND pay_year <= #{toYear} AND status <> 'STOPPED'")
    long countPaid(@Param("scopePattern") String scopePattern, @Param("fromYear") int fromYear, @Param("toYear") int toYear);

    @Select("SELECT COALESCE(SUM(s.annual_amount), 0) FROM precise_assistance_recipient r JOIN precise_assistance_standard s "
            + "ON s.scheme_code = r.scheme_code AND s.pay_year = r.pay_year WHERE r.division_code LIKE #{scopePattern} "
            + "AND r.pay_year >= #{fromYear} AND r.pay_year <= #{toYear} AND r.status <> 'STOPPED'")
    BigDecimal sumPaid(@Param("scopePattern") String scopePattern, @Param("fromYear") int fromYear, @Param("toYear") int toYear);
}
