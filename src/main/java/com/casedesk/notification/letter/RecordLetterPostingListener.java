package com.casedesk.notification.letter;

import com.casedesk.notification.letter.LetterPostings.Checked;
import com.casedesk.notification.letter.NoticeLetterProcess.Vars;
import com.casedesk.process.EngineCaller;
import com.casedesk.process.ModelFacing;
import com.casedesk.process.ProcessVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 寄送书面告知 completed: the posting (the proof of notice) or why the letter cannot be posted. A person's
 * input was already checked before the command ({@link LetterPostingRule}); this checks it again for
 * the service's own calls.
 */
@ModelFacing
@Component("recordLetterPostingListener")
class RecordLetterPostingListener implements TaskListener {

    private static final List<ProcessVariable<?>> FORM_FIELDS = List.of(Vars.OUTCOME, Vars.POSTED_ON,
            Vars.TRACKING_NUMBER, Vars.UNDELIVERABLE_REASON);

    private final LetterPostings postings;
    private final IdentityService identityService;

    RecordLetterPostingListener(LetterPostings postings, IdentityService identityService) {
        this.postings = postings;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        long outboxId = Vars.OUTBOX_ID.require(task);
        Map<String, Object> submitted = new HashMap<>();
        for (ProcessVariable<?> field : FORM_FIELDS) {
            submitted.put(field.name(), field.submitted(task));
        }
        Checked checked = postings.check(outboxId, submitted);
        if (checked.problem() != null) {
            throw new BadUserRequestException(checked.problem().field() + " " + checked.problem().message());
        }
        String by = EngineCaller.currentUserId(identityService)
                .orElse(task.getAssignee() == null ? "system" : task.getAssignee());
        postings.record(outboxId, checked.input(), by);
    }
}
