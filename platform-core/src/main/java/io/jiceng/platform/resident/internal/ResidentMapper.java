package io.jiceng.platform.resident.internal;

import io.jiceng.platform.resident.Gender;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.search.TextSearch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ResidentMapper {

    String COLUMNS = """
            id, id_number, name, gender, birth_date, phone, household_no, household_relation, division_code,
            address, migrant, version, created_by, created_at, updated_by, updated_at""";

    String SEARCH_WHERE = """
            WHERE division_code LIKE #{scopePattern}
            <if test="text != null">
              AND (name LIKE #{text}""" + TextSearch.ESCAPE + " OR id_number LIKE #{text}" + TextSearch.ESCAPE
            + " OR household_no LIKE #{text}" + TextSearch.ESCAPE + ")</if>";

    @Select("SELECT " + COLUMNS + " FROM resident WHERE id = #{id}")
    Optional<Resident> findById(long id);

    @Select("<script>SELECT " + COLUMNS + " FROM resident WHERE id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<Resident> findByIds(@Param("ids") Collection<Long> ids);

    @Select("SELECT " + COLUMNS + " FROM resident WHERE id_number = #{idNumber}")
    Optional<Resident> findByIdNumber(String idNumber);

    @Select("<script>SELECT " + COLUMNS + " FROM resident " + SEARCH_WHERE
            + " ORDER BY updated_at DESC, id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<Resident> search(@Param("scopePattern") String scopePattern, @Param("text") String text,
                          @Param("offset") int offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM resident " + SEARCH_WHERE + "</script>")
    long count(@Param("scopePattern") String scopePattern, @Param("text") String text);

    @Insert("""
            INSERT INTO resident (id_number, name, gender, birth_date, phone, household_no, household_relation,
                                  division_code, address, migrant, version, created_by, created_at, updated_by, updated_at)
            VALUES (#{idNumber}, #{name}, #{gender}, #{birthDate}, #{phone}, #{householdNo}, #{householdRelation},
                    #{divisionCode}, #{address}, #{migrant}, 0, #{by}, #{at}, #{by}, #{at})""")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(ResidentRow row);

    /** Updates only if nobody changed the record since {@code version} was read; returns the rows updated. */
    @Update("""
            UPDATE resident SET id_number = #{idNumber}, name = #{name}, gender = #{gender}, birth_date = #{birthDate},
                   phone = #{phone}, household_no = #{householdNo}, household_relation = #{householdRelation},
                   division_code = #{divisionCode}, address = #{address}, migrant = #{migrant},
                   version = version + 1, updated_by = #{by}, updated_at = #{at}
            WHERE id = #{id} AND version = #{version}""")
    int update(ResidentRow row);

    @Insert("""
            INSERT INTO resident_history (resident_id, version, id_number, name, phone, household_no, household_relation,
                                          division_code, address, migrant, changed_by, changed_at)
            SELECT id, version, id_number, name, phone, household_no, household_relation, division_code, address, migrant,
                   updated_by, updated_at
            FROM resident WHERE id = #{id}""")
    void copyToHistory(long id);

    @Select("SELECT COUNT(*) FROM resident_history WHERE resident_id = #{id}")
    int countHistory(long id);

    /** Parameter object for insert and update. */
    final class ResidentRow {
        public Long id;
        public String idNumber;
        public String name;
        public Gender gender;
        public java.time.LocalDate birthDate;
        public String phone;
        public String householdNo;
        public String householdRelation;
        public String divisionCode;
        public String address;
        public boolean migrant;
        public int version;
        public String by;
        public java.time.Instant at;
    }
}
