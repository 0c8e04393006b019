package com.casedesk.casefile;

import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two numberings, one per case type, under the bean names they always had. Numbers are dated in the
 * service's time zone (casedesk.complaint.zone), read as a property so that neither case type depends on
 * the other for it.
 */
@Configuration(proxyBeanMethods = false)
class CaseNumbering {

    /** 投诉编号, e.g. {@code TS20261123000042}. */
    @Bean(CaseNumbers.COMPLAINTS)
    CaseNumbers caseNumbers(DataSource dataSource, @Value("${casedesk.complaint.zone}") ZoneId zone) {
        return new CaseNumbers("TS", dataSource, "complaint_case_seq", zone);
    }

    /** 举报编号, e.g. {@code JB20261123000042}. */
    @Bean(CaseNumbers.REPORTS)
    CaseNumbers reportNumbers(DataSource dataSource, @Value("${casedesk.complaint.zone}") ZoneId zone) {
        return new CaseNumbers(CaseNumbers.REPORT_PREFIX, dataSource, "wb_report_seq", zone);
    }
}
