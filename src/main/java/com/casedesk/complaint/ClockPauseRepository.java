package com.casedesk.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ClockPauseRepository extends ListCrudRepository<ClockPause, Long> {

    List<ClockPause> findByCaseNumberOrderById(String caseNumber);

    @Query("select * from clock_pause where case_number = :caseNumber and ended_at is null")
    Optional<ClockPause> findRunning(String caseNumber);
}
