-- Contacts of every account. Every read and write filters on account_id.
CREATE TABLE contacts (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id        text        NOT NULL,
    first_name        text,
    last_name         text,
    company           text,
    email             text,
    email_optin       boolean,
    email_status      text,
    mobile            text,
    sms_optin         boolean,
    mobile_status     text,
    created_at        timestamptz NOT NULL DEFAULT date_trunc('second', now()),
    updated_at        timestamptz NOT NULL DEFAULT date_trunc('second', now()),
    activity_level    smallint,
    bounce_category   text,
    bounce_detail     text,
    soft_bounce_count integer     NOT NULL DEFAULT 0,
    do_not_track      boolean     NOT NULL DEFAULT false,
    -- Values of the account's custom fields by name: strings, numbers, booleans,
    -- dates as 'YYYY-MM-DD' strings.
    custom_fields     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT contacts_reachable CHECK (email IS NOT NULL OR mobile IS NOT NULL),
    CONSTRAINT contacts_mobile_e164 CHECK (mobile ~ '^\+[1-9][0-9]{6,14}$'),
    CONSTRAINT contacts_email_status CHECK (email_status IN
        ('valid', 'unconfirmed', 'unsubscribed', 'bounced', 'complained')),
    CONSTRAINT contacts_mobile_status CHECK (mobile_status IN ('valid', 'unsubscribed', 'invalid')),
    CONSTRAINT contacts_bounce_category CHECK (bounce_category IN
        ('absent', 'unknown_user', 'bad_alias', 'bad_domain', 'rejected', 'soft')),
    CONSTRAINT contacts_activity_level CHECK (activity_level BETWEEN 0 AND 5),
    CONSTRAINT contacts_soft_bounce_count CHECK (soft_bounce_count >= 0),
    CONSTRAINT contacts_custom_fields_object CHECK (jsonb_typeof(custom_fields) = 'object')
);

-- Reads are always one account's contacts in id order, often an id range of them.
CREATE INDEX contacts_account_id_id ON contacts (account_id, id);

-- The custom fields each account declared, in declaration order.
CREATE TABLE custom_fields (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id text        NOT NULL,
    name       text        NOT NULL,
    label_fr   text        NOT NULL,
    label_en   text        NOT NULL,
    type       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT custom_fields_name_per_account UNIQUE (account_id, name),
    CONSTRAINT custom_fields_name CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
    CONSTRAINT custom_fields_type CHECK (type IN ('text', 'number', 'date', 'boolean'))
);
