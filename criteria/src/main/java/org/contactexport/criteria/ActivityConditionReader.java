package org.contactexport.criteria;

import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reads {@code {"activity": {"result": …, "campaign": …, …}}}. */
final class ActivityConditionReader {

    private static final String ACTIVITY = "activity";
    private static final String RESULT = "result";
    private static final String CAMPAIGN = "campaign";
    private static final String CHANNEL = "channel";
    private static final String BOUNCE_CATEGORY = "bounceCategory";
    private static final String AFTER = "after";
    private static final String BEFORE = "before";
    private static final String WITHIN_LAST_DAYS = "withinLastDays";
    private static final List<String> PARTS = List.of(RESULT, CAMPAIGN, CHANNEL, BOUNCE_CATEGORY,
            AFTER, BEFORE, WITHIN_LAST_DAYS);

    private final ValueReader values;
    private final Faults faults;

    ActivityConditionReader(ValueReader values, Faults faults) {
        this.values = values;
        this.faults = faults;
    }

    Criterion read(JsonNode node, String path) {
        Members.refuseUnknown(node, path, List.of(ACTIVITY), faults);
        String activityPath = Paths.member(path, ACTIVITY);
        JsonNode activity = node.get(ACTIVITY);
        if (!activity.isObject()) {
            faults.add(activityPath, "\"activity\" is a JSON object with a \"result\" and"
                    + " optional parts, not " + JsonTypes.describe(activity), PARTS);
            return null;
        }

        int faultsBefore = faults.count();
        Members.refuseUnknown(activity, activityPath, PARTS, faults);
        String result = result(activity, activityPath);
        String campaign = leftOut(activity, CAMPAIGN) ? null
                : values.text(activity.get(CAMPAIGN), Paths.member(activityPath, CAMPAIGN),
                        "a campaign id");
        String channel = leftOut(activity, CHANNEL) ? null
                : values.key(activity.get(CHANNEL), Paths.member(activityPath, CHANNEL),
                        "a channel", Vocabularies.CHANNELS);
        String bounceCategory = bounceCategory(activity, activityPath, result);
        LocalDate after = leftOut(activity, AFTER) ? null
                : values.day(activity.get(AFTER), Paths.member(activityPath, AFTER));
        LocalDate before = leftOut(activity, BEFORE) ? null
                : values.day(activity.get(BEFORE), Paths.member(activityPath, BEFORE));
        Integer withinLastDays = leftOut(activity, WITHIN_LAST_DAYS) ? null
                : values.days(activity.get(WITHIN_LAST_DAYS),
                        Paths.member(activityPath, WITHIN_LAST_DAYS));
        if (after != null && before != null && !after.isBefore(before)) {
            // An empty period matches nobody: most likely the two days were swapped.
            faults.add(Paths.member(activityPath, BEFORE), "the period is empty: \"before\" ("
                    + before + ") must be a later day than \"after\" (" + after + ")");
        }

        if (faults.count() > faultsBefore || faults.full()) {
            return null;
        }
        return new ActivityCondition(result, campaign, channel, bounceCategory, after, before,
                withinLastDays);
    }

    private String result(JsonNode activity, String path) {
        if (leftOut(activity, RESULT)) {
            Members.refuseMissing(path, RESULT, Vocabularies.ACTIVITY_RESULTS, faults);
            return null;
        }
        return values.key(activity.get(RESULT), Paths.member(path, RESULT), "a result",
                Vocabularies.ACTIVITY_RESULTS);
    }

    private String bounceCategory(JsonNode activity, String path, String result) {
        if (leftOut(activity, BOUNCE_CATEGORY)) {
            return null;
        }
        String categoryPath = Paths.member(path, BOUNCE_CATEGORY);
        if (result != null && !result.equals(Vocabularies.BOUNCED)) {
            faults.add(categoryPath, "\"bounceCategory\" applies only to the result \"bounced\","
                    + " not to " + Quote.of(result));
            return null;
        }
        return values.key(activity.get(BOUNCE_CATEGORY), categoryPath, "a bounce category",
                Vocabularies.BOUNCE_CATEGORIES);
    }

    /** An optional part left out: absent, or null as some clients write it. */
    private static boolean leftOut(JsonNode activity, String part) {
        return JsonTypes.absent(activity.get(part));
    }
}
