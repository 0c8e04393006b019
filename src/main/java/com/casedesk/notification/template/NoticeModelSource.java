package com.casedesk.notification.template;

import java.util.Map;
import java.util.Optional;

/**
 * The case type that owns some notices builds their model from one of its cases, for the compliance
 * preview ({@link NoticeTemplateController}); implemented beside the case type, so that notification
 * depends on none of them.
 */
public interface NoticeModelSource {

    /** Whether {@code template} is a notice of this source's cases. */
    boolean owns(NoticeTemplate template);

    /** The model of {@code template} from the case, as the notice would be sent; empty when there is no such case. */
    Optional<Map<String, Object>> model(NoticeTemplate template, String caseNumber);
}
