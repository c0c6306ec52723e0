package ${package};

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface ${classPrefix}Mapper {

    @Insert("INSERT INTO ${tablePrefix}_request (case_id, resident_id, division_code, note, created_at) "
            + "VALUES (#[[#{caseId}, #{residentId}, #{divisionCode}, #{note}, #{createdAt}]]#)")
    void insert(${classPrefix}Request request);

    @Select("SELECT case_id, resident_id, division_code, note, created_at FROM ${tablePrefix}_request WHERE case_id = #[[#{caseId}]]#")
    Optional<${classPrefix}Request> findByCase(long caseId);

    @Select("SELECT COUNT(*) FROM ${tablePrefix}_request")
    long count();

    @Select("SELECT COUNT(*) FROM ${tablePrefix}_request WHERE division_code LIKE #[[#{scopePattern}]]# "
            + "AND created_at >= #[[#{from}]]# AND created_at < #[[#{to}]]#")
    long countOpened(@Param("scopePattern") String scopePattern, @Param("from") Instant from, @Param("to") Instant to);
}
