package com.casedesk.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface OutboxRepository extends ListCrudRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByCaseNumberOrderById(String caseNumber);

    Optional<OutboxMessage> findFirstByDeliveryReferenceOrderByIdDesc(String deliveryReference);

    /** The dev inbox: the newest notices that stayed in the service (reference {@code inbox-…}). */
    List<OutboxMessage> findTop200ByDeliveryReferenceStartingWithOrderByIdDesc(String prefix);

    List<OutboxMessage> findTop200ByCaseNumberAndDeliveryReferenceStartingWithOrderByIdDesc(String caseNumber, String prefix);
}
