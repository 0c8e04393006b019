package com.casedesk.deadline;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service's time zone: where a statutory day starts and ends, for every case type. Configured as
 * {@code casedesk.zone}; installations that set only the older {@code casedesk.complaint.zone} keep it.
 */
@Component
public class ServiceZone {

    private final ZoneId zone;

    public ServiceZone(@Value("${casedesk.zone:${casedesk.complaint.zone}}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }
}
