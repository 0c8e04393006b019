package com.casedesk.complaint;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A period that does not count against the reply deadline. */
@Table("clock_pause")
public record ClockPause(@Id Long id, String caseNumber, Kind kind, String reason, Instant startedAt, String startedBy,
                  Instant endedAt, String endedBy) {

    public enum Kind {
        /** Appraisal, testing or valuation by an outside body (Art. 18 ¶2). */
        EXTERNAL_APPRAISAL("外部鉴定、检测或评估"),
        /** Mediation (Art. 23). */
        MEDIATION("调解");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ClockPause end(Instant at, String by) {
        return new ClockPause(id, caseNumber, kind, reason, startedAt, startedBy, at, by);
    }
}
