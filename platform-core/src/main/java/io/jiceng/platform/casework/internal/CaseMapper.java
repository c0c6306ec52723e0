package io.jiceng.platform.casework.internal;

import io.jiceng.platform.casework.Attachment;
import io.jiceng.platform.casework.CaseQuery;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Opinion;
import io.jiceng.platform.search.TextSearch;
import java.time.Instant;
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
public interface CaseMapper {

    String COLUMNS = """
            id, case_no, module_id, case_type, title, resident_id, division_code, status, process_instance_id, version,
            created_by, created_at, updated_at, closed_at""";

    String WHERE = """
            WHERE division_code LIKE #{scopePattern}
            <if test="q.moduleId != null">AND module_id = #{q.moduleId}</if>
            <if test="q.caseType != null">AND case_type = #{q.caseType}</if>
            <if test="q.status != null">AND status = #{q.status}</if>
            <if test="text != null">AND (case_no LIKE #{text}""" + TextSearch.ESCAPE + " OR title LIKE #{text}" + TextSearch.ESCAPE
            + ")</if>";

    @Select("SELECT " + COLUMNS + " FROM case_record WHERE id = #{id}")
    Optional<CaseRecord> findById(long id);

    @Select("SELECT " + COLUMNS + " FROM case_record WHERE process_instance_id = #{processInstanceId}")
    Optional<CaseRecord> findByProcessInstance(String processInstanceId);

    @Select("""
            <script>SELECT""" + " " + COLUMNS + """
             FROM case_record WHERE id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>""")
    List<CaseRecord> findByIds(@Param("ids") Collection<Long> ids);

    @Select("<script>SELECT " + COLUMNS + " FROM case_record " + WHERE
            + " ORDER BY created_at DESC, id DESC LIMIT #{q.limit} OFFSET #{q.offset}</script>")
    List<CaseRecord> search(@Param("q") CaseQuery query, @Param("scopePattern") String scopePattern,
                            @Param("text") String text);

    @Select("<script>SELECT COUNT(*) FROM case_record " + WHERE + "</script>")
    long count(@Param("q") CaseQuery query, @Param("scopePattern") String scopePattern, @Param("text") String text);

    @Select("SELECT COUNT(*) FROM case_record WHERE division_code LIKE #{scopePattern} AND created_at >= #{from} AND created_at < #{to}")
    long countOpened(@Param("scopePattern") String scopePattern, @Param("from") Instant from, @Param("to") Instant to);

    @Select("""
            SELECT COUNT(*) FROM case_record WHERE division_code LIKE #{scopePattern} AND status = #{status}
            AND closed_at >= #{from} AND closed_at < #{to}""")
    long countClosed(@Param("scopePattern") String scopePattern, @Param("status") CaseStatus status,
                     @Param("from") Instant from, @Param("to") Instant to);

    @Select("SELECT " + COLUMNS + " FROM case_record WHERE resident_id = #{residentId} ORDER BY id DESC")
    List<CaseRecord> findByResident(long residentId);

    @Insert("""
            INSERT INTO case_record (case_no, module_id, case_type, title, resident_id, division_code, status, version,
                                     created_by, created_at, updated_at)
            VALUES (#{caseNo}, #{moduleId}, #{caseType}, #{title}, #{residentId}, #{divisionCode}, #{status}, 0,
                    #{createdBy}, #{at}, #{at})""")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(NewCase row);

    @Update("UPDATE case_record SET process_instance_id = #{pid} WHERE id = #{id}")
    void linkProcess(@Param("id") long id, @Param("pid") String processInstanceId);

    /** Moves the case on; {@code closedAt} is set for a final status. Bumps the version for optimistic locking. */
    @Update("""
            UPDATE case_record SET status = #{status}, version = version + 1, updated_at = #{at}, closed_at = #{closedAt}
            WHERE id = #{id}""")
    int updateStatus(@Param("id") long id, @Param("status") CaseStatus status, @Param("at") Instant at,
                     @Param("closedAt") Instant closedAt);

    @Select("SELECT last_number FROM case_sequence WHERE module_id = #{moduleId} AND year_no = #{year} FOR UPDATE")
    Integer lockSequence(@Param("moduleId") String moduleId, @Param("year") int year);

    @Insert("INSERT INTO case_sequence (module_id, year_no, last_number) VALUES (#{moduleId}, #{year}, 0)")
    void insertSequence(@Param("moduleId") String moduleId, @Param("year") int year);

    @Update("UPDATE case_sequence SET last_number = #{value} WHERE module_id = #{moduleId} AND year_no = #{year}")
    void setSequence(@Param("moduleId") String moduleId, @Param("year") int year, @Param("value") int value);

    @Insert("""
            INSERT INTO case_opinion (case_id, task_id, step_key, step_name, decision, opinion, username, staff_name, division_code, created_at)
            VALUES (#{caseId}, #{taskId}, #{stepKey}, #{stepName}, #{decision}, #{opinion}, #{username}, #{staffName}, #{divisionCode}, #{createdAt})""")
    void insertOpinion(Opinion opinion);

    @Select("""
            SELECT id, case_id, task_id, step_key, step_name, decision, opinion, username, staff_name, division_code, created_at
            FROM case_opinion WHERE case_id = #{caseId} ORDER BY created_at, id""")
    List<Opinion> findOpinions(long caseId);

    @Insert("""
            INSERT INTO case_attachment (case_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
            VALUES (#{caseId}, #{fileName}, #{contentType}, #{sizeBytes}, #{sha256}, #{content}, #{uploadedBy}, #{uploadedAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insertAttachment(NewAttachment attachment);

    @Select("""
            SELECT id, case_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
            FROM case_attachment WHERE case_id = #{caseId} ORDER BY id""")
    List<Attachment> findAttachments(long caseId);

    @Select("SELECT id, case_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at FROM case_attachment WHERE id = #{id}")
    Optional<Attachment> findAttachment(long id);

    @Select("SELECT content FROM case_attachment WHERE id = #{id}")
    StoredContent readAttachmentContent(long id);

    /** A file's bytes; wrapped because MyBatis reads a bare {@code byte[]} result as a list of bytes. */
    record StoredContent(byte[] content) {
    }

    /** Parameter object for {@link #insert}. */
    final class NewCase {
        public Long id;
        public String caseNo;
        public String moduleId;
        public String caseType;
        public String title;
        public Long residentId;
        public String divisionCode;
        public CaseStatus status;
        public String createdBy;
        public Instant at;
    }

    /** Parameter object for {@link #insertAttachment}. */
    final class NewAttachment {
        public Long id;
        public long caseId;
        public String fileName;
        public String contentType;
        public long sizeBytes;
        public String sha256;
        public byte[] content;
        public String uploadedBy;
        public Instant uploadedAt;
    }
}
