package com.casedesk.whatif;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.PostgresTest;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link StaffingFitContract} on PostgreSQL, where the fit's connection refuses every write. */
@PostgresTest
class StaffingFitTest extends StaffingFitContract {

    @Autowired DataSource dataSource;

    @Test
    void theConnectionCannotWrite() throws SQLException {
        try (Connection connection = FitSource.of(url, user, password).open()) {
            assertThatThrownBy(() -> connection.createStatement().execute("create table whatif_fit_probe (id integer)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("read-only");
            connection.rollback();
        }
        try (Connection connection = FitSource.readOnly(dataSource.getConnection())) {
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("update complaint set version = version"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("read-only");
            connection.rollback();
        }
    }
}
