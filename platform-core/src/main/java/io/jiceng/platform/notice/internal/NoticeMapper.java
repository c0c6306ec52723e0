package io.jiceng.platform.notice.internal;

import io.jiceng.platform.notice.EntryStatus;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.notice.NoticeQuery;
import io.jiceng.platform.notice.NoticeStatus;
import io.jiceng.platform.notice.Objection;
import io.jiceng.platform.notice.ObjectionStatus;
import io.jiceng.platform.notice.PublicNotices;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface NoticeMapper {

    String COLUMNS = """
            n.id, n.procedure_code, n.division_code, n.year_no, n.batch_no, n.status, n.published_by, n.published_at,
            n.ends_at, n.closed_at, n.process_instance_id,
            (SELECT COUNT(*) FROM notice_entry e WHERE e.notice_id = n.id) AS entry_count""";

    /** Notices posted inside the scope, or above it (a village sees its township's notice). */
    String WHERE = """
            WHERE (n.division_code LIKE #{scopePattern}
            <if test="ancestors.size() > 0"> OR n.division_code IN
            <foreach collection="ancestors" item="code" open="(" separator="," close=")">#{code}</foreach></if>)
            <if test="q.procedure != null">AND n.procedure_code = #{q.procedure}</if>
            <if test="q.status != null">AND n.status = #{q.status}</if>""";

    class NewNotice {
        public Long id;
        public String procedureCode;
        public String divisionCode;
        public int yearNo;
        public int batchNo;
        public String publishedBy;
        public Instant publishedAt;
        public Instant endsAt;
    }

    /** An entry with the resident's data as stored; {@link PublicNotices} masks it before anyone sees it. */
    record EntryRow(long noticeId, long caseId, String caseNo, String moduleId, String caseType, String title,
                    String divisionCode, String residentName, String residentIdNumber, EntryStatus status,
                    String entryProcessId, int objectionCount) {
    }

    @Insert("""
            INSERT INTO notice (procedure_code, division_code, year_no, batch_no, status, published_by, published_at, ends_at)
            VALUES (#{procedureCode}, #{divisionCode}, #{yearNo}, #{batchNo}, 'OPEN', #{publishedBy}, #{publishedAt}, #{endsAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(NewNotice notice);

    @Select("""
            SELECT COALESCE(MAX(batch_no), 0) FROM notice
            WHERE procedure_code = #{procedure} AND division_code = #{divisionCode} AND year_no = #{year}""")
    int lastBatch(@Param("procedure") String procedure, @Param("divisionCode") String divisionCode, @Param("year") int year);

    /**
     * The notice's status, with its row locked until the transaction ends: closing, registering and deciding
     * objections take this lock first, so none of them acts on a state another has just changed.
     */
    @Select("SELECT status FROM notice WHERE id = #{id} FOR UPDATE")
    Optional<NoticeStatus> lockStatus(long id);

    @Update("UPDATE notice SET process_instance_id = #{processInstanceId} WHERE id = #{id}")
    void linkProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    /** Closes an open notice; 0 if it was closed already (the close is then not repeated). */
    @Update("UPDATE notice SET status = 'CLOSED', closed_at = #{at} WHERE id = #{id} AND status = 'OPEN'")
    int close(@Param("id") long id, @Param("at") Instant at);

    @Select("SELECT " + COLUMNS + " FROM notice n WHERE n.id = #{id}")
    Optional<Notice> findById(long id);

    @Select("<script>SELECT " + COLUMNS + " FROM notice n " + WHERE
            + " ORDER BY n.published_at DESC, n.id DESC LIMIT #{q.limit} OFFSET #{q.offset}</script>")
    List<Notice> search(@Param("q") NoticeQuery query, @Param("scopePattern") String scopePattern,
                        @Param("ancestors") List<String> ancestors);

    @Select("<script>SELECT COUNT(*) FROM notice n " + WHERE + "</script>")
    long count(@Param("q") NoticeQuery query, @Param("scopePattern") String scopePattern,
               @Param("ancestors") List<String> ancestors);

    @Insert("""
            INSERT INTO notice_entry (notice_id, case_id, entry_process_id, status)
            VALUES (#{noticeId}, #{caseId}, #{entryProcessId}, 'LISTED')""")
    void insertEntry(@Param("noticeId") long noticeId, @Param("caseId") long caseId,
                     @Param("entryProcessId") String entryProcessId);

    String ENTRY_SELECT = """
            SELECT e.notice_id, e.case_id, c.case_no, c.module_id, c.case_type, c.title, c.division_code, r.name AS resident_name,
                   r.id_number AS resident_id_number, e.status, e.entry_process_id,
                   (SELECT COUNT(*) FROM notice_objection o WHERE o.notice_id = e.notice_id AND o.case_id = e.case_id)
                       AS objection_count
            FROM notice_entry e JOIN case_record c ON c.id = e.case_id LEFT JOIN resident r ON r.id = c.resident_id""";

    @Select(ENTRY_SELECT + " WHERE e.notice_id = #{noticeId} ORDER BY c.division_code, c.case_no")
    List<EntryRow> findEntries(long noticeId);

    @Select(ENTRY_SELECT + " WHERE e.notice_id = #{noticeId} AND e.case_id = #{caseId}")
    Optional<EntryRow> findEntry(@Param("noticeId") long noticeId, @Param("caseId") long caseId);

    @Update("UPDATE notice_entry SET status = #{status} WHERE notice_id = #{noticeId} AND case_id = #{caseId}")
    void updateEntry(@Param("noticeId") long noticeId, @Param("caseId") long caseId, @Param("status") EntryStatus status);

    class NewObjection {
        public Long id;
        public long noticeId;
        public long caseId;
        public String objectorName;
        public String objectorContact;
        public String reason;
        public String registeredBy;
        public Instant registeredAt;
    }

    @Insert("""
            INSERT INTO notice_objection (notice_id, case_id, objector_name, objector_contact, reason, status, registered_by,
                                          registered_at)
            VALUES (#{noticeId}, #{caseId}, #{objectorName}, #{objectorContact}, #{reason}, 'PENDING', #{registeredBy},
                    #{registeredAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insertObjection(NewObjection objection);

    @Update("UPDATE notice_objection SET process_instance_id = #{processInstanceId} WHERE id = #{id}")
    void linkObjectionProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    /** Records the finding of a pending objection; 0 if it had been decided already. */
    @Update("""
            UPDATE notice_objection SET status = #{status}, finding = #{finding}, decided_by = #{decidedBy}, decided_at = #{at}
            WHERE id = #{id} AND status = 'PENDING'""")
    int decide(@Param("id") long id, @Param("status") ObjectionStatus status, @Param("finding") String finding,
               @Param("decidedBy") String decidedBy, @Param("at") Instant at);

    String OBJECTION_SELECT = """
            SELECT o.id, o.notice_id, o.case_id, c.case_no, o.objector_name, o.objector_contact, o.reason, o.status, o.finding,
                   o.registered_by, o.registered_at, o.decided_by, o.decided_at
            FROM notice_objection o JOIN case_record c ON c.id = o.case_id""";

    @Select(OBJECTION_SELECT + " WHERE o.notice_id = #{noticeId} ORDER BY o.registered_at, o.id")
    List<Objection> findObjections(long noticeId);

    @Select(OBJECTION_SELECT + " WHERE o.id = #{id}")
    Optional<Objection> findObjection(long id);

    @Select("""
            SELECT COUNT(*) FROM notice_objection
            WHERE notice_id = #{noticeId} AND case_id = #{caseId} AND status = 'PENDING'""")
    int pendingObjections(@Param("noticeId") long noticeId, @Param("caseId") long caseId);
}
