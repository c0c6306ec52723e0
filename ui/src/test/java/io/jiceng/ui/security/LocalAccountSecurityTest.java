package io.jiceng.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.ui.UiTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.jiceng.ui.ScreenTest;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The embedded default's local accounts: lockout over every password route, and what the login page says. */
@ScreenTest
class LocalAccountSecurityTest extends UiTestSupport {

    @Autowired WebApplicationContext web;
    @Autowired StaffService staff;
    @Autowired AuditLog audit;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        // Each cached test context installs its own security-context strategy in the static holder; the request's
        // filters write to this context's, so the code behind them must read the same one.
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(
                web.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class));
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fiveWrongPasswordsOnTheApiLockTheAccountAndEachFailureIsAudited() throws Exception {
        staff.create("api-locked", "许少鹏", "Right@2026", "350583001", EnumSet.of(Role.STREET_CLERK));
        mvc.perform(get("/api/v1/me").header("Authorization", basic("api-locked", "Right@2026")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
                        .isEqualTo(200));

        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").header("Authorization", basic("api-locked", "Wrong@2026")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").header("Authorization", basic("api-locked", "Right@2026")))
                .andExpect(status().isUnauthorized());

        assertThat(audit.findByTarget(AuditLog.STAFF, "api-locked")).extracting(AuditEvent::action)
                .containsOnly(AuditAction.LOGIN_FAILED).hasSize(6);
        assertThat(audit.findByTarget(AuditLog.STAFF, "api-locked")).extracting(AuditEvent::detail)
                .noneMatch(detail -> detail != null && detail.contains("2026"));
    }

    @Test
    void theLoginPageSaysTheAccountIsLockedWithoutSayingWhetherItExists() {
        loginAs("clerk");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("login.locked"));

        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("账号已暂时锁定", "15 分钟");
    }

    @Test
    void aWrongPasswordStillGetsTheUsualMessage() {
        loginAs("clerk");
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new org.springframework.security.authentication.BadCredentialsException("Bad credentials"));

        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).doesNotContain("锁定");
    }
}
