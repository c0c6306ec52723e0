package io.jiceng.platform.login;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface LoginAttemptMapper {

    record LoginAttempt(String username, int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    @Select("SELECT username, failures, last_failure_at, locked_until FROM login_attempt WHERE username = #{username}")
    Optional<LoginAttempt> find(String username);

    @Insert("INSERT INTO login_attempt (username, failures, last_failure_at) VALUES (#{username}, 1, #{at})")
    void insertFirstFailure(@Param("username") String username, @Param("at") Instant at);

    /** Counts in the database, so that two nodes failing the same user at once both count. */
    @Update("UPDATE login_attempt SET failures = failures + 1, last_failure_at = #{at} WHERE username = #{username}")
    int countFailure(@Param("username") String username, @Param("at") Instant at);

    @Update("UPDATE login_attempt SET failures = 0, locked_until = #{until} WHERE username = #{username}")
    void lock(@Param("username") String username, @Param("until") Instant until);

    @Delete("DELETE FROM login_attempt WHERE username = #{username}")
    void forget(String username);
}
