package org.contactexport.delivery.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.contactexport.delivery.PlainText;

/** A partial edit: only the fields given change; the runs so far are kept. */
record ScheduleChanges(
        @Size(min = 1, max = 200) @PlainText String name,
        UUID targetId,
        @Size(min = 1, max = 255) @PlainText String fileNamePattern,
        @Valid Frequency frequency,
        @PlainText String timeZone,
        LocalDate endDate,
        @Size(max = 100) List<@Size(min = 1, max = 100) @PlainText String> notifyUserIds,
        @Valid ScheduleTemplate.Source source,
        // @Size, not @NotEmpty: an edit that leaves the fields out keeps them.
        @Size(min = 1, max = 500) List<@Pattern(regexp = "[A-Za-z0-9_.\\-]{1,100}") String>
                fields,
        @Valid ScheduleTemplate.File file) {
}
