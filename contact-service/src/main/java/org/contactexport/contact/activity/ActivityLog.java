package org.contactexport.contact.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records campaign results, each once whatever the number of deliveries, and keeps each
 * campaign's first and last activity. A batch is three statements whatever its size: every
 * column travels as one array parameter.
 */
@Repository
class ActivityLog {

    private static final String KNOWN_CONTACTS = "SELECT id FROM contacts"
            + " WHERE account_id = ? AND id = ANY (?::bigint[])";
    private static final String UPSERT_CAMPAIGNS = """
            INSERT INTO campaigns (account_id, id, name, channel, first_activity_at,
                                   last_activity_at)
            SELECT ?, t.id, t.name, t.channel, t.first_at, t.last_at
            FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[])
                 AS t(id, name, channel, first_at, last_at)
            ON CONFLICT (account_id, id) DO UPDATE SET
                name = coalesce(campaigns.name, excluded.name),
                first_activity_at = least(campaigns.first_activity_at,
                                          excluded.first_activity_at),
                last_activity_at = greatest(campaigns.last_activity_at,
                                            excluded.last_activity_at)""";
    private static final String INSERT_ACTIVITY = """
            INSERT INTO contact_activity (event_id, account_id, contact_id, campaign_id,
                                          channel, result, bounce_category, bounce_detail,
                                          occurred_at)
            SELECT t.event_id, ?, t.contact_id, t.campaign_id, t.channel, t.result,
                   t.bounce_category, t.bounce_detail, t.occurred_at
            FROM unnest(?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::timestamptz[])
                 AS t(event_id, contact_id, campaign_id, channel, result, bounce_category,
                      bounce_detail, occurred_at)
            ON CONFLICT (event_id) DO NOTHING""";

    private final JdbcTemplate jdbc;

    ActivityLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the facts of one account whose contact the account has; the others are given
     * back as unknown. Redelivered facts (same event id) change nothing.
     */
    @Transactional
    public RecordedActivity record(String accountId, List<ActivityFact> facts) {
        Set<Long> known = knownContacts(accountId, facts);
        List<ActivityFact> recordable = new ArrayList<>(facts.size());
        List<Integer> unknown = new ArrayList<>(0);
        for (int i = 0; i < facts.size(); i++) {
            ActivityFact fact = facts.get(i);
            if (!fact.accountId().equals(accountId)) {
                throw new IllegalArgumentException("A batch holds the facts of one account");
            }
            if (known.contains(fact.contactId())) {
                recordable.add(fact);
            } else {
                unknown.add(i);
            }
        }
        if (recordable.isEmpty()) {
            return new RecordedActivity(0, 0, unknown);
        }

        upsertCampaigns(accountId, recordable);
        int recorded = insert(accountId, recordable);
        return new RecordedActivity(recorded, recordable.size() - recorded, unknown);
    }

    // Known shortcoming: contact_activity has no foreign key to contacts (checking the account
    // needs this query anyway); contacts are never deleted today, and the day they are, their
    // results must be deleted with them.
    private Set<Long> knownContacts(String accountId, List<ActivityFact> facts) {
        String[] ids = facts.stream().map(f -> Long.toString(f.contactId()))
                .distinct().toArray(String[]::new);
        return new HashSet<>(jdbc.queryForList(KNOWN_CONTACTS, Long.class, accountId, ids));
    }

    /** In campaign id order, so that two batches never wait for each other's rows in turn. */
    private void upsertCampaigns(String accountId, List<ActivityFact> facts) {
        Map<String, CampaignSpan> spans = new TreeMap<>();
        for (ActivityFact fact : facts) {
            spans.merge(fact.campaignId(), CampaignSpan.of(fact), CampaignSpan::widen);
        }
        int size = spans.size();
        String[] ids = spans.keySet().toArray(String[]::new);
        String[] names = new String[size];
        String[] channels = new String[size];
        String[] firsts = new String[size];
        String[] lasts = new String[size];
        int i = 0;
        for (CampaignSpan span : spans.values()) {
            names[i] = span.name();
            channels[i] = span.channel();
            firsts[i] = span.first().toString();
            lasts[i] = span.last().toString();
            i++;
        }
        jdbc.update(UPSERT_CAMPAIGNS, accountId, ids, names, channels, firsts, lasts);
    }

    private int insert(String accountId, List<ActivityFact> facts) {
        int size = facts.size();
        String[] eventIds = new String[size];
        String[] contactIds = new String[size];
        String[] campaignIds = new String[size];
        String[] channels = new String[size];
        String[] results = new String[size];
        String[] bounceCategories = new String[size];
        String[] bounceDetails = new String[size];
        String[] occurredAts = new String[size];
        for (int i = 0; i < size; i++) {
            ActivityFact fact = facts.get(i);
            eventIds[i] = fact.eventId().toString();
            contactIds[i] = Long.toString(fact.contactId());
            campaignIds[i] = fact.campaignId();
            channels[i] = fact.channel();
            results[i] = fact.result();
            bounceCategories[i] = fact.bounceCategory();
            bounceDetails[i] = fact.bounceDetail();
            occurredAts[i] = fact.occurredAt().toString();
        }
        return jdbc.update(INSERT_ACTIVITY, accountId, eventIds, contactIds, campaignIds,
                channels, results, bounceCategories, bounceDetails, occurredAts);
    }

    /** What a batch says of one campaign: its first name and channel, its time span. */
    private record CampaignSpan(String name, String channel, Instant first, Instant last) {

        static CampaignSpan of(ActivityFact fact) {
            return new CampaignSpan(fact.campaignName(), fact.channel(), fact.occurredAt(),
                    fact.occurredAt());
        }

        CampaignSpan widen(CampaignSpan other) {
            return new CampaignSpan(name != null ? name : other.name, channel,
                    first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last);
        }
    }
}
