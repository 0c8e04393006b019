package com.casedesk.rectification;

import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.notification.template.NoticeTemplates;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Notices to staff about rectification actions; words in notices/rectification*.txt. */
@Component
class RectificationNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final NoticeTemplates templates;

    RectificationNotices(NoticeTemplates templates) {
        this.templates = templates;
    }

    NoticeText reminder(RectificationAction a) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseNumber", a.getCaseNumber());
        model.put("actionId", a.getId());
        model.put("actionDeadline", DATE.format(a.getDeadline()));
        model.put("actionDescription", a.getDescription());
        return templates.render(NoticeTemplate.RECTIFICATION, NotificationChannel.INTERNAL, model);
    }
}
