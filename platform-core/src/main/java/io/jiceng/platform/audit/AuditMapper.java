package io.jiceng.platform.audit;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface AuditMapper {

    @Insert("""
            INSERT INTO audit_event (occurred_at, username, action, target_type, target_id, division_code, detail, remote_address)
            VALUES (#{occurredAt}, #{username}, #{action}, #{targetType}, #{targetId}, #{divisionCode}, #{detail}, #{remoteAddress})""")
    void insert(AuditEvent event);

    @Select("""
            SELECT id, occurred_at, username, action, target_type, target_id, division_code, detail, remote_address
            FROM audit_event WHERE target_type = #{targetType} AND target_id = #{targetId} ORDER BY id""")
    List<AuditEvent> findByTarget(@Param("targetType") String targetType, @Param("targetId") String targetId);
}
