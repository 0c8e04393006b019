package com.casedesk.process;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * {@link MigrationGuard} refused a migration before the engine moved anything: 403 when the caller does
 * not own the process, 400 when the plan is not one the service would generate. Answered as
 * problem+json listing every reason on {@code /engine-rest} ({@link MigrationRefusalMapper}) and on
 * {@code /api}.
 */
public class MigrationRefused extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> reasons;

    MigrationRefused(int status, List<String> reasons) {
        super("迁移被拒绝 (migration refused): " + String.join("; ", reasons));
        this.status = status;
        this.reasons = List.copyOf(reasons);
    }

    public int status() {
        return status;
    }

    public List<String> reasons() {
        return reasons;
    }
}
