package com.casedesk.complaint.search;

import com.casedesk.support.PostgresTest;

/** The search contract on PostgreSQL, with the trigram and phone-digit indexes (vendor V19_1_1). */
@PostgresTest
class ComplaintSearchApiTest extends ComplaintSearchContract {
}
