package org.contactexport.contact.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.contactexport.security.AccountUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Campaigns", description = "Campaigns known from their results, and their figures")
class CampaignController {

    private final CampaignReports reports;

    CampaignController(CampaignReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/campaigns")
    @Operation(summary = "The account's campaigns, the most recently active first")
    List<Campaign> campaigns(@Parameter(hidden = true) AccountUser user) {
        return reports.campaigns(user.accountId());
    }

    @GetMapping("/api/v1/campaigns/{campaignId}/report")
    @Operation(summary = "How many contacts had each result in a campaign",
            description = "Distinct contacts per result (0 when none), not_opened = delivered "
                    + "but not opened, and bounced contacts per bounce category (none: "
                    + "without a category). 404 when the account has no such campaign.")
    CampaignReport report(@Parameter(hidden = true) AccountUser user,
            @PathVariable String campaignId) {
        return reports.report(user.accountId(), campaignId)
                .orElseThrow(() -> unknown(campaignId));
    }

    @GetMapping("/internal/v1/accounts/{accountId}/campaigns/{campaignId}")
    @Operation(summary = "One campaign of an account (internal); 404 when it has none such")
    Campaign campaign(@PathVariable String accountId, @PathVariable String campaignId) {
        return reports.campaign(accountId, campaignId).orElseThrow(() -> unknown(campaignId));
    }

    private static ErrorResponseException unknown(String campaignId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "The account has no campaign '" + campaignId + "'");
        problem.setTitle("Unknown campaign");
        problem.setProperty("campaign", campaignId);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
