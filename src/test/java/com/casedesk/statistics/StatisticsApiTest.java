package com.casedesk.statistics;

import com.casedesk.support.PostgresTest;

/** The statistics API's figures for the known set, on PostgreSQL (production, and the other tests). */
@PostgresTest
class StatisticsApiTest extends KnownSetStatistics {
}
