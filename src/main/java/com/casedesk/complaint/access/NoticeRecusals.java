package com.casedesk.complaint.access;

import com.casedesk.notification.CaseRecusals;
import org.springframework.stereotype.Component;

/** Tells notification who is barred from a complaint ({@link Recusal}), e.g. before a letter's PDF is shown. */
@Component
class NoticeRecusals implements CaseRecusals {

    private final Recusal recusal;

    NoticeRecusals(Recusal recusal) {
        this.recusal = recusal;
    }

    @Override
    public boolean isBarred(String caseNumber, String userId) {
        return recusal.isBarred(caseNumber, userId);
    }
}
