package com.casedesk.rectification;

/**
 * The case types whose decisions order rectification actions. Rectification is shared by complaints and
 * whistleblowing reports and depends on neither: the complaint ledger vouches for its case numbers through
 * this interface, a report's running process vouches for its own.
 */
public interface RectifiedCases {

    /**
     * Throws the case type's own not-found problem (404) when there is no complaint with this number.
     */
    void requireComplaint(String caseNumber);
}
