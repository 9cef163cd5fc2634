package org.contactexport.export.job;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The parts of export jobs. */
public interface ExportParts extends JpaRepository<ExportPart, ExportPart.Key> {

    @Query("select p from ExportPart p where p.key.exportId = ?1 order by p.key.partNumber")
    List<ExportPart> findByExport(UUID exportId);
}
