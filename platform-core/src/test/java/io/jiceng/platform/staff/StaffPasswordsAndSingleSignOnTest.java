package io.jiceng.platform.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Local passwords follow the policy; people vouched for by Keycloak are recorded once and kept up to date. */
@SpringBootTest
class StaffPasswordsAndSingleSignOnTest {

    @Autowired StaffFixture fixture;
    @Autowired StaffService staff;
    @Autowired StaffUserDetailsService users;
    @Autowired PasswordEncoder passwordEncoder;

    @BeforeEach
    void divisionsAndStaff() {
        fixture.ensure();
    }

    @Test
    void aLocalAccountCannotBeCreatedWithAWeakPassword() {
        assertThatThrownBy(() -> staff.create("weak-pw", "张三", "123456", StaffFixture.XIMEI, EnumSet.of(Role.GRID_WORKER)))
                .isInstanceOf(InvalidField.class).extracting(e -> ((Problem) e).messageKey()).isEqualTo("password.too-short");
        assertThat(staff.find("weak-pw")).isEmpty();
    }

    @Test
    void aChangedPasswordFollowsThePolicyToo() {
        staff.create("changer", "张三", "Start@2026", StaffFixture.XIMEI, EnumSet.of(Role.GRID_WORKER));

        assertThatThrownBy(() -> staff.changePassword("changer", "changer@2026A"))
                .extracting(e -> ((Problem) e).messageKey()).isEqualTo("password.contains-username");
        staff.changePassword("changer", "Another#2027");

        assertThat(passwordEncoder.matches("Another#2027", users.loadUserByUsername("changer").getPassword())).isTrue();
    }

    @Test
    void theFirstTokenRecordsThePersonWithoutAPasswordAndLaterTokensRefreshThem() {
        StaffMember first = staff.admitFromIdentityProvider("sso-lin", "林晓燕", StaffFixture.XIMEI,
                EnumSet.of(Role.TOWNSHIP_REVIEWER));

        assertThat(first.id()).isNotNull();
        assertThat(staff.find("sso-lin")).get().satisfies(member -> {
            assertThat(member.displayName()).isEqualTo("林晓燕");
            assertThat(member.candidateGroups()).containsExactly("TOWNSHIP_REVIEWER@350583001");
        });
        assertThat(staff.coveringDivision(StaffFixture.XIMEI_COMMUNITY)).extracting(StaffMember::username).contains("sso-lin");

        StaffMember moved = staff.admitFromIdentityProvider("sso-lin", "林晓燕（调任）", StaffFixture.LIUCHENG,
                EnumSet.of(Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER));

        assertThat(moved.id()).isEqualTo(first.id());
        assertThat(staff.find("sso-lin")).get().satisfies(member -> {
            assertThat(member.displayName()).isEqualTo("林晓燕（调任）");
            assertThat(member.divisionCode()).isEqualTo(StaffFixture.LIUCHENG);
            assertThat(member.roles()).containsExactlyInAnyOrder(Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER);
        });
    }

    @Test
    void someoneRecordedFromKeycloakCannotLogInWithAPasswordHere() {
        staff.admitFromIdentityProvider("sso-only", "黄美玲", StaffFixture.XIMEI_COMMUNITY, EnumSet.of(Role.COMMUNITY_SPECIALIST));
        var passwordLogin = new DaoAuthenticationProvider(users);
        passwordLogin.setPasswordEncoder(passwordEncoder);

        assertThatThrownBy(() -> passwordLogin.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("sso-only", "")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> passwordLogin.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("sso-only", "Demo@2026")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aTokenWithoutAKnownDivisionIsRefusedSayingWhy() {
        assertThatThrownBy(() -> staff.admitFromIdentityProvider("sso-nowhere", "某人", "999999999", EnumSet.of(Role.GRID_WORKER)))
                .isInstanceOf(Problem.class)
                .satisfies(e -> assertThat(((Problem) e).messageKey()).isEqualTo("staff.sso.division.unknown"))
                .satisfies(e -> assertThat(((Problem) e).arguments()).containsExactly("999999999"));
        assertThatThrownBy(() -> staff.admitFromIdentityProvider("sso-nowhere", "某人", null, EnumSet.of(Role.GRID_WORKER)))
                .extracting(e -> ((Problem) e).messageKey()).isEqualTo("staff.sso.division.missing");
        assertThat(staff.find("sso-nowhere")).isEmpty();
    }
}
