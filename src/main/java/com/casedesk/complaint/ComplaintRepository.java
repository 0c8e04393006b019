package com.casedesk.complaint;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface ComplaintRepository extends ListCrudRepository<Complaint, Long> {

    Optional<Complaint> findByCaseNumber(String caseNumber);

    default Complaint getByCaseNumber(String caseNumber) {
        return findByCaseNumber(caseNumber).orElseThrow(() -> new ComplaintNotFoundException(caseNumber));
    }
}
