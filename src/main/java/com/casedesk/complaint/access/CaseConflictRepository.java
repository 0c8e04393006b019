package com.casedesk.complaint.access;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CaseConflictRepository extends ListCrudRepository<CaseConflict, Long> {

    List<CaseConflict> findByCaseNumberOrderById(String caseNumber);

    /**
     * Who is barred, and nothing else: asked before every command on a case's tasks (TaskCommandGuard) and at
     * every task's creation, so spelled out rather than derived and mapped to whole rows.
     */
    @Query("select user_id from case_conflict where case_number = :caseNumber order by id")
    List<String> findUserIdsByCaseNumber(String caseNumber);

    boolean existsByCaseNumberAndUserId(String caseNumber, String userId);
}
