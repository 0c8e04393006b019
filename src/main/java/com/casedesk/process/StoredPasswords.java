package com.casedesk.process;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Which engine accounts still have a given (publicly known) password. Compares the stored salted hash
 * through the engine's own password manager, exactly as the engine does at login, but without
 * {@code IdentityService.checkPassword}: that counts a failed login per non-matching account and, run
 * on every start, would lock real accounts.
 */
@Component
public class StoredPasswords {

    private final ProcessEngine engine;

    StoredPasswords(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The ids of the accounts whose stored password is {@code candidate}, sorted. Changes nothing. */
    public List<String> accountsWithPassword(String candidate) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // meant for start-up, where no user is authenticated: the query then sees every account
        return engine.getIdentityService().createUserQuery().orderByUserId().asc().list().stream()
                .filter(user -> matches(configuration, candidate, user))
                .map(User::getId)
                .toList();
    }

    private static boolean matches(ProcessEngineConfigurationImpl configuration, String candidate, User user) {
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
            return false; // an account without a password cannot log in with one
        }
        return configuration.getPasswordManager().check(EncryptionUtil.saltPassword(candidate, entity.getSalt()), entity.getPassword());
    }
}
