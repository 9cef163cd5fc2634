package org.contactexport.contact.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.util.List;
import org.contactexport.contact.ContactServiceTest;
import org.contactexport.contact.selection.SelectionCriteria;
import org.contactexport.contact.selection.SqlCondition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plan PostgreSQL makes of the stream's query with an activity criterion. */
class ActivityCriteriaPlanTest extends ContactServiceTest {

    private static final int CONTACTS = 10_000;
    private static final int CAMPAIGNS = 20;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SelectionCriteria criteria;

    @Test
    void anActivityCriterionForOneCampaignReadsTheCampaignResultIndex() {
        String account = accountWithCampaignResults();
        SqlCondition opened = criteria.condition(account, JSON.readTree(
                "{\"activity\": {\"result\": \"opened\", \"campaign\": \"camp-7\"}}"));
        ContactRange range = ContactRange.whole(account, false, opened);

        String plan = explain("SELECT c.id, c.email " + range.fromWhere() + " ORDER BY c.id",
                range.parameters());
        Long expected = jdbc.queryForObject("SELECT count(DISTINCT contact_id)"
                + " FROM contact_activity WHERE account_id = ? AND campaign_id = 'camp-7'"
                + " AND result = 'opened'", Long.class, account);

        assertThat(plan).as(plan).contains("contact_activity_campaign_result");
        assertThat(plan).as(plan).doesNotContain("Seq Scan on contact_activity");
        assertThat(plan).contains("rows=" + expected + " ");
    }

    private String accountWithCampaignResults() {
        String account = newAccount();
        jdbc.update("INSERT INTO contacts (account_id, email) SELECT ?, 'c' || g ||"
                + " '@example.org' FROM generate_series(1, ?) g", account, CONTACTS);
        jdbc.update("""
                INSERT INTO contact_activity (event_id, account_id, contact_id, campaign_id,
                                              channel, result, occurred_at)
                SELECT gen_random_uuid(), c.account_id, c.id, 'camp-' || k, 'email',
                       (ARRAY['sent', 'delivered', 'opened'])[1 + (c.id + k) % 3],
                       now() - k * interval '1 day'
                FROM contacts c CROSS JOIN generate_series(1, ?) k
                WHERE c.account_id = ?""", CAMPAIGNS, account);
        jdbc.execute("ANALYZE contacts");
        jdbc.execute("ANALYZE contact_activity");
        return account;
    }

    private String explain(String sql, List<Object> parameters) {
        List<String> lines = jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + sql);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        }, (row, n) -> row.getString(1));
        return String.join("\n", lines);
    }
}
