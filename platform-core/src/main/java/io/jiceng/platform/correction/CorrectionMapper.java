package io.jiceng.platform.correction;

import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface CorrectionMapper {

    @Insert("""
            INSERT INTO resident_correction (case_id, resident_id, field_name, old_value, new_value, reason)
            VALUES (#{caseId}, #{residentId}, #{fieldName}, #{oldValue}, #{newValue}, #{reason})""")
    void insert(CorrectionRequest request);

    @Select("SELECT case_id, resident_id, field_name, old_value, new_value, reason FROM resident_correction WHERE case_id = #{caseId}")
    Optional<CorrectionRequest> findByCase(long caseId);

    @Update("UPDATE resident_correction SET new_value = #{newValue}, reason = #{reason} WHERE case_id = #{caseId}")
    void revise(@Param("caseId") long caseId, @Param("newValue") String newValue, @Param("reason") String reason);
}
