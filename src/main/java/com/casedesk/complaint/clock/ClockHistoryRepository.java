package com.casedesk.complaint.clock;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ClockHistoryRepository extends ListCrudRepository<ClockHistory.Entry, Long> {

    List<ClockHistory.Entry> findByCaseNumberOrderById(String caseNumber);

    boolean existsByCaseNumber(String caseNumber);
}
