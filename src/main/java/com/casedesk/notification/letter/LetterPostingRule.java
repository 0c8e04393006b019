package com.casedesk.notification.letter;

import com.casedesk.notification.letter.LetterPostings.Checked;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskInputRefused;
import com.casedesk.process.TaskInputRule;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The 寄送书面告知 form's input, checked before a person's complete runs: a 400 naming the field. */
@Component
class LetterPostingRule implements TaskInputRule {

    private final LetterPostings postings;

    LetterPostingRule(LetterPostings postings) {
        this.postings = postings;
    }

    @Override
    public void check(TaskFacts task, Map<String, Object> submitted) {
        if (!NoticeLetterProcess.KEY.equals(task.processDefinitionKey())
                || !NoticeLetterProcess.Elements.POST.equals(task.taskDefinitionKey())
                || !(task.variable(NoticeLetterProcess.Vars.OUTBOX_ID.name()) instanceof Number outboxId)) {
            return;
        }
        Checked checked = postings.check(outboxId.longValue(), submitted);
        if (checked.problem() != null) {
            throw new TaskInputRefused(checked.problem().field(), checked.problem().message());
        }
    }
}
