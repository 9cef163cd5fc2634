package org.contactexport.delivery.schedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.contactexport.security.AccountUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/schedules")
@Tag(name = "Schedules", description = "Automated exports delivered to an SFTP target at a "
        + "chosen frequency")
class ScheduleController {

    private final ScheduleCatalog catalog;

    ScheduleController(ScheduleCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping
    @Operation(summary = "Create a schedule",
            description = "From a completed manual export (fromExport: its source, fields and "
                    + "file options are reused) or from an explicit template. Frequency HOURLY "
                    + "(minute), DAILY (time), WEEKLY (dayOfWeek, time), MONTHLY (dayOfMonth, "
                    + "time; a shorter month runs on its last day) or CRON, in timeZone. A "
                    + "template's SEGMENT, SEARCH or CAMPAIGN_RESULT source (reference: the "
                    + "segment or search id, <campaign>/<result> or "
                    + "<campaign>/bounced/<category>) is checked with segment-service and "
                    + "takes its name.")
    @ApiResponse(responseCode = "201", description = "Created, with its next run")
    @ApiResponse(responseCode = "400", description = "What to fix in the schedule or its "
            + "source")
    @ApiResponse(responseCode = "404", description = "The export, target, segment, search or "
            + "campaign is unknown")
    @ApiResponse(responseCode = "409", description = "The export is not completed")
    @ApiResponse(responseCode = "503", description = "segment-service could not be reached to "
            + "check the source; nothing was saved")
    ResponseEntity<ScheduleView> create(@Parameter(hidden = true) AccountUser caller,
            @Valid @RequestBody ScheduleRequest request) {
        DeliverySchedule schedule = catalog.create(caller.accountId(), caller.userId(), request);

        return ResponseEntity.created(URI.create("/api/v1/schedules/" + schedule.id()))
                .body(ScheduleView.of(schedule));
    }

    @GetMapping
    @Operation(summary = "List the account's schedules, oldest first")
    List<ScheduleView> list(@Parameter(hidden = true) AccountUser caller) {
        return catalog.list(caller.accountId()).stream().map(ScheduleView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show a schedule and its next run")
    @ApiResponse(responseCode = "404", description = "No such schedule in the caller's account")
    ScheduleView get(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id) {
        return ScheduleView.of(catalog.get(caller.accountId(), id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Edit a schedule",
            description = "Only the fields given change (fields, frequency, target …); the "
                    + "schedule keeps its runs and moves to its new next run. A new source is "
                    + "checked with segment-service and takes its name, as on creation.")
    @ApiResponse(responseCode = "400", description = "What to fix in the edit or its source")
    @ApiResponse(responseCode = "404", description = "No such schedule, target, segment, "
            + "search or campaign in the caller's account")
    @ApiResponse(responseCode = "503", description = "segment-service could not be reached to "
            + "check the new source; nothing was changed")
    ScheduleView change(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id,
            @Valid @RequestBody ScheduleChanges changes) {
        return ScheduleView.of(catalog.change(caller.accountId(), id, changes));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a schedule and its runs",
            description = "No run starts any more. A run whose export or upload is under way "
                    + "ends normally and publishes its outcome; the runs go with it.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@Parameter(hidden = true) AccountUser caller,
            @PathVariable UUID id) {
        catalog.delete(caller.accountId(), id);

        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause a schedule: no run until it is resumed")
    ScheduleView pause(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id) {
        return ScheduleView.of(catalog.pause(caller.accountId(), id));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a paused schedule at its next due time from now")
    ScheduleView resume(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id) {
        return ScheduleView.of(catalog.resume(caller.accountId(), id));
    }

    @PostMapping("/{id}/run-now")
    @Operation(summary = "Run a schedule now, outside its frequency")
    @ApiResponse(responseCode = "202", description = "The run's export is requested")
    @ApiResponse(responseCode = "409", description = "The schedule is paused (resume it first) "
            + "or a run of it is unfinished (runId, since: when it started)")
    ResponseEntity<RunView> runNow(@Parameter(hidden = true) AccountUser caller,
            @PathVariable UUID id) {
        return ResponseEntity.accepted().body(RunView.of(catalog.runNow(caller.accountId(), id)));
    }

    @GetMapping("/{id}/runs")
    @Operation(summary = "The schedule's last 100 runs, newest first",
            description = "Each with its due time, export id, delivery status, attempts, "
                    + "remote path and, when it failed, the reason.")
    List<RunView> runs(@Parameter(hidden = true) AccountUser caller, @PathVariable UUID id) {
        return catalog.runs(caller.accountId(), id).stream().map(RunView::of).toList();
    }
}
