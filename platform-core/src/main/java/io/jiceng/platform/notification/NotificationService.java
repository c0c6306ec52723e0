package io.jiceng.platform.notification;

import io.jiceng.platform.staff.CurrentStaff;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The user's notifications (the bell): sent by the platform's actions, read by their recipient only. */
@Service
public class NotificationService {

    private final NotificationMapper mapper;
    private final CurrentStaff currentStaff;

    public NotificationService(NotificationMapper mapper, CurrentStaff currentStaff) {
        this.mapper = mapper;
        this.currentStaff = currentStaff;
    }

    /** Sends one notification to each recipient, in the transaction of the action that causes it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<String> recipients, NotificationKind kind, Long caseId, String taskId, String message) {
        String sender = currentStaff.get().username();
        Instant now = Instant.now();
        recipients.forEach(recipient ->
                mapper.insert(new Notification(null, recipient, kind, caseId, taskId, message, sender, now, null)));
    }

    /** When the last notification of this kind about the task was sent, if ever. */
    public Optional<Instant> lastSentAbout(String taskId, NotificationKind kind) {
        return mapper.lastSentAbout(taskId, kind);
    }

    public List<Notification> mine(int limit) {
        return mapper.latestFor(currentStaff.get().username(), Math.max(1, Math.min(limit, 200)));
    }

    public long unreadCount() {
        return mapper.countUnread(currentStaff.get().username());
    }

    @Transactional
    public void markRead(long id) {
        mapper.markRead(id, currentStaff.get().username(), Instant.now());
    }
}
