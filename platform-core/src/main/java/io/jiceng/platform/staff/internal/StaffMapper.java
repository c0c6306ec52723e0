package io.jiceng.platform.staff.internal;

import io.jiceng.platform.staff.Role;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface StaffMapper {

    @Select("SELECT id, username, display_name, division_code, enabled, password_hash FROM staff WHERE username = #{username}")
    Optional<StaffAccount> findAccount(String username);

    @Select("SELECT role FROM staff_role WHERE staff_id = #{staffId} ORDER BY role")
    List<Role> findRoles(long staffId);

    @Select("SELECT id, username, display_name, division_code, enabled, password_hash FROM staff WHERE enabled = TRUE ORDER BY username")
    List<StaffAccount> findEnabled();

    @Select("SELECT r.staff_id, r.role FROM staff_role r JOIN staff s ON s.id = r.staff_id WHERE s.enabled = TRUE")
    List<StaffRole> findRolesOfEnabled();

    @Select("SELECT COUNT(*) FROM staff")
    long count();

    @Insert("""
            INSERT INTO staff (username, display_name, password_hash, division_code, enabled, created_at)
            VALUES (#{username}, #{displayName}, #{passwordHash}, #{divisionCode}, TRUE, CURRENT_TIMESTAMP)""")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(NewStaff staff);

    @Insert("INSERT INTO staff_role (staff_id, role) VALUES (#{staffId}, #{role})")
    void insertRole(@Param("staffId") long staffId, @Param("role") Role role);

    @org.apache.ibatis.annotations.Delete("DELETE FROM staff_role WHERE staff_id = #{staffId}")
    void deleteRoles(long staffId);

    @org.apache.ibatis.annotations.Update(
            "UPDATE staff SET display_name = #{displayName}, division_code = #{divisionCode} WHERE id = #{id}")
    void updateProfile(@Param("id") long id, @Param("displayName") String displayName,
                       @Param("divisionCode") String divisionCode);

    @org.apache.ibatis.annotations.Update("UPDATE staff SET password_hash = #{passwordHash} WHERE id = #{id}")
    void updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash);

    /** A staff row with its password hash; never leaves the staff package. */
    record StaffAccount(long id, String username, String displayName, String divisionCode, boolean enabled,
                        String passwordHash) {
    }

    /** One role of one staff member. */
    record StaffRole(long staffId, Role role) {
    }

    /** Parameter object for {@link #insert}; receives the generated id. */
    final class NewStaff {
        public Long id;
        public final String username;
        public final String displayName;
        public final String passwordHash;
        public final String divisionCode;

        public NewStaff(String username, String displayName, String passwordHash, String divisionCode) {
            this.username = username;
            this.displayName = displayName;
            this.passwordHash = passwordHash;
            this.divisionCode = divisionCode;
        }
    }
}
