package com.casedesk.complaint;

import org.springframework.data.repository.ListCrudRepository;

interface IntakeRequestRepository extends ListCrudRepository<IntakeRequest, String> {
}
