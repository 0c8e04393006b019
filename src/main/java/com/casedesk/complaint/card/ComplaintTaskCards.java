package com.casedesk.complaint.card;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.ComplaintRepository.CardFacts;
import com.casedesk.deadline.ServiceZone;
import com.casedesk.process.TaskCard;
import com.casedesk.process.TaskCardSource;
import com.casedesk.process.TaskCards;
import com.casedesk.security.AccessMatrix;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist card of every task about a complaint, in any of its processes (handling, extension,
 * review, rectification, notices, letters — their business key is the case number): case number,
 * level and category as the staff read them, and the reply deadline as a date. Taken from the ledger,
 * which holds the current level and deadline; kept current by {@link #refresh} whenever the clock or
 * the level changes (DeadlinePropagation, Grading).
 */
@Component
@Order(20)
public class ComplaintTaskCards implements TaskCardSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ComplaintRepository complaints;
    private final TaskCards cards;
    private final ServiceZone zone;

    ComplaintTaskCards(ComplaintRepository complaints, TaskCards cards, ServiceZone zone) {
        this.complaints = complaints;
        this.cards = cards;
        this.zone = zone;
    }

    @Override
    public Optional<TaskCard> cardFor(String processDefinitionKey, String businessKey, Date taskDue) {
        if (businessKey == null) {
            return Optional.empty();
        }
        return complaints.findCardFacts(businessKey).map(this::card);
    }

    /** The complaint's level or deadline changed: its open tasks show the new values. */
    public void refresh(Complaint complaint) {
        cards.refresh(complaint.getCaseNumber(), card(CardFacts.of(complaint)));
    }

    TaskCard card(CardFacts complaint) {
        return new TaskCard(complaint.caseNumber(), levelLabel(complaint.level()),
                complaint.category() == null ? null : complaint.category().label(),
                complaint.replyDueBy() == null ? null : DAY.format(complaint.replyDueBy().atZone(zone.zone())),
                TaskCard.priorityOf(complaint.level()), AccessMatrix.COMPLAINT_TASK_FOLLOWERS);
    }

    static String levelLabel(Integer level) {
        if (level == null) {
            return "待定级";
        }
        return switch (level) {
            case 1 -> "一级";
            case 2 -> "二级";
            case 3 -> "三级";
            default -> level + "级";
        };
    }
}
