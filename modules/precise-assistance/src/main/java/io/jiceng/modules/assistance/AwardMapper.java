package io.jiceng.modules.assistance;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface AwardMapper {

    @Insert("INSERT INTO precise_assistance_request (case_id, resident_id, division_code, note, created_at) "
            + "VALUES (#{caseId}, #{residentId}, #{divisionCode}, #{note}, #{createdAt})")
    void insert(AwardRequest request);

    @Select("SELECT case_id, resident_id, division_code, note, created_at FROM precise_assistance_request WHERE case_id = #{caseId}")
    Optional<AwardRequest> findByCase(long caseId);

    @Select("SELECT COUNT(*) FROM precise_assistance_request")
    long count();

    @Select("SELECT COUNT(*) FROM precise_assistance_request WHERE division_code LIKE #{scopePattern} "
            + "AND created_at >= #{from} AND created_at < #{to}")
    long countOpened(@Param("scopePattern") String scopePattern, @Param("from") Instant from, @Param("to") Instant to);
}
