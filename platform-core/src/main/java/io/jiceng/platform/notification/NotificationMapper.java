package io.jiceng.platform.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface NotificationMapper {

    String COLUMNS = "id, recipient, kind, case_id, task_id, message, sent_by, created_at, read_at";

    @Insert("""
            INSERT INTO notification (recipient, kind, case_id, task_id, message, sent_by, created_at)
            VALUES (#{recipient}, #{kind}, #{caseId}, #{taskId}, #{message}, #{sentBy}, #{createdAt})""")
    void insert(Notification notification);

    @Select("SELECT " + COLUMNS + " FROM notification WHERE recipient = #{recipient} ORDER BY created_at DESC, id DESC LIMIT #{limit}")
    List<Notification> latestFor(@Param("recipient") String recipient, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM notification WHERE recipient = #{recipient} AND read_at IS NULL")
    long countUnread(String recipient);

    @Select("SELECT MAX(created_at) FROM notification WHERE task_id = #{taskId} AND kind = #{kind}")
    Optional<Instant> lastSentAbout(@Param("taskId") String taskId, @Param("kind") NotificationKind kind);

    @Update("UPDATE notification SET read_at = #{at} WHERE id = #{id} AND recipient = #{recipient} AND read_at IS NULL")
    int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("at") Instant at);
}
