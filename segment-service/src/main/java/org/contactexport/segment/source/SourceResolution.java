package org.contactexport.segment.source;

import java.util.List;
import org.contactexport.criteria.CriteriaJson;
import org.contactexport.segment.Echo;
import org.contactexport.segment.Ids;
import org.contactexport.segment.InvalidRequest;
import org.contactexport.segment.NotFound;
import org.contactexport.segment.campaign.CampaignResults;
import org.contactexport.segment.campaign.NamedFigure;
import org.contactexport.segment.search.SavedSearches;
import org.contactexport.segment.segment.CustomSegments;
import org.contactexport.segment.segment.DefaultSegment;
import org.contactexport.segment.segment.DefaultSegments;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the source of an export into the criteria it selects at this moment, for
 * export-service: when an export is accepted and again each time a schedule runs it.
 */
@Service
class SourceResolution {

    private static final List<String> TYPES = List.of("SEGMENT", "SEARCH", "CAMPAIGN_RESULT");

    private final CustomSegments customSegments;
    private final SavedSearches searches;
    private final CampaignResults campaignResults;
    private final JsonMapper json;

    SourceResolution(CustomSegments customSegments, SavedSearches searches,
            CampaignResults campaignResults, JsonMapper json) {
        this.customSegments = customSegments;
        this.searches = searches;
        this.campaignResults = campaignResults;
        this.json = json;
    }

    ResolvedSource resolve(String accountId, SourceRequest source) {
        String type = source.type() == null ? "" : source.type();
        return switch (type) {
            case "SEGMENT" -> segment(accountId, required(source.id()));
            case "SEARCH" -> search(accountId, required(source.id()));
            case "CAMPAIGN_RESULT" -> campaignResult(accountId, source);
            default -> throw new InvalidRequest("type must be one of " + String.join(", ", TYPES)
                    + (source.type() == null ? "" : ", not \"" + Echo.shown(type) + "\""),
                    TYPES);
        };
    }

    private ResolvedSource segment(String accountId, String id) {
        DefaultSegment builtIn = DefaultSegments.find(id).orElse(null);
        if (builtIn != null) {
            return new ResolvedSource("SEGMENT", id, builtIn.name(),
                    CriteriaJson.toJson(builtIn.criteria()));
        }

        return Ids.uuid(id)
                .flatMap(uuid -> customSegments.findByIdAndAccountId(uuid, accountId))
                .map(segment -> new ResolvedSource("SEGMENT", id, segment.name(),
                        json.readTree(segment.criteria())))
                .orElseThrow(() -> new NotFound("No segment " + Echo.shown(id)
                        + " in this account"));
    }

    private ResolvedSource search(String accountId, String id) {
        return Ids.uuid(id)
                .flatMap(uuid -> searches.findByIdAndAccountId(uuid, accountId))
                .map(search -> new ResolvedSource("SEARCH", id, search.name(),
                        json.readTree(search.criteria())))
                .orElseThrow(() -> new NotFound("No search " + Echo.shown(id)
                        + " in this account"));
    }

    private ResolvedSource campaignResult(String accountId, SourceRequest source) {
        NamedFigure figure = campaignResults.find(accountId, source.campaign(), source.result(),
                source.bounceCategory());

        return new ResolvedSource("CAMPAIGN_RESULT", figure.reference(), figure.name(),
                CriteriaJson.toJson(figure.criteria()));
    }

    private static String required(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidRequest("id is required: a default segment id such as"
                    + " most-active-emails, or the UUID of a custom segment or saved search");
        }
        return id;
    }
}
