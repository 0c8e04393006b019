package com.casedesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The bean has two {@code addWorkingDays} overloads of the same arity; this checks that the engine's
 * JUEL (camunda-juel, the same {@code BeanELResolver} the process engine invokes beans through)
 * picks the one that matches the variable's type, with an integer literal as JUEL's {@code Long}.
 */
@UnitTest
class WorkingDayCalendarExpressionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ExpressionFactoryImpl juel = new ExpressionFactoryImpl();
    private final SimpleContext context = new SimpleContext();

    WorkingDayCalendarExpressionTest() {
        WorkingDayCalendar workingDays = new WorkingDayCalendar(
                new WorkingCalendarProperties(WorkingCalendarProperties.DEFAULT_LOCATION),
                new DefaultResourceLoader(), new SimpleMeterRegistry(), "Asia/Shanghai");
        context.setVariable("workingDays", juel.createValueExpression(workingDays, WorkingDayCalendar.class));
    }

    @Test
    void aDateVariableGetsTheEndOfTheLastWorkingDay() {
        Date receivedAt = Date.from(ZonedDateTime.of(2026, 9, 29, 10, 15, 0, 0, SHANGHAI).toInstant());
        context.setVariable("receivedAt", juel.createValueExpression(receivedAt, Date.class));

        Object due = evaluate("${workingDays.addWorkingDays(receivedAt, 7)}");

        assertThat(due).isEqualTo(Date.from(ZonedDateTime.of(2026, 10, 13, 23, 59, 59, 0, SHANGHAI).toInstant()));
    }

    @Test
    void aLocalDateVariableGetsADay() {
        context.setVariable("receivedOn", juel.createValueExpression(LocalDate.of(2026, 9, 28), LocalDate.class));

        assertThat(evaluate("${workingDays.addWorkingDays(receivedOn, 5)}")).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(evaluate("${workingDays.isWorkingDay(receivedOn)}")).isEqualTo(true);
    }

    private Object evaluate(String expression) {
        return juel.createValueExpression(context, expression, Object.class).getValue(context);
    }
}
