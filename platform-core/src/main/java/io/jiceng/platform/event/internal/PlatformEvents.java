package io.jiceng.platform.event.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes the core's events (package {@code io.jiceng.platform.event}) once the change they tell of is committed,
 * and never when it is rolled back, so that a listener never sees a change that did not happen.
 */
@Component
public class PlatformEvents {

    private static final Logger log = LoggerFactory.getLogger(PlatformEvents.class);

    private final ApplicationEventPublisher publisher;

    public PlatformEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void publish(Object event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deliver(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deliver(event);
            }
        });
    }

    // The change is committed by now: a failing listener must not make the caller believe it was not.
    private void deliver(Object event) {
        try {
            publisher.publishEvent(event);
        } catch (RuntimeException e) {
            log.error("A listener failed on {}", event, e);
        }
    }
}
