package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;

/**
 * TaskCommandGuard finds the task and the person a command names in Camunda's command fields. A Camunda
 * upgrade that renames them would silently switch the rules off for that command: this test fails first.
 */
@UnitTest
class TaskCommandGuardTest {

    @Test
    void everyGuardedCommandStillNamesItsTaskAndPersonInTheFieldsTheGuardReads() {
        for (Class<?> command : List.of(CompleteTaskCmd.class, ResolveTaskCmd.class, SubmitTaskFormCmd.class,
                HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class, ClaimTaskCmd.class, DelegateTaskCmd.class,
                AssignTaskCmd.class, SetTaskOwnerCmd.class, AddUserIdentityLinkCmd.class, GetTaskVariablesCmd.class)) {
            assertThat(field(command, "taskId")).as(command.getSimpleName() + ".taskId").isEqualTo(String.class);
        }
        for (Class<?> command : List.of(ClaimTaskCmd.class, DelegateTaskCmd.class, AssignTaskCmd.class,
                SetTaskOwnerCmd.class, AddUserIdentityLinkCmd.class)) {
            assertThat(field(command, "userId")).as(command.getSimpleName() + ".userId").isEqualTo(String.class);
        }
        for (Class<?> command : TaskCommandGuard.TASK_VARIABLE_COMMANDS) {
            assertThat(field(command, "entityId")).as(command.getSimpleName() + ".entityId").isEqualTo(String.class);
        }
        assertThat(field(SaveTaskCmd.class, "task")).isEqualTo(TaskEntity.class);
    }

    private static Class<?> field(Class<?> type, String name) {
        for (Class<?> t = type; t != Object.class; t = t.getSuperclass()) {
            for (Field field : t.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field.getType();
                }
            }
        }
        return null;
    }
}
