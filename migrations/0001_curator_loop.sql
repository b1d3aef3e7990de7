-- What the curator loop keeps. Written once for SQLite and PostgreSQL alike: integers are
-- BIGINT, times are Unix seconds (or milliseconds where named so), flags are 0 or 1.

-- Messages addressed to the bot that it could not answer, scrubbed of mentions, e-mail
-- addresses, links and long digit runs. No user id or name. `text` is NULL for a direct
-- message unless the operator keeps those.
CREATE TABLE gaps (
    at BIGINT NOT NULL,
    platform TEXT NOT NULL,
    direct BIGINT NOT NULL,
    text TEXT,
    intent TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL
);
CREATE INDEX gaps_at ON gaps (at);

-- How often each role and each product term was asked about, by day (Unix day number).
CREATE TABLE asked (
    day BIGINT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (day, kind, id)
);

-- "Helpful" / "Not helpful" votes: one a person an answer. `voter` is a salted hash of the
-- platform, the person and the answer, never the person's id.
CREATE TABLE votes (
    voter TEXT PRIMARY KEY,
    intent TEXT NOT NULL,
    subject TEXT NOT NULL,
    helpful BIGINT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX votes_at ON votes (at);

-- Settings an admin made from the chat, per server or workspace (`scope`) and channel. NULL
-- leaves the configured default.
CREATE TABLE channel_settings (
    platform TEXT NOT NULL,
    scope TEXT NOT NULL,
    channel TEXT NOT NULL,
    auto_answer BIGINT,
    cooldown_secs BIGINT,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (platform, scope, channel)
);

-- When each channel may next get an unprompted answer, shared by every replica.
CREATE TABLE cooldowns (
    platform TEXT NOT NULL,
    channel TEXT NOT NULL,
    until_ms BIGINT NOT NULL,
    PRIMARY KEY (platform, channel)
);

-- Events already taken, so one delivered again, to this replica or another, is answered once.
CREATE TABLE deliveries (
    platform TEXT NOT NULL,
    id TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (platform, id)
);
CREATE INDEX deliveries_at ON deliveries (at);

-- The salt of vote hashes, made once and shared by every replica.
CREATE TABLE meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
