-- One schema for SQLite (the embedded default) and PostgreSQL: plain types only, times as epoch milliseconds (UTC).
-- Never the message text: only what the history chart and the export show.
CREATE TABLE readings (
    user_key    VARCHAR(64) NOT NULL,
    platform    VARCHAR(16) NOT NULL,
    recorded_at BIGINT      NOT NULL,
    mood        VARCHAR(16) NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    source      VARCHAR(8)  NOT NULL
);
CREATE INDEX readings_by_user ON readings (user_key, recorded_at);
CREATE INDEX readings_by_time ON readings (recorded_at);

-- A row means "this user said /mood history on"; off or forget deletes it.
CREATE TABLE consent (
    user_key   VARCHAR(64) PRIMARY KEY,
    granted_at BIGINT      NOT NULL
);
