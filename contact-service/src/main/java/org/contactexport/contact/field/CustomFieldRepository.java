package org.contactexport.contact.field;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomFieldRepository extends JpaRepository<CustomField, Long> {

    List<CustomField> findByAccountIdOrderById(String accountId);

    boolean existsByAccountIdAndName(String accountId, String name);
}
