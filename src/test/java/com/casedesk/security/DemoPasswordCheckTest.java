package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.process.StoredPasswords;
import com.casedesk.support.PostgresTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 §7: a database first run without {@code prod} keeps the demo accounts; the production start
 * refuses while any account has the demo password, over the real engine on PostgreSQL, and the check itself
 * neither counts a failed login nor changes a password (except the administrator's demo password, which
 * CASEDESK_ADMIN_PASSWORD replaces).
 */
@PostgresTest
class DemoPasswordCheckTest {

    private static final String ADMIN_PASSWORD = "a-long-enough-admin-secret";

    @Autowired StoredPasswords storedPasswords;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theProductionStartIsRefusedNamingEveryDemoAccountAndLocksNobody() {
        String real = newUser("a-long-real-password");
        Map<String, Map<String, Object>> before = accountRows();

        assertThatThrownBy(() -> ProductionSafety.refuseDemoPasswords(storedPasswords, identityService, "admin", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The prod profile does not start while accounts have the demo password: ")
                .hasMessageContainingAll("admin", "frontline", "supervisor", "wb-custodian", "owner", "CASEDESK_ADMIN_PASSWORD")
                .message().doesNotContain(real);

        // no failed-attempt counter, lock or password changed, the real account's included
        assertThat(accountRows()).isEqualTo(before);
        assertThat(before.get(real).get("attempts_")).isIn(null, 0); // never a failed login
    }

    @Test
    void theConfiguredPasswordReplacesTheAdministratorsDemoPasswordAndTheOthersStillStopTheStart() {
        try {
            assertThatThrownBy(() -> ProductionSafety.refuseDemoPasswords(storedPasswords, identityService, "admin", ADMIN_PASSWORD))
                    .hasMessageContaining("frontline")
                    .message().doesNotContain(": admin,");
            assertThat(storedPasswords.accountsWithPassword("demo")).doesNotContain("admin").contains("frontline");
            assertThat(storedPasswords.accountsWithPassword(ADMIN_PASSWORD)).containsExactly("admin");
        } finally {
            setPassword(List.of("admin"), "demo");
        }
    }

    @Test
    void theProductionStartGoesAheadOnceNoAccountHasTheDemoPassword() {
        List<String> demoAccounts = storedPasswords.accountsWithPassword("demo");
        assertThat(demoAccounts).contains("admin", "frontline");
        try {
            setPassword(demoAccounts.stream().filter(id -> !id.equals("admin")).toList(), "a-changed-password-" + UUID.randomUUID());

            assertThatNoException().isThrownBy(() ->
                    ProductionSafety.refuseDemoPasswords(storedPasswords, identityService, "admin", ADMIN_PASSWORD));
            assertThat(storedPasswords.accountsWithPassword("demo")).isEmpty();
        } finally {
            setPassword(demoAccounts, "demo"); // the other test classes share this database and log in with it
        }
        assertThat(storedPasswords.accountsWithPassword("demo")).containsExactlyElementsOf(demoAccounts);
    }

    private String newUser(String password) {
        String id = "real-" + UUID.randomUUID().toString().substring(0, 8);
        var user = identityService.newUser(id);
        user.setPassword(password);
        identityService.saveUser(user);
        return id;
    }

    private void setPassword(List<String> ids, String password) {
        for (String id : ids) {
            var user = identityService.createUserQuery().userId(id).singleResult();
            user.setPassword(password);
            identityService.saveUser(user);
        }
    }

    private Map<String, Map<String, Object>> accountRows() {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        jdbc.queryForList("select id_, rev_, pwd_, salt_, attempts_, lock_exp_time_ from act_id_user")
                .forEach(row -> rows.put((String) row.get("id_"), row));
        return rows;
    }
}
