package org.contactexport.contact.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.contactexport.contact.ContactServiceProperties;
import org.contactexport.security.AccountUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Activity", description = "Campaign results of the account's contacts")
class ActivityController {

    static final String NDJSON = "application/x-ndjson";

    private static final Logger log = LoggerFactory.getLogger(ActivityController.class);

    private final ActivityLog activityLog;
    private final int reportedRefusals;

    ActivityController(ActivityLog activityLog, ContactServiceProperties properties) {
        this.activityLog = activityLog;
        this.reportedRefusals = properties.importReportedErrors();
    }

    @PostMapping(path = "/api/v1/activity", consumes = NDJSON)
    @Operation(summary = "Record campaign results in bulk (back-fill)",
            description = "One JSON document per line: {\"eventId\": uuid, \"contactId\": n, "
                    + "\"campaignId\", \"campaignName\", \"channel\": email|sms, \"result\": "
                    + "sent|delivered|opened|clicked|bounced|unsubscribed|complained|converted, "
                    + "\"bounceCategory\", \"bounceDetail\", \"occurredAt\": ISO-8601 instant}. "
                    + "The account is the caller's. A line whose eventId was recorded before "
                    + "changes nothing; a bad line, or one naming a contact the account does not "
                    + "have, is refused with its line number and reason; the other lines are "
                    + "recorded.")
    ActivityUploadResult upload(@Parameter(hidden = true) AccountUser user,
            HttpServletRequest request) throws IOException {
        String accountId = user.accountId();

        long started = System.nanoTime();
        ActivityUpload upload = new ActivityUpload(accountId, activityLog, reportedRefusals);
        ActivityUploadResult result = upload.read(request.getInputStream());
        log.info("Activity upload of account {}: {} recorded, {} already known, {} refused "
                        + "in {} ms", accountId, result.recorded(), result.alreadyKnown(),
                result.refused(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
