package com.casedesk.complaint.intake;

import org.springframework.data.repository.ListCrudRepository;

interface IntakeRequestRepository extends ListCrudRepository<IntakeRequest, String> {
}
