package com.casedesk.complaint.access;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface CaseConflictRepository extends ListCrudRepository<CaseConflict, Long> {

    List<CaseConflict> findByCaseNumberOrderById(String caseNumber);

    boolean existsByCaseNumberAndUserId(String caseNumber, String userId);
}
