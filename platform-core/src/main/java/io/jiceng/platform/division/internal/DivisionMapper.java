package io.jiceng.platform.division.internal;

import io.jiceng.platform.division.Division;
import io.jiceng.platform.division.DivisionLevel;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface DivisionMapper {

    String COLUMNS = "code, name, full_name, parent_code, level_no AS level";

    @Select("SELECT " + COLUMNS + " FROM division WHERE code = #{code}")
    Optional<Division> findByCode(String code);

    @Select("SELECT " + COLUMNS + " FROM division WHERE parent_code = #{parentCode} ORDER BY code")
    List<Division> findChildren(String parentCode);

    @Select("SELECT " + COLUMNS + " FROM division WHERE code LIKE #{scopePattern} AND level_no >= #{level.number} ORDER BY code")
    List<Division> findInScopeFrom(@Param("scopePattern") String scopePattern, @Param("level") DivisionLevel level);

    @Select("SELECT COUNT(*) FROM division WHERE level_no = #{level.number} AND code LIKE #{scopePattern}")
    long countInScope(@Param("level") DivisionLevel level, @Param("scopePattern") String scopePattern);

    @Select("""
            <script>
            SELECT code FROM division WHERE code IN
            <foreach collection="codes" item="c" open="(" separator="," close=")">#{c}</foreach>
            </script>""")
    List<String> findExistingCodes(@Param("codes") Collection<String> codes);

    @Insert("""
            <script>
            INSERT INTO division (code, name, full_name, parent_code, level_no) VALUES
            <foreach collection="divisions" item="d" separator=",">
              (#{d.code}, #{d.name}, #{d.fullName}, #{d.parentCode}, #{d.level.number})
            </foreach>
            </script>""")
    void insertAll(@Param("divisions") List<Division> divisions);
}
