package io.jiceng.platform.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Five wrong passwords lock a user name for fifteen minutes; every failure is audited, no password ever is. */
@SpringBootTest
class LocalLoginTest {

    static final String PASSWORD = "Right@2026";
    static final String WRONG = "Wrong@2026";

    @Autowired StaffFixture fixture;
    @Autowired StaffService staff;
    @Autowired LocalLogin login;
    @Autowired LoginAttempts attempts;
    @Autowired AuditLog audit;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    @BeforeEach
    void anAccount() {
        fixture.ensure();
        if (staff.find("lock-me").isEmpty()) {
            staff.create("lock-me", "郑志强", PASSWORD, StaffFixture.XIMEI_COMMUNITY, EnumSet.of(Role.GRID_WORKER));
            staff.create("careful", "傅文杰", PASSWORD, StaffFixture.XIMEI, EnumSet.of(Role.STREET_CLERK));
        }
    }

    @AfterEach
    void realTime() {
        attempts.setClock(Clock.systemUTC());
    }

    private Authentication logIn(String username, String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> logIn(username, WRONG)).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountEvenAgainstTheRightOne() {
        failTimes("lock-me", 4);
        assertThatThrownBy(() -> logIn("lock-me", WRONG)).isInstanceOf(LockedException.class);

        assertThatThrownBy(() -> logIn("lock-me", PASSWORD)).isInstanceOf(LockedException.class)
                .hasMessage(LocalLogin.LOCKED_MESSAGE);
        assertThat(attempts.isLocked("lock-me")).isTrue();
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        staff.create("lock-later", "苏婉清", PASSWORD, StaffFixture.LIUCHENG, EnumSet.of(Role.TOWNSHIP_REVIEWER));
        failTimes("lock-later", 4);
        assertThatThrownBy(() -> logIn("lock-later", WRONG)).isInstanceOf(LockedException.class);

        attempts.setClock(Clock.fixed(Instant.now().plus(Duration.ofMinutes(14)), ZoneOffset.UTC));
        assertThatThrownBy(() -> logIn("lock-later", PASSWORD)).isInstanceOf(LockedException.class);
        attempts.setClock(Clock.fixed(Instant.now().plus(Duration.ofMinutes(16)), ZoneOffset.UTC));
        assertThat(logIn("lock-later", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAfresh() {
        failTimes("careful", 4);
        assertThat(logIn("careful", PASSWORD).isAuthenticated()).isTrue();

        failTimes("careful", 4);
        assertThat(logIn("careful", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aUserNameThatDoesNotExistLocksJustTheSameSoTheAnswerRevealsNothing() {
        failTimes("nobody-here", 4);

        assertThatThrownBy(() -> logIn("nobody-here", WRONG)).isInstanceOf(LockedException.class)
                .hasMessage(LocalLogin.LOCKED_MESSAGE);
    }

    @Test
    void failedLoginsAreAuditedWithoutThePasswordLockedOnesToo() {
        // as Spring Security wires it: the provider behind a manager that announces each outcome
        var manager = new org.springframework.security.authentication.ProviderManager(login);
        manager.setAuthenticationEventPublisher(
                new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(events));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("audited-name", WRONG)))
                    .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        }

        var entries = audit.findByTarget(AuditLog.STAFF, "audited-name");
        assertThat(entries).hasSize(6).extracting(AuditEvent::action).containsOnly(AuditAction.LOGIN_FAILED);
        assertThat(entries).extracting(AuditEvent::detail).contains("BadCredentialsException", "LockedException")
                .noneMatch(detail -> detail.contains(WRONG));
    }
}
