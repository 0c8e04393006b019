package com.casedesk.casefile;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface CaseEventRepository extends ListCrudRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseNumberOrderById(String caseNumber);
}
