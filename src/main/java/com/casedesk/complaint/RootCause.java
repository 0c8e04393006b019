package com.casedesk.complaint;

/** Root-cause codes (原因分析, 002 §4.2), offered by the investigation form. */
enum RootCause {
    INTERNAL_MANAGEMENT, BUSINESS_PROCESS, STAFF_SERVICE, PRODUCT_DESIGN, SYSTEM_FAILURE, NO_FAULT, OTHER
}
