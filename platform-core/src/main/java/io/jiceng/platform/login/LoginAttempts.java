package io.jiceng.platform.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user name after {@code platform.login.max-failures} failed local logins in a row (5 by default) for
 * {@code platform.login.lock-duration} (15 minutes by default). Kept in the database: a restart does not unlock,
 * and every node sees the same count. User names that do not exist are counted and locked alike, so that the
 * answer "locked" reveals nothing about who has an account.
 */
@Service
public class LoginAttempts {

    static final int NAME_LENGTH = 64;

    private final LoginAttemptMapper mapper;
    private final int maxFailures;
    private final Duration lockDuration;
    private Clock clock = Clock.systemUTC();

    public LoginAttempts(LoginAttemptMapper mapper, @Value("${platform.login.max-failures:5}") int maxFailures,
                         @Value("${platform.login.lock-duration:15m}") Duration lockDuration) {
        this.mapper = mapper;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    /** For tests that need a lock to run out without waiting. */
    @Autowired(required = false)
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        Instant now = clock.instant();
        return mapper.find(key(username)).map(attempt -> attempt.lockedUntil() != null && attempt.lockedUntil().isAfter(now))
                .orElse(false);
    }

    /** One more failure; the one that reaches the limit locks the name. Returns whether the name is now locked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean failed(String username) {
        String key = key(username);
        Instant now = clock.instant();
        if (mapper.countFailure(key, now) == 0) {
            try {
                mapper.insertFirstFailure(key, now);
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                mapper.countFailure(key, now);
            }
        }
        var attempt = mapper.find(key).orElseThrow();
        if (attempt.failures() >= maxFailures) {
            mapper.lock(key, now.plus(lockDuration));
            return true;
        }
        return false;
    }

    /** A successful login starts the count afresh. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        mapper.forget(key(username));
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
    }
}
