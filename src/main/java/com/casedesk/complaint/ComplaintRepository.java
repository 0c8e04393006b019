package com.casedesk.complaint;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ComplaintRepository extends ListCrudRepository<Complaint, Long> {

    /**
     * Spelled out rather than derived from the method name: a derived query is built anew on every
     * call, and this one runs several times per intake (docs/performance.md, Intake).
     */
    @Query("select * from complaint where case_number = :caseNumber")
    Optional<Complaint> findByCaseNumber(String caseNumber);

    /**
     * An open complaint by the same person (ID number, else phone, else e-mail) about the same kind of
     * matter against the same unit: a repeat complaint (Art. 18 ¶3).
     */
    @Query("""
            select * from complaint
            where status not in ('CLOSED', 'WITHDRAWN')
              and category = :category
              and coalesce(respondent_unit, '') = coalesce(:unit, '')
              and ((:idNumber is not null and complainant_id_number = :idNumber)
                or (:idNumber is null and :phone is not null and complainant_phone = :phone)
                or (:idNumber is null and :phone is null and complainant_email = :email))
            order by id
            """)
    java.util.List<Complaint> findOpenRepeatOf(String category, String unit, String idNumber, String phone, String email);

    default Complaint getByCaseNumber(String caseNumber) {
        return findByCaseNumber(caseNumber).orElseThrow(() -> new ComplaintNotFoundException(caseNumber));
    }
}
