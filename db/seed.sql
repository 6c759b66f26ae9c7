-- kcli seed: the single, hand-edited source of the database.
-- Part 1 is the schema, part 2 the rows (one row a line, grouped by table).
-- Built by karabakh_cli/build.py; docs/codebook.md describes every table and vocabulary.
-- Dates are ISO partial dates: '2020' (year), '2020-10' (month) or '2020-10-19' (day).
-- Summaries are written in our own words; a quotation is a short phrase inside “curly quotes”.

PRAGMA foreign_keys = ON;

------------------------------------------------------------------------------------------
-- Part 1: schema
------------------------------------------------------------------------------------------

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE sources (
  id        TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
  title     TEXT NOT NULL,
  author    TEXT,
  publisher TEXT,
  published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]'
                        OR published GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                        OR published GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  url       TEXT CHECK (url IS NULL OR url GLOB 'http*://*'),
  kind      TEXT NOT NULL CHECK (kind IN ('memo', 'document', 'news', 'reference', 'statement', 'opinion')),
  -- Set for a source cited by numbered paragraph: its locators run from ¶1 to ¶paragraphs.
  paragraphs INTEGER CHECK (paragraphs IS NULL OR paragraphs > 0)
) STRICT;

CREATE TABLE actors (
  id       TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('state', 'quasi-state', 'subnational', 'organisation',
                                         'un-body', 'party', 'person', 'place', 'armed-group',
                                         'media', 'agency', 'ngo')),
  summary  TEXT NOT NULL,
  iso3     TEXT CHECK (iso3 IS NULL OR iso3 GLOB '[A-Z][A-Z][A-Z]'),
  wikidata TEXT CHECK (wikidata IS NULL OR (wikidata GLOB 'Q[1-9]*' AND wikidata NOT GLOB 'Q*[^0-9]*'))
) STRICT;

CREATE TABLE aliases (
  alias    TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
  actor_id TEXT NOT NULL REFERENCES actors (id),
  kind     TEXT NOT NULL CHECK (kind IN ('abbreviation', 'short-name', 'full-name', 'former-name',
                                         'transliteration', 'other-language', 'misspelling', 'local-name')),
  note     TEXT
) STRICT;

-- A date is a partial ISO date; its precision follows from its shape.
CREATE TABLE events (
  id       TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
  date     TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]'
                                OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                                OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  end_date TEXT CHECK (end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]'
                                OR end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                                OR end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  kind     TEXT NOT NULL CHECK (kind IN ('war', 'military', 'ceasefire', 'resolution', 'meeting',
                                         'statement', 'diplomatic', 'recognition', 'visit',
                                         'agreement', 'protest', 'publication', 'political',
                                         'aid', 'disaster', 'institutional')),
  title    TEXT NOT NULL,
  summary  TEXT NOT NULL,
  status   TEXT NOT NULL CHECK (status IN ('verified', 'partial', 'unverified')),
  -- Derived, never edited: the first and last day the event may cover, for window queries.
  span_start TEXT GENERATED ALWAYS AS (
    CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END) STORED,
  span_end   TEXT GENERATED ALWAYS AS (
    CASE length(coalesce(end_date, date))
      WHEN 4 THEN coalesce(end_date, date) || '-12-31'
      WHEN 7 THEN coalesce(end_date, date) || '-31'
      ELSE coalesce(end_date, date) END) STORED,
  CHECK (end_date IS NULL OR end_date >= substr(date, 1, length(end_date)))
) STRICT;
CREATE INDEX events_span ON events (span_start, span_end);
CREATE INDEX events_kind ON events (kind, span_start);

CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events (id),
  actor_id TEXT NOT NULL REFERENCES actors (id),
  role     TEXT NOT NULL CHECK (role IN ('initiator', 'target', 'mediator', 'signatory', 'supporter',
                                         'opponent', 'subject', 'participant', 'author', 'recipient',
                                         'host', 'location')),
  PRIMARY KEY (event_id, actor_id, role)
) STRICT;
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);

CREATE TABLE topics (
  id          TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
  name        TEXT NOT NULL,
  description TEXT NOT NULL
) STRICT;

CREATE TABLE positions (
  id       TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
  actor_id TEXT NOT NULL REFERENCES actors (id),
  topic_id TEXT NOT NULL REFERENCES topics (id),
  stance   TEXT NOT NULL CHECK (stance IN ('supports', 'opposes', 'neutral', 'ambiguous')),
  date     TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]'
                       OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                       OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  end_date TEXT CHECK (end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]'
                       OR end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                       OR end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  summary  TEXT NOT NULL,
  status   TEXT NOT NULL CHECK (status IN ('verified', 'partial', 'unverified')),
  -- Derived, never edited: from the first day it held (or the beginning) to the last day it held (or ever).
  span_start TEXT GENERATED ALWAYS AS (
    CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' WHEN 10 THEN date
      ELSE '0000-01-01' END) STORED,
  span_end   TEXT GENERATED ALWAYS AS (
    CASE length(end_date) WHEN 4 THEN end_date || '-12-31' WHEN 7 THEN end_date || '-31' WHEN 10 THEN end_date
      ELSE '9999-12-31' END) STORED,
  CHECK (end_date IS NULL OR (date IS NOT NULL AND end_date >= substr(date, 1, length(end_date))))
) STRICT;
CREATE INDEX positions_actor ON positions (actor_id, span_start);
CREATE INDEX positions_topic ON positions (topic_id, stance);

