package com.casedesk.notification.letter;

import com.casedesk.notification.letter.NoticeLetterProcess.Vars;
import com.casedesk.process.VariableOwnership;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The letter's facts on 寄送书面告知 are the service's: the outbox id above all, which names the notice
 * the posting proves, so nobody records a posting against another letter.
 */
@Component
class LetterVariableOwnership implements VariableOwnership {

    private static final Set<String> OWNED = Set.of(Vars.OUTBOX_ID.name(), Vars.PURPOSE.name(), Vars.RECIPIENT.name(),
            Vars.PDF_LINK.name(), Vars.WRITTEN_ON.name(), Vars.TRACKING_REQUIRED.name());

    @Override
    public Set<String> serviceOwned() {
        return OWNED;
    }
}
