-- "Wrong mood?" picks. The message text is kept only when its writer had history on (consent), else NULL;
-- /mood forget deletes a user's rows here as well as their readings.
CREATE TABLE corrections (
    user_key     VARCHAR(64) NOT NULL,
    platform     VARCHAR(16) NOT NULL,
    corrected_at BIGINT      NOT NULL,
    given        VARCHAR(16) NOT NULL,
    picked       VARCHAR(16) NOT NULL,
    source       VARCHAR(8)  NOT NULL,
    text         TEXT
);
CREATE INDEX corrections_by_user ON corrections (user_key);
