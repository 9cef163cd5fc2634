package org.contactexport.delivery.schedule;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.contactexport.delivery.PlainText;

/**
 * A new schedule: based on a completed export ({@code fromExport}) or on a template.
 *
 * @param fileNamePattern e.g. {@code contacts_{yyyyMMdd_HHmm}.csv}: {@code {name}} and any
 *                        date-time pattern in braces, resolved in the time zone at the due time
 * @param startDate       the first day a run may happen; today by default, at most 10 years
 *                        ahead
 * @param endDate         the last day a run may happen; one year after creation by default,
 *                        at most 10 years after startDate
 */
record ScheduleRequest(
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotNull UUID targetId,
        @Schema(example = "contacts_{yyyyMMdd_HHmm}.csv") @NotBlank @Size(max = 255)
        @PlainText String fileNamePattern,
        @NotNull @Valid Frequency frequency,
        @Schema(example = "Europe/Paris") @NotBlank @PlainText String timeZone,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 100) List<@Size(min = 1, max = 100) @PlainText String> notifyUserIds,
        @Schema(description = "Id of a completed export whose source, fields and file "
                + "options the schedule reuses") UUID fromExport,
        @Valid ScheduleTemplate template) {
}
