package ${package};

import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface ${classPrefix}Mapper {

    @Insert("INSERT INTO ${tablePrefix}_request (case_id, resident_id, note) VALUES (#[[#{caseId}, #{residentId}, #{note}]]#)")
    void insert(${classPrefix}Request request);

    @Select("SELECT case_id, resident_id, note FROM ${tablePrefix}_request WHERE case_id = #[[#{caseId}]]#")
    Optional<${classPrefix}Request> findByCase(long caseId);
}
