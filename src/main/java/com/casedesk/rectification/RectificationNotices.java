package com.casedesk.rectification;

import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** The wording of notices to staff about rectification actions. */
@Component
class RectificationNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    String reminder(RectificationAction a) {
        return "整改提醒：投诉" + a.getCaseNumber() + "的整改措施（#" + a.getId() + "）将于" + DATE.format(a.getDeadline())
                + "到期，请按期落实整改，并在任务“落实整改”中填写整改结果。整改内容：" + a.getDescription();
    }
}
