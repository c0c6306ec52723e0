package io.jiceng.platform.audit.internal;

import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditQuery;
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

    /** The conditions of {@link #search}: the resolved case and resident ids, the scope's division pattern. */
    String FILTER = """
            <where>
              (division_code IS NULL OR division_code LIKE #{scopePattern})
              <if test="q.username != null and q.username != ''"> AND username = #{q.username}</if>
              <if test="caseId != null"> AND target_type = 'CASE' AND target_id = #{caseId}</if>
              <if test="residentId != null"> AND target_type = 'RESIDENT' AND target_id = #{residentId}</if>
              <if test="q.action != null"> AND action = #{q.action}</if>
              <if test="q.from != null"> AND occurred_at &gt;= #{q.from}</if>
              <if test="q.to != null"> AND occurred_at &lt; #{q.to}</if>
            </where>""";

    @Select("<script>SELECT id, occurred_at, username, action, target_type, target_id, division_code, detail, remote_address"
            + " FROM audit_event " + FILTER + " ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<AuditEvent> search(@Param("q") AuditQuery query, @Param("caseId") String caseId, @Param("residentId") String residentId,
                            @Param("scopePattern") String scopePattern, @Param("offset") int offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM audit_event " + FILTER + "</script>")
    long count(@Param("q") AuditQuery query, @Param("caseId") String caseId, @Param("residentId") String residentId,
               @Param("scopePattern") String scopePattern);

    @Select("SELECT id FROM case_record WHERE case_no = #{caseNo}")
    java.util.Optional<Long> caseIdOf(String caseNo);

    @Select("SELECT id FROM resident WHERE id_number = #{idNumber}")
    java.util.Optional<Long> residentIdOf(String idNumber);
}
