package com.casedesk.complaint.clock;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** Four eyes on an extension (Art. 18): whoever asked for it may neither take nor decide its approval. */
@UnitTest
class ExtensionFourEyesTest {

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
}
