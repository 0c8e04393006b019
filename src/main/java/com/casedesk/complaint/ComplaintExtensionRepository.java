package com.casedesk.complaint;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ComplaintExtensionRepository extends ListCrudRepository<ComplaintExtension, Long> {

    List<ComplaintExtension> findByCaseNumberOrderById(String caseNumber);
}
