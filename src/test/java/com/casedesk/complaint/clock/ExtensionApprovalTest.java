package com.casedesk.complaint.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The approval of an extension (Art. 18): four eyes, and the approver's yes or no as forms and the REST API submit it. */
@UnitTest
class ExtensionApprovalTest {

    @Test
    void theRequesterIsRefused() {
        assertThatThrownBy(() -> Extensions.requireNotRequester("审批延期", "alice", "alice"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("四眼原则 (four-eyes): alice is the requester and cannot also approve '审批延期'");
    }

    @Test
    void anyoneElseMayApprove() {
        assertThatCode(() -> Extensions.requireNotRequester("审批延期", "bob", "alice")).doesNotThrowAnyException();
    }

    @Test
    void aTaskHandedBackToTheGroupHasNobodyToRefuse() {
        assertThatCode(() -> Extensions.requireNotRequester("审批延期", null, "alice")).doesNotThrowAnyException();
    }

    @Test
    void aRadioButtonsStringAndTheApisBooleanAreBothAnAnswer() {
        assertThat(Extensions.approved("extensionApproved", "true")).isTrue();
        assertThat(Extensions.approved("extensionApproved", Boolean.TRUE)).isTrue();
        assertThat(Extensions.approved("extensionApproved", "false")).isFalse();
        assertThat(Extensions.approved("extensionApproved", Boolean.FALSE)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "yes", "TRUE", " true"})
    void anythingElseIsNoAnswer(String submitted) {
        assertThatThrownBy(() -> Extensions.approved("extensionApproved", submitted))
                .isInstanceOf(BadUserRequestException.class).hasMessage("extensionApproved must be true or false");
    }
}
