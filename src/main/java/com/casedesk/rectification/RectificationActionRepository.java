package com.casedesk.rectification;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface RectificationActionRepository extends ListCrudRepository<RectificationAction, Long> {

    List<RectificationAction> findByCaseNumberOrderById(String caseNumber);

    /** For the process's steps: the action they were started for exists, or the model is broken. */
    default RectificationAction getById(long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("no rectification action " + id));
    }
}
