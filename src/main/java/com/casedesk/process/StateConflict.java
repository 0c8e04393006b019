package com.casedesk.process;

/**
 * A refusal because of the case's state (closed, already paused, an extension already waiting, the
 * extensions used up): answered as a 409 problem naming {@link #rule()} in Chinese and English. Domain
 * exceptions of any kind may carry it; {@link StateRefusalUnwrapping} finds one the engine wrapped.
 */
public interface StateConflict {

    /** The rule's name as staff know it, Chinese with English, e.g. "时钟已暂停 Clock already paused". */
    String rule();

    /** Why, without naming anything the person may not see. */
    String reason();
}