-- Memberships and other ties over time: subject --predicate--> object, from date to end_date.
CREATE TABLE relations (
  id         TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
  subject_id TEXT NOT NULL REFERENCES actors (id),
  predicate  TEXT NOT NULL CHECK (predicate IN ('member', 'permanent-member', 'elected-member',
                                                'observer', 'chair', 'co-chair', 'presides',
                                                'office-holder', 'ambassador-to', 'part-of',
                                                'located-in', 'allied-with', 'supports',
                                                'does-not-recognise', 'diplomatic-relations',
                                                'founded', 'leads')),
  object_id  TEXT NOT NULL REFERENCES actors (id),
  date       TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]'
                         OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                         OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  end_date   TEXT CHECK (end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]'
                         OR end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                         OR end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  summary    TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('verified', 'partial', 'unverified')),
  -- Derived, never edited: from the first day it held (or the beginning) to the last day it held (or ever).
  span_start TEXT GENERATED ALWAYS AS (
    CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' WHEN 10 THEN date
      ELSE '0000-01-01' END) STORED,
  span_end   TEXT GENERATED ALWAYS AS (
    CASE length(end_date) WHEN 4 THEN end_date || '-12-31' WHEN 7 THEN end_date || '-31' WHEN 10 THEN end_date
      ELSE '9999-12-31' END) STORED,
  CHECK (subject_id <> object_id),
  CHECK (end_date IS NULL OR (date IS NOT NULL AND end_date >= substr(date, 1, length(end_date))))
) STRICT;
CREATE INDEX relations_subject ON relations (subject_id);
CREATE INDEX relations_object ON relations (object_id, predicate, span_start);

-- Where a source is wrong or unclear: what it says, the correction, and (through citations)
-- who says so.
CREATE TABLE errata (
  id         TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
  source_id  TEXT NOT NULL REFERENCES sources (id),
  locator    TEXT NOT NULL,
  says       TEXT NOT NULL,
  correction TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('error', 'outdated', 'ambiguity', 'spelling', 'unverified'))
) STRICT;

-- Each erratum row names exactly one record it concerns.
CREATE TABLE errata_records (
  erratum_id  TEXT NOT NULL REFERENCES errata (id),
  actor_id    TEXT REFERENCES actors (id),
  event_id    TEXT REFERENCES events (id),
  position_id TEXT REFERENCES positions (id),
  relation_id TEXT REFERENCES relations (id),
  CHECK ((actor_id IS NOT NULL) + (event_id IS NOT NULL) + (position_id IS NOT NULL)
         + (relation_id IS NOT NULL) = 1),
  UNIQUE (erratum_id, actor_id, event_id, position_id, relation_id)
) STRICT;
CREATE INDEX errata_records_actor ON errata_records (actor_id);
CREATE INDEX errata_records_event ON errata_records (event_id);
CREATE INDEX errata_records_position ON errata_records (position_id);
CREATE INDEX errata_records_relation ON errata_records (relation_id);

-- Each citation backs exactly one record. The locator is '¶N' for the memo, the URL for a web page.
CREATE TABLE citations (
  source_id   TEXT NOT NULL REFERENCES sources (id),
  locator     TEXT NOT NULL CHECK (locator GLOB '¶[1-9]*' OR locator GLOB 'http*://*'),
  actor_id    TEXT REFERENCES actors (id),
  event_id    TEXT REFERENCES events (id),
  position_id TEXT REFERENCES positions (id),
  relation_id TEXT REFERENCES relations (id),
  erratum_id  TEXT REFERENCES errata (id),
  note        TEXT,
  CHECK ((actor_id IS NOT NULL) + (event_id IS NOT NULL) + (position_id IS NOT NULL)
         + (relation_id IS NOT NULL) + (erratum_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX citations_actor ON citations (actor_id);
CREATE INDEX citations_event ON citations (event_id);
CREATE INDEX citations_position ON citations (position_id);
CREATE INDEX citations_relation ON citations (relation_id);
CREATE INDEX citations_erratum ON citations (erratum_id);
CREATE INDEX citations_source ON citations (source_id);

------------------------------------------------------------------------------------------
-- Part 2: rows
------------------------------------------------------------------------------------------

INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO meta VALUES ('data_version', '2026.11.25');
