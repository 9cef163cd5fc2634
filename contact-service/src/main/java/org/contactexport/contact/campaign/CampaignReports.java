package org.contactexport.contact.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contactexport.contact.field.FieldType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads an account's campaigns and counts the contacts behind each of their results. */
@Repository
class CampaignReports {

    static final List<String> RESULTS = List.of("sent", "delivered", "opened", "clicked",
            "bounced", "unsubscribed", "complained", "converted");
    static final String NOT_OPENED = "not_opened";
    static final String NO_CATEGORY = "none";

    private static final String COLUMNS =
            "SELECT id, name, channel, first_activity_at, last_activity_at FROM campaigns";
    private static final String CONTACTS_PER_RESULT = """
            SELECT result, count(DISTINCT contact_id) FROM contact_activity
            WHERE account_id = ? AND campaign_id = ? GROUP BY result""";
    private static final String BOUNCED_PER_CATEGORY = """
            SELECT coalesce(bounce_category, 'none'), count(DISTINCT contact_id)
            FROM contact_activity
            WHERE account_id = ? AND campaign_id = ? AND result = 'bounced'
            GROUP BY 1""";
    private static final String DELIVERED_NOT_OPENED = """
            SELECT count(DISTINCT d.contact_id) FROM contact_activity d
            WHERE d.account_id = ? AND d.campaign_id = ? AND d.result = 'delivered'
              AND NOT EXISTS (SELECT 1 FROM contact_activity o
                              WHERE o.account_id = d.account_id
                                AND o.campaign_id = d.campaign_id
                                AND o.result = 'opened' AND o.contact_id = d.contact_id)""";

    private final JdbcTemplate jdbc;

    CampaignReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's campaigns, the most recently active first. */
    List<Campaign> campaigns(String accountId) {
        return jdbc.query(COLUMNS + " WHERE account_id = ? ORDER BY last_activity_at DESC, id",
                CampaignReports::campaign, accountId);
    }

    Optional<Campaign> campaign(String accountId, String campaignId) {
        return jdbc.query(COLUMNS + " WHERE account_id = ? AND id = ?",
                CampaignReports::campaign, accountId, campaignId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<CampaignReport> report(String accountId, String campaignId) {
        return campaign(accountId, campaignId).map(campaign -> new CampaignReport(campaign,
                contactsPerResult(accountId, campaignId),
                bouncedPerCategory(accountId, campaignId)));
    }

    private Map<String, Long> contactsPerResult(String accountId, String campaignId) {
        Map<String, Long> contacts = zeros(RESULTS);
        jdbc.query(CONTACTS_PER_RESULT, row -> {
            contacts.put(row.getString(1), row.getLong(2));
        }, accountId, campaignId);
        contacts.put(NOT_OPENED, jdbc.queryForObject(DELIVERED_NOT_OPENED, Long.class,
                accountId, campaignId));
        return contacts;
    }

    private Map<String, Long> bouncedPerCategory(String accountId, String campaignId) {
        Map<String, Long> bounced = zeros(FieldType.BOUNCE_CATEGORY.vocabulary());
        bounced.put(NO_CATEGORY, 0L);
        jdbc.query(BOUNCED_PER_CATEGORY, row -> {
            bounced.put(row.getString(1), row.getLong(2));
        }, accountId, campaignId);
        return bounced;
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        return counts;
    }

    private static Campaign campaign(ResultSet row, int number) throws SQLException {
        return new Campaign(row.getString(1), row.getString(2), row.getString(3),
                instant(row.getTimestamp(4)), instant(row.getTimestamp(5)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
