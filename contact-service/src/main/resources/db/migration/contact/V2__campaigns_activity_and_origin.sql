-- Issue 3: campaigns and their per-contact results, the origin of contacts, and the indexes
-- that segment and search criteria use.

-- The campaigns of each account, as the sending platform names them.
CREATE TABLE campaigns (
    account_id        text        NOT NULL,
    id                text        NOT NULL,
    -- Recorded from the first event that names it.
    name              text,
    channel           text        NOT NULL,
    first_activity_at timestamptz NOT NULL,
    last_activity_at  timestamptz NOT NULL,
    PRIMARY KEY (account_id, id),
    CONSTRAINT campaigns_channel CHECK (channel IN ('email', 'sms'))
);

-- What happened to each contact in each campaign; one row per fact of the sending platform.
CREATE TABLE contact_activity (
    event_id        uuid        PRIMARY KEY,
    account_id      text        NOT NULL,
    contact_id      bigint      NOT NULL,
    campaign_id     text        NOT NULL,
    channel         text        NOT NULL,
    result          text        NOT NULL,
    bounce_category text,
    bounce_detail   text,
    occurred_at     timestamptz NOT NULL,
    CONSTRAINT contact_activity_channel CHECK (channel IN ('email', 'sms')),
    CONSTRAINT contact_activity_result CHECK (result IN ('sent', 'delivered', 'opened',
        'clicked', 'bounced', 'unsubscribed', 'complained', 'converted')),
    CONSTRAINT contact_activity_bounce_category CHECK (bounce_category IN
        ('absent', 'unknown_user', 'bad_alias', 'bad_domain', 'rejected', 'soft')),
    CONSTRAINT contact_activity_bounce_only CHECK (bounce_category IS NULL OR result = 'bounced')
);

-- "Contacts with result R in campaign C": campaign reports and activity criteria naming a
-- campaign, both as a scan of one campaign's results and as a probe per contact.
CREATE INDEX contact_activity_campaign_result
    ON contact_activity (account_id, campaign_id, result, contact_id);
-- "Contacts with result R in a period", whatever the campaign.
CREATE INDEX contact_activity_result_time
    ON contact_activity (account_id, result, occurred_at);
-- A contact's own results: activity criteria without a campaign, probed per contact.
CREATE INDEX contact_activity_contact
    ON contact_activity (account_id, contact_id, result);

ALTER TABLE contacts ADD COLUMN origin text;
ALTER TABLE contacts ADD COLUMN origin_detail text;

-- Common criteria: an address, a status, a period of creation; each within one account.
CREATE INDEX contacts_account_email ON contacts (account_id, lower(email));
CREATE INDEX contacts_account_email_status ON contacts (account_id, email_status);
CREATE INDEX contacts_account_mobile_status ON contacts (account_id, mobile_status);
CREATE INDEX contacts_account_created_at ON contacts (account_id, created_at);

-- A custom number as criteria compare it: a JSON number or a numeric string, NULL for any
-- other stored value, so that a malformed value never fails a query.
CREATE FUNCTION contact_custom_number(custom_fields jsonb, name text) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN (custom_fields ->> name) ~ '^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,4})?$'
            THEN (custom_fields ->> name)::numeric
    END;

-- A custom date as criteria compare it: a 'YYYY-MM-DD' string naming a real day, NULL for any
-- other stored value, so that a malformed value never fails a query. Each WHEN guards the
-- next one's cast.
CREATE FUNCTION contact_custom_date(custom_fields jsonb, name text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE
        WHEN (custom_fields ->> name) !~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
            THEN NULL
        WHEN left(custom_fields ->> name, 4) = '0000' THEN NULL
        WHEN substr(custom_fields ->> name, 9, 2)::int > extract(day FROM
                make_date(left(custom_fields ->> name, 4)::int,
                          substr(custom_fields ->> name, 6, 2)::int, 1)
                + interval '1 month' - interval '1 day')
            THEN NULL
        ELSE (custom_fields ->> name)::date
    END;
