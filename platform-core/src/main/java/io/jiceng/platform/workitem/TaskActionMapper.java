package io.jiceng.platform.workitem;

import io.jiceng.platform.search.TextSearch;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The inbox's own tables: co-sign requests (加签) and copies (抄送). */
@Mapper
interface TaskActionMapper {

    String COSIGN_COLUMNS = "s.id, s.task_id, s.case_id, s.step_key, s.step_name, s.requested_by, s.signer, s.requested_at, s.signed_at";

    /** A signer's open requests on cases in the scope, narrowed like the inbox. */
    String OPEN_FOR_SIGNER = """
            FROM task_cosign s JOIN case_record c ON c.id = s.case_id
            WHERE s.signer = #{signer} AND s.signed_at IS NULL AND c.division_code LIKE #{scopePattern}
            <if test="f.moduleId != null">AND c.module_id = #{f.moduleId}</if>
            <if test="f.caseType != null">AND c.case_type = #{f.caseType}</if>
            <if test="f.overdueOnly">AND 1 = 0</if>
            <if test="text != null">AND (c.case_no LIKE #{text}""" + TextSearch.ESCAPE + " OR c.title LIKE #{text}" + TextSearch.ESCAPE
            + ")</if>";

    @Insert("""
            INSERT INTO task_cosign (task_id, case_id, step_key, step_name, requested_by, signer, requested_at)
            VALUES (#{taskId}, #{caseId}, #{stepKey}, #{stepName}, #{requestedBy}, #{signer}, #{requestedAt})""")
    void insertCoSign(CoSignRequest request);

    @Select("SELECT " + COSIGN_COLUMNS + " FROM task_cosign s WHERE s.task_id = #{taskId} AND s.signed_at IS NULL ORDER BY s.id")
    List<CoSignRequest> openCoSigns(String taskId);

    @Select("<script>SELECT " + COSIGN_COLUMNS + " " + OPEN_FOR_SIGNER
            + " ORDER BY s.requested_at DESC, s.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<CoSignRequest> openCoSignsOf(@Param("signer") String signer, @Param("scopePattern") String scopePattern,
                                      @Param("f") WorkItemFilter filter, @Param("text") String text,
                                      @Param("offset") int offset, @Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) " + OPEN_FOR_SIGNER + "</script>")
    long countOpenCoSignsOf(@Param("signer") String signer, @Param("scopePattern") String scopePattern,
                            @Param("f") WorkItemFilter filter, @Param("text") String text);

    @Update("UPDATE task_cosign SET signed_at = #{at} WHERE id = #{id} AND signed_at IS NULL")
    int sign(@Param("id") long id, @Param("at") Instant at);

    @Insert("""
            INSERT INTO case_copy (case_id, step_key, step_name, sent_by, recipient, note, sent_at)
            VALUES (#{caseId}, #{stepKey}, #{stepName}, #{sentBy}, #{recipient}, #{note}, #{sentAt})""")
    void insertCopy(CaseCopy copy);

    @Select("""
            SELECT id, case_id, step_key, step_name, sent_by, recipient, note, sent_at, read_at
            FROM case_copy WHERE recipient = #{recipient} ORDER BY sent_at DESC, id DESC LIMIT #{limit} OFFSET #{offset}""")
    List<CaseCopy> copiesTo(@Param("recipient") String recipient, @Param("offset") int offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM case_copy WHERE recipient = #{recipient}")
    long countCopiesTo(String recipient);

    @Select("SELECT COUNT(*) FROM case_copy WHERE recipient = #{recipient} AND read_at IS NULL")
    long countUnreadCopiesTo(String recipient);

    @Select("SELECT COUNT(*) FROM case_copy WHERE recipient = #{recipient} AND case_id = #{caseId}")
    long countCopiesOfCase(@Param("recipient") String recipient, @Param("caseId") long caseId);

    @Update("UPDATE case_copy SET read_at = #{at} WHERE recipient = #{recipient} AND case_id = #{caseId} AND read_at IS NULL")
    int markRead(@Param("recipient") String recipient, @Param("caseId") long caseId, @Param("at") Instant at);
}
