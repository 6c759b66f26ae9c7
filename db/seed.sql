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

-- sources: one row per document; the memo is cited by paragraph, every other source by its URL.
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('ponars-704', 'The Second Nagorno-Karabakh War in a Global South Perspective', 'Jason E. Strakes', 'PONARS Eurasia', '2021-07', 'https://www.ponarseurasia.org/the-second-nagorno-karabakh-war-in-a-global-south-perspective/', 'memo', 20);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('un-ga-12152', 'General Assembly Elects Estonia, Niger, Saint Vincent and Grenadines, Tunisia, Viet Nam as Non-Permanent Members of Security Council for 2020-2021', NULL, 'United Nations', '2019-06-07', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'document', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('un-news-2018-06-unsc-election', 'Germany, Indonesia, South Africa, Dominican Republic, Belgium, elected to Security Council', NULL, 'UN News', '2018-06-08', 'https://news.un.org/en/story/2018/06/1011731', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('azvision-2020-10-unsc', 'UN Security Council may discuss Nagorno-Karabakh again', NULL, 'AzVision', '2020-10-31', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('newsaz-2020-10-23-hajiyev', 'Discussions on Karabakh conflict held at UN Security Council 25 years later: top Azerbaijani official', NULL, 'News.Az', '2020-10-23', 'https://news.az/news/span-classred-highlightdiscussions-on-karabakh-conflict-held-at-un-security-council-25-years-later-top-azerbaijani-official-span', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenia-pm-2020-11-10-statement', 'Statement by the Prime Minister of the Republic of Armenia, the President of the Republic of Azerbaijan and the President of the Russian Federation', NULL, 'Office of the Prime Minister of the Republic of Armenia', '2020-11-10', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'statement', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('tass-2020-10-10-ceasefire', '[TASS report: Lavrov announces a Nagorno-Karabakh ceasefire from 12:00 Moscow time on 10 October]', NULL, 'TASS', '2020-10-10', 'https://tass.com/world/1210719', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('afp-2020-10-17-truce', 'Armenia, Azerbaijan agree to declare ''humanitarian truce''', NULL, 'AFP (via Omni)', '2020-10-17', 'https://afp.omni.se/armenia-azerbaijan-agree-to-declare-humanitarian-truce/a/X8g7go', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('epochtimes-2020-10-us-ceasefire', 'US Says Humanitarian Ceasefire to Take Effect on Monday in Nagorno-Karabakh', NULL, 'The Epoch Times (Reuters)', '2020-10', 'https://www.theepochtimes.com/world/us-says-humanitarian-ceasefire-to-take-effect-on-monday-in-nagorno-karabakh-3551944', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenianweekly-2020-10-26-ceasefire', 'Azerbaijan breaches newly US-negotiated ceasefire within minutes', NULL, 'The Armenian Weekly', '2020-10-26', 'https://armenianweekly.com/2020/10/26/azerbaijan-breaches-newly-us-negotiated-ceasefire-within-minutes/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('alarabiya-2020-11-08-shusha', 'Azerbaijan says it has captured Nagorno-Karabakh town of Shusha', NULL, 'Al Arabiya (AFP)', '2020-11-08', 'https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('livemint-2020-09-27-martial-law', 'Armenia declares martial law after clashes with Azerbaijan in disputed area: top developments', NULL, 'Mint', '2020-09-27', 'https://www.livemint.com/news/world/armenia-declares-martial-law-after-clashes-with-azerbaijan-in-disputed-area-top-developments-11601203994670.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('trend-2020-09-27-martial-law', '[Trend report: Azerbaijan declares martial law, without mobilisation]', NULL, 'Trend', '2020-09-27', 'https://en.trend.az/azerbaijan/politics/3306374.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armradio-2020-09-27-artsakh-martial-law', 'Artsakh declared martial law and general mobilization', NULL, 'Public Radio of Armenia', '2020-09-27', 'https://en.armradio.am/2020/09/27/artsakh-declared-martial-law-and-general-mobilization/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('rferl-2011-05-nam', 'Azerbaijan Joins Ranks Of Non-Aligned Movement', NULL, 'Radio Free Europe/Radio Liberty', '2011-05', 'https://www.rferl.org/a/azerbaijan_join_nonaligned_movement/24200776.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('todayaz-2019-10-25-nam-chair', 'Azerbaijan assumes Chairmanship of Non-Aligned Movement', NULL, 'Today.az (Trend)', '2019-10-25', 'http://www.today.az/news/politics/187651.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('trend-2021-07-14-nam-extension', 'Azerbaijan to chair Non-Aligned Movement for another year', NULL, 'Trend', '2021-07-14', 'https://en.trend.az/azerbaijan/politics/3455355.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('turan-2024-01-19-nam-handover', 'Azerbaijan transfers Non-Aligned Movement chairmanship to Uganda', NULL, 'Turan', '2024-01-19', 'https://turan.az/en/politics/azerbaijan-transfers-non-aligned-movement-chairmanship-to-uganda-776479', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikipedia-nam', 'Non-Aligned Movement', NULL, 'Wikipedia', NULL, 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikipedia-armenia-pakistan', 'Armenia–Pakistan relations', NULL, 'Wikipedia', NULL, 'https://en.wikipedia.org/wiki/Armenia%e2%80%93Pakistan_relations', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('geo-2025-08-31-pakistan-armenia', 'Pakistan, Armenia formalise diplomatic ties with exchange of communique', NULL, 'Geo News', '2025-08-31', 'https://www.geo.tv/latest/621264-pakistan-armenia-formalise-diplomatic-ties-with-exchange-of-communique', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('mediamax-2025-12-01-minsk-closure', '[Mediamax report: the OSCE completes the closure of the Minsk Process on 30 November 2025]', NULL, 'Mediamax', '2025-12-01', 'https://mediamax.am/en/news/foreignpolicy/59419/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('dailymaverick-2020-10-23-ulgen', 'South Africa should support Turkey in a peaceful resolution to Nagorno-Karabakh conflict', 'Elif Çomoğlu Ülgen', 'Daily Maverick', '2020-10-23', 'https://www.dailymaverick.co.za/opinionista/2020-10-23-south-africa-should-support-turkey-in-a-peaceful-resolution-to-nagorno-karabakh-conflict/', 'opinion', NULL);

-- actors: states and quasi-states
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('armenia', 'Armenia', 'state', 'South Caucasus republic and one of the two belligerents of the 2020 war; backed the Karabakh Armenians, argued for self-determination and later remedial secession, and holds observer status in the Non-Aligned Movement.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('azerbaijan', 'Azerbaijan', 'state', 'South Caucasus republic and the other belligerent; fought to restore control over Nagorno-Karabakh and the surrounding districts, chaired the Non-Aligned Movement during the war and rallied Global South support for its territorial integrity.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nkr', 'Nagorno-Karabakh Republic', 'quasi-state', 'Self-proclaimed Armenian-majority republic in Nagorno-Karabakh, also called the Republic of Artsakh; recognised by no UN member state, with its own Defence Army.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('russia', 'Russia', 'state', 'Permanent member of the UN Security Council and Minsk Group co-chair; Armenia''s treaty ally, which kept Karabakh outside its security commitments, brokered the 10 November 2020 settlement and deployed the peacekeeping force.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('turkey', 'Turkey', 'state', 'Azerbaijan''s closest ally and long-standing defence partner, supplying drones and military advisers; opened a joint ceasefire monitoring centre with Russia in 2021.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('iran', 'Iran', 'state', 'Neighbour of both belligerents with a large ethnic Azerbaijani population in its north-west; offered to mediate but had little leverage over the fighting.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('pakistan', 'Pakistan', 'state', 'Azerbaijan''s firmest supporter in the Global South; for decades did not recognise Armenia and linked Karabakh to its own claim on Kashmir.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('india', 'India', 'state', 'Partner of Armenia, with mutual support on Kashmir and Karabakh; kept a neutral stance during the 2020 war.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('indonesia', 'Indonesia', 'state', 'NAM founding state and elected UN Security Council member in 2019-2020; one of the seven NAM members on the Council that blocked the October 2020 draft statement.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('niger', 'Niger', 'state', 'West African state, NAM and OIC member, elected to the UN Security Council for 2020-2021; one of the seven states that blocked the October 2020 draft statement.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('tunisia', 'Tunisia', 'state', 'North African state, NAM member and elected UN Security Council member for 2020-2021; one of the seven states that blocked the October 2020 draft statement.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('vietnam', 'Vietnam', 'state', 'South-East Asian state, NAM member and elected UN Security Council member for 2020-2021; one of the seven states that blocked the October 2020 draft statement.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('south-africa', 'South Africa', 'state', 'NAM member and elected UN Security Council member in 2019-2020; one of the seven states that blocked the October 2020 draft statement and the audience of a Turkish ambassador''s appeal for mediation.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('saint-vincent-and-the-grenadines', 'Saint Vincent and the Grenadines', 'state', 'A single Caribbean island state (not two), NAM member and elected UN Security Council member for 2020-2021; one of the seven states that blocked the October 2020 draft statement.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('dominican-republic', 'Dominican Republic', 'state', 'Caribbean state, NAM member and elected UN Security Council member in 2019-2020; one of the seven states that blocked the October 2020 draft statement.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('united-states', 'United States', 'state', 'Permanent member of the UN Security Council and Minsk Group co-chair; brokered the short-lived humanitarian ceasefire of 26 October 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('france', 'France', 'state', 'Permanent member of the UN Security Council and Minsk Group co-chair; co-drafted the Council statement withdrawn in October 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('china', 'China', 'state', 'Permanent member of the UN Security Council in 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('united-kingdom', 'United Kingdom', 'state', 'Permanent member of the UN Security Council in 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('belgium', 'Belgium', 'state', 'Elected member of the UN Security Council in 2019-2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('germany', 'Germany', 'state', 'Elected member of the UN Security Council in 2019-2020; with France, asked for the Council''s closed consultations of 29 September 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('estonia', 'Estonia', 'state', 'Elected member of the UN Security Council in 2020-2021.', NULL, NULL);

-- actors: organisations and UN bodies
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nam', 'Non-Aligned Movement', 'organisation', 'Forum of 120 mostly developing states outside the great-power blocs; Azerbaijan joined in 2011 and chaired it from October 2019 to January 2024, while Armenia is an observer.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('osce-minsk-group', 'OSCE Minsk Group', 'organisation', 'OSCE mediation format for the Karabakh conflict, created in 1992 and co-chaired from 1997 by France, Russia and the United States; closed on 30 November 2025.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('unsc', 'United Nations Security Council', 'un-body', 'UN organ of five permanent and ten elected members; adopted four resolutions on the conflict in 1993 and held closed consultations on it on 29 September and 19 October 2020.', NULL, NULL);

-- actors: people
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('elif-comoglu-ulgen', 'Elif Çomoğlu Ülgen', 'person', 'Turkish diplomat, ambassador of Turkey in South Africa in 2020; wrote a Daily Maverick opinion piece urging South African support over Karabakh.', NULL, NULL);

-- actors: places
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('shusha', 'Shusha', 'place', 'Hilltop town in Nagorno-Karabakh overlooking Stepanakert, a cultural centre for both Armenians (Shushi) and Azerbaijanis; Azerbaijan announced its capture on 8 November 2020.', NULL, NULL);

-- aliases: one alias names one actor; kinds are the closed vocabulary of the aliases table.
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of Armenia', 'armenia', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Հայաստան', 'armenia', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Hayastan', 'armenia', 'transliteration', 'Armenian name in Latin letters');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Республика Армения', 'armenia', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of Azerbaijan', 'azerbaijan', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Azərbaycan', 'azerbaijan', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Азербайджан', 'azerbaijan', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Artsakh', 'nkr', 'short-name', 'Armenian name of the territory, used for the republic');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of Artsakh', 'nkr', 'full-name', 'official name since 2017');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('NKR', 'nkr', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Արցախ', 'nkr', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Russian Federation', 'russia', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Россия', 'russia', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Türkiye', 'turkey', 'other-language', 'Turkish name; the UN spelling since 2022');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of Turkey', 'turkey', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Islamic Republic of Iran', 'iran', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('ایران', 'iran', 'other-language', 'Persian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Islamic Republic of Pakistan', 'pakistan', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('پاکستان', 'pakistan', 'other-language', 'Urdu');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of India', 'india', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Bharat', 'india', 'other-language', 'Hindi name in Latin letters');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('भारत', 'india', 'other-language', 'Hindi');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of Indonesia', 'indonesia', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of the Niger', 'niger', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Tunisian Republic', 'tunisia', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('تونس', 'tunisia', 'other-language', 'Arabic');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Viet Nam', 'vietnam', 'short-name', 'UN spelling');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Socialist Republic of Viet Nam', 'vietnam', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of South Africa', 'south-africa', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Saint Vincent', 'saint-vincent-and-the-grenadines', 'short-name', 'the main island, used for the whole state');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('St Vincent', 'saint-vincent-and-the-grenadines', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('St. Vincent and the Grenadines', 'saint-vincent-and-the-grenadines', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('SVG', 'saint-vincent-and-the-grenadines', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Saint Vincent, the Grenadines', 'saint-vincent-and-the-grenadines', 'misspelling', 'memo ¶17; reads as two states (see erratum svg)');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('República Dominicana', 'dominican-republic', 'other-language', 'Spanish');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('United States of America', 'united-states', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('USA', 'united-states', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('US', 'united-states', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('French Republic', 'france', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('People''s Republic of China', 'china', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('PRC', 'china', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('United Kingdom of Great Britain and Northern Ireland', 'united-kingdom', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('UK', 'united-kingdom', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Britain', 'united-kingdom', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Kingdom of Belgium', 'belgium', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Federal Republic of Germany', 'germany', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of Estonia', 'estonia', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('NAM', 'nam', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Nonaligned Movement', 'nam', 'short-name', 'spelling used in the memo (¶2)');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Nonalighed Movement', 'nam', 'misspelling', 'memo ¶8');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Movement of Non-Aligned Countries', 'nam', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Minsk Group', 'osce-minsk-group', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Minsk Group Co-chairs', 'osce-minsk-group', 'short-name', 'the three co-chair countries acting together');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Минская группа ОБСЕ', 'osce-minsk-group', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('UNSC', 'unsc', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('UN Security Council', 'unsc', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Security Council', 'unsc', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Elif Comoglu Ulgen', 'elif-comoglu-ulgen', 'misspelling', 'memo ¶19, without the Turkish letters (also the Daily Maverick byline)');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Shushi', 'shusha', 'transliteration', 'Armenian name');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Şuşa', 'shusha', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Shusha/i', 'shusha', 'transliteration', 'memo ¶3, both names in one');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Շուշի', 'shusha', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Шуша', 'shusha', 'other-language', 'Russian');

-- topics: what a position is about.
INSERT INTO topics (id, name, description) VALUES ('territorial-integrity-azerbaijan', 'Territorial integrity of Azerbaijan', 'Whether Nagorno-Karabakh and the surrounding districts belong to Azerbaijan within its internationally recognised borders.');
INSERT INTO topics (id, name, description) VALUES ('self-determination-nagorno-karabakh', 'Self-determination of Nagorno-Karabakh', 'Whether the Armenians of Nagorno-Karabakh are entitled to decide their own status.');
INSERT INTO topics (id, name, description) VALUES ('remedial-secession', 'Remedial secession', 'Whether grave abuses against the Karabakh Armenians justify separation from Azerbaijan as a remedy.');
INSERT INTO topics (id, name, description) VALUES ('responsibility-to-protect', 'Responsibility to protect (R2P)', 'Whether the 2005 UN doctrine on protecting populations from atrocity crimes applies to the Karabakh Armenians.');
INSERT INTO topics (id, name, description) VALUES ('minsk-group-mediation', 'OSCE Minsk Group mediation', 'Whether the conflict should be settled through negotiations mediated by the Minsk Group co-chairs.');
INSERT INTO topics (id, name, description) VALUES ('recognition-of-artsakh', 'Recognition of Artsakh', 'Whether the Nagorno-Karabakh Republic (Artsakh) should be recognised as an independent state.');
INSERT INTO topics (id, name, description) VALUES ('ceasefire', 'Ceasefire', 'Whether the fighting should stop at once, before or without a settlement.');
INSERT INTO topics (id, name, description) VALUES ('unsc-1993-resolutions', 'UN Security Council resolutions of 1993', 'Whether resolutions 822, 853, 874 and 884, which demanded the withdrawal of occupying forces, are the basis of a settlement.');
INSERT INTO topics (id, name, description) VALUES ('non-interference', 'Non-interference', 'Whether outside states should stay out of the conflict and take no side.');

-- events: war and fighting
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-war', '2020-09-27', '2020-11-10', 'war', 'Second Nagorno-Karabakh War', 'The 44-day war between Azerbaijan on one side and Armenia and the Nagorno-Karabakh Republic on the other, ending with the trilateral statement in force from 10 November 2020; also called the Second Karabakh War, the 2020 Artsakh War, and in Azerbaijan the Patriotic War.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-27-war-start', '2020-09-27', NULL, 'military', 'Fighting breaks out along the line of contact', 'Heavy fighting began on the morning of 27 September; each side blamed the other, and Azerbaijan announced a counter-offensive along the whole front.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-27-armenia-martial-law', '2020-09-27', NULL, 'political', 'Armenia declares martial law and general mobilisation', 'Prime Minister Pashinyan announced that the government had declared martial law and a general mobilisation.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-27-azerbaijan-martial-law', '2020-09-27', NULL, 'political', 'Azerbaijan declares martial law', 'Azerbaijan''s president declared martial law; the mobilisation service stressed that this was not a mobilisation.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-27-nkr-martial-law', '2020-09-27', NULL, 'political', 'Nagorno-Karabakh Republic declares martial law and general mobilisation', 'The Artsakh president announced martial law and the mobilisation of all men aged 18 and over.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-11-08-shusha', '2020-11-08', NULL, 'military', 'Azerbaijan announces the capture of Shusha', 'President Aliyev told the nation that Azerbaijani forces had taken Shusha (Shushi); Armenian officials at first said the fighting went on. The town was taken in battle before the ceasefire, not handed over under it.', 'verified');

-- events: ceasefires (date = agreed or announced, end_date = in force when that was a later day)
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-10-moscow-ceasefire', '2020-10-10', NULL, 'ceasefire', 'Moscow humanitarian ceasefire', 'First ceasefire of the war: after about ten hours of talks hosted by Lavrov, the Armenian and Azerbaijani foreign ministers agreed a humanitarian ceasefire from 12:00 Moscow time on 10 October to exchange prisoners and the dead; it did not hold.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-18-humanitarian-truce', '2020-10-17', '2020-10-18', 'ceasefire', 'Humanitarian truce from 18 October', 'Second ceasefire: announced on 17 October by both foreign ministries after calls with Lavrov, in force from 00:00 local time on 18 October; both sides soon accused each other of breaking it.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-26-us-ceasefire', '2020-10-25', '2020-10-26', 'ceasefire', 'US-brokered humanitarian ceasefire', 'Third ceasefire: announced by the US State Department on 25 October after talks in Washington, in force from 08:00 local time on 26 October; it collapsed within the hour.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-11-10-trilateral-statement', '2020-11-09', '2020-11-10', 'agreement', 'Trilateral statement ends the war', 'Fourth and final ceasefire: signed late on 9 November by Aliyev, Pashinyan and Putin, in force from 00:00 Moscow time on 10 November. The parties stop where they stand; Russia deploys 1,960 peacekeepers with 90 armoured personnel carriers and 380 vehicles for five years, renewed automatically; Armenia returns Kalbajar by 15 November, Agdam by 20 November and Lachin by 1 December 2020.', 'verified');

-- events: UN Security Council
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-19-unsc-consultations', '2020-10-19', NULL, 'meeting', 'UN Security Council closed consultations on Nagorno-Karabakh', 'Second closed-door Council discussion of the war, after that of 29 September; the first Council discussions of the conflict in 25 years.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-19-unsc-draft-withdrawn', '2020-10-19', '2020-10-23', 'diplomatic', 'Seven NAM members block a Council statement; draft withdrawn', 'After the 19 October consultations a draft presidential statement, drawn up by the Minsk Group co-chairs (mainly Russia and France), was circulated without any reference to resolutions 822, 853, 874 and 884. Indonesia, Niger, Tunisia, Viet Nam, South Africa, Saint Vincent and the Grenadines and the Dominican Republic twice broke silence to demand that reference, and the co-chairs withdrew the draft; Azerbaijan reported this on 23 October.', 'verified');

-- events: diplomacy
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2011-05-azerbaijan-joins-nam', '2011-05', NULL, 'institutional', 'Azerbaijan joins the Non-Aligned Movement', 'Azerbaijan was admitted as a full member, together with Fiji, at the NAM ministerial conference in Nusa Dua, Bali.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2019-10-25-azerbaijan-nam-chair', '2019-10-25', '2019-10-26', 'institutional', 'Azerbaijan takes the NAM chair at the Baku summit', 'At the 18th NAM summit in Baku the chairmanship passed from Venezuela to Azerbaijan for an expected term of 2019-2022.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2021-07-14-nam-chair-extension', '2021-07-14', NULL, 'institutional', 'Azerbaijan''s NAM chairmanship extended by a year', 'Azerbaijan agreed to chair the movement for one more year, to 2023, after Uganda, the next chair, asked to take over a year later.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-23-ulgen-op-ed', '2020-10-23', NULL, 'publication', 'Turkish ambassador''s op-ed in the Daily Maverick', 'Turkey''s ambassador in South Africa asked South Africa to back Turkey and Azerbaijan over Karabakh, invoking South Africa''s own struggle for justice and the four 1993 Council resolutions.', 'verified');

-- event_actors: who took part in an event, and how
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-war', 'azerbaijan', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-war', 'armenia', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-war', 'nkr', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-war-start', 'azerbaijan', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-war-start', 'armenia', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-war-start', 'nkr', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-armenia-martial-law', 'armenia', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-azerbaijan-martial-law', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-nkr-martial-law', 'nkr', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-08-shusha', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-08-shusha', 'nkr', 'target');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-08-shusha', 'shusha', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-10-moscow-ceasefire', 'russia', 'mediator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-10-moscow-ceasefire', 'armenia', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-10-moscow-ceasefire', 'azerbaijan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-18-humanitarian-truce', 'russia', 'mediator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-18-humanitarian-truce', 'armenia', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-18-humanitarian-truce', 'azerbaijan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-26-us-ceasefire', 'united-states', 'mediator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-26-us-ceasefire', 'osce-minsk-group', 'mediator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-26-us-ceasefire', 'armenia', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-26-us-ceasefire', 'azerbaijan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'azerbaijan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'armenia', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'russia', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'russia', 'mediator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'shusha', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-consultations', 'unsc', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-consultations', 'russia', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'unsc', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'osce-minsk-group', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'russia', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'france', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'united-states', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'indonesia', 'opponent');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'niger', 'opponent');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'tunisia', 'opponent');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'vietnam', 'opponent');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'south-africa', 'opponent');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'saint-vincent-and-the-grenadines', 'opponent');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'dominican-republic', 'opponent');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-draft-withdrawn', 'azerbaijan', 'supporter');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2011-05-azerbaijan-joins-nam', 'azerbaijan', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2011-05-azerbaijan-joins-nam', 'nam', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2011-05-azerbaijan-joins-nam', 'indonesia', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2019-10-25-azerbaijan-nam-chair', 'azerbaijan', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2019-10-25-azerbaijan-nam-chair', 'nam', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-07-14-nam-chair-extension', 'azerbaijan', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-07-14-nam-chair-extension', 'nam', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-23-ulgen-op-ed', 'elif-comoglu-ulgen', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-23-ulgen-op-ed', 'turkey', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-23-ulgen-op-ed', 'south-africa', 'recipient');

-- positions: an actor's stance on a topic
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('azerbaijan-territorial-integrity', 'azerbaijan', 'territorial-integrity-azerbaijan', 'supports', NULL, NULL, 'Treats Karabakh and the surrounding districts as its own occupied land and presented the 2020 offensive as a counter-offensive to restore its territorial integrity.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('azerbaijan-unsc-1993-resolutions', 'azerbaijan', 'unsc-1993-resolutions', 'supports', NULL, NULL, 'Cites the four 1993 resolutions and their non-implementation as the basis of its case, and thanked the seven Council members that insisted on them.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('armenia-self-determination', 'armenia', 'self-determination-nagorno-karabakh', 'supports', '1994', NULL, 'Self-determination of Nagorno-Karabakh has been Yerevan''s main negotiating position since the 1994 ceasefire (the memo''s account).', 'unverified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('pakistan-territorial-integrity', 'pakistan', 'territorial-integrity-azerbaijan', 'supports', NULL, NULL, 'Backs Azerbaijan''s sovereignty over Karabakh, supported it in both Karabakh wars and likens the dispute to its own claim on Kashmir.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('india-neutral', 'india', 'territorial-integrity-azerbaijan', 'neutral', '2020-10', NULL, 'Kept to neutrality during the war despite Pashinyan''s appeal on Indian television (the memo''s account).', 'unverified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('indonesia-unsc-1993-resolutions', 'indonesia', 'unsc-1993-resolutions', 'supports', '2020-10', NULL, 'On the Council in October 2020, insisted that any statement refer to the four 1993 resolutions.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('niger-unsc-1993-resolutions', 'niger', 'unsc-1993-resolutions', 'supports', '2020-10', NULL, 'On the Council in October 2020, insisted that any statement refer to the four 1993 resolutions.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('tunisia-unsc-1993-resolutions', 'tunisia', 'unsc-1993-resolutions', 'supports', '2020-10', NULL, 'On the Council in October 2020, insisted that any statement refer to the four 1993 resolutions.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('vietnam-unsc-1993-resolutions', 'vietnam', 'unsc-1993-resolutions', 'supports', '2020-10', NULL, 'On the Council in October 2020, insisted that any statement refer to the four 1993 resolutions.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('south-africa-unsc-1993-resolutions', 'south-africa', 'unsc-1993-resolutions', 'supports', '2020-10', NULL, 'On the Council in October 2020, insisted that any statement refer to the four 1993 resolutions.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('saint-vincent-and-the-grenadines-unsc-1993-resolutions', 'saint-vincent-and-the-grenadines', 'unsc-1993-resolutions', 'supports', '2020-10', NULL, 'On the Council in October 2020, insisted that any statement refer to the four 1993 resolutions.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('dominican-republic-unsc-1993-resolutions', 'dominican-republic', 'unsc-1993-resolutions', 'supports', '2020-10', NULL, 'On the Council in October 2020, insisted that any statement refer to the four 1993 resolutions.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('osce-minsk-group-mediation', 'osce-minsk-group', 'minsk-group-mediation', 'supports', '2020-09', '2020-11', 'The co-chairs urged an immediate end to hostilities and a return to negotiations in the Minsk format, without preconditions.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('iran-ceasefire', 'iran', 'ceasefire', 'supports', '2020-10', NULL, 'Offered itself as a mediator for an end to the fighting, though it had little influence over either side (the memo''s account).', 'unverified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('turkey-territorial-integrity', 'turkey', 'territorial-integrity-azerbaijan', 'supports', NULL, NULL, 'Backs Azerbaijan''s claim; its ambassador in South Africa called the Armenian occupation the heart of the conflict and cited the four 1993 resolutions.', 'verified');

-- relations: memberships and other ties over time (subject --predicate--> object)
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('china-permanent-member-unsc', 'china', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('france-permanent-member-unsc', 'france', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('russia-permanent-member-unsc', 'russia', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council; held the rotating presidency in October 2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('united-kingdom-permanent-member-unsc', 'united-kingdom', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('united-states-permanent-member-unsc', 'united-states', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('belgium-elected-member-unsc-2019', 'belgium', 'elected-member', 'unsc', '2019-01-01', '2020-12-31', 'Elected in June 2018 for the two-year term 2019-2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('dominican-republic-elected-member-unsc-2019', 'dominican-republic', 'elected-member', 'unsc', '2019-01-01', '2020-12-31', 'Elected in June 2018 for the two-year term 2019-2020, its first term on the Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('germany-elected-member-unsc-2019', 'germany', 'elected-member', 'unsc', '2019-01-01', '2020-12-31', 'Elected in June 2018 for the two-year term 2019-2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('indonesia-elected-member-unsc-2019', 'indonesia', 'elected-member', 'unsc', '2019-01-01', '2020-12-31', 'Elected in June 2018, after a run-off with the Maldives, for the two-year term 2019-2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('south-africa-elected-member-unsc-2019', 'south-africa', 'elected-member', 'unsc', '2019-01-01', '2020-12-31', 'Elected in June 2018 for the two-year term 2019-2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('estonia-elected-member-unsc-2020', 'estonia', 'elected-member', 'unsc', '2020-01-01', '2021-12-31', 'Elected on 7 June 2019, after a run-off with Romania, for the two-year term 2020-2021.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('niger-elected-member-unsc-2020', 'niger', 'elected-member', 'unsc', '2020-01-01', '2021-12-31', 'Elected on 7 June 2019 for the two-year term 2020-2021.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('saint-vincent-and-the-grenadines-elected-member-unsc-2020', 'saint-vincent-and-the-grenadines', 'elected-member', 'unsc', '2020-01-01', '2021-12-31', 'Elected on 7 June 2019, against El Salvador, for the two-year term 2020-2021.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('tunisia-elected-member-unsc-2020', 'tunisia', 'elected-member', 'unsc', '2020-01-01', '2021-12-31', 'Elected on 7 June 2019 for the two-year term 2020-2021.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('vietnam-elected-member-unsc-2020', 'vietnam', 'elected-member', 'unsc', '2020-01-01', '2021-12-31', 'Elected on 7 June 2019 for the two-year term 2020-2021.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('azerbaijan-member-nam', 'azerbaijan', 'member', 'nam', '2011-05', NULL, 'Full member since the Bali ministerial conference of May 2011.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('azerbaijan-chair-nam', 'azerbaijan', 'chair', 'nam', '2019-10-25', '2024-01', 'Chaired the movement from the Baku summit of October 2019; the term, first set at 2019-2022, was extended to 2023, and Uganda took over at the Kampala summit in January 2024.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('armenia-observer-nam', 'armenia', 'observer', 'nam', NULL, NULL, 'Observer state, not a member.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('indonesia-member-nam', 'indonesia', 'member', 'nam', NULL, NULL, 'Member state (a founder of the movement).', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('niger-member-nam', 'niger', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('tunisia-member-nam', 'tunisia', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('vietnam-member-nam', 'vietnam', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('south-africa-member-nam', 'south-africa', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('saint-vincent-and-the-grenadines-member-nam', 'saint-vincent-and-the-grenadines', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('dominican-republic-member-nam', 'dominican-republic', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('france-co-chair-osce-minsk-group', 'france', 'co-chair', 'osce-minsk-group', '1997-02-14', '2025-11-30', 'Co-chair of the Minsk Group from February 1997 until the group''s closure.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('russia-co-chair-osce-minsk-group', 'russia', 'co-chair', 'osce-minsk-group', '1997-02-14', '2025-11-30', 'Co-chair of the Minsk Group from February 1997 until the group''s closure.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('united-states-co-chair-osce-minsk-group', 'united-states', 'co-chair', 'osce-minsk-group', '1997-02-14', '2025-11-30', 'Co-chair of the Minsk Group from February 1997 until the group''s closure.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('pakistan-does-not-recognise-armenia', 'pakistan', 'does-not-recognise', 'armenia', '1991', '2025-08-31', 'Withheld recognition of Armenia from its independence in 1991, over the Karabakh conflict and as the only UN member to do so, until the two established diplomatic relations on 31 August 2025.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('pakistan-diplomatic-relations-armenia', 'pakistan', 'diplomatic-relations', 'armenia', '2025-08-31', NULL, 'Diplomatic relations established by a joint communiqué signed in Tianjin on 31 August 2025.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('elif-comoglu-ulgen-ambassador-to-south-africa', 'elif-comoglu-ulgen', 'ambassador-to', 'south-africa', NULL, NULL, 'Turkey''s ambassador in South Africa at the time of the 2020 war.', 'verified');

-- errata: where the memo is wrong or unclear. says = the memo's words; correction = what the record holds.
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('peacekeepers', 'ponars-704', '¶3', '“5,000 Russian peacekeepers”', 'The trilateral statement provides for 1,960 Russian peacekeepers with light arms, 90 armoured personnel carriers and 380 vehicles.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('svg', 'ponars-704', '¶17', '“Saint Vincent, the Grenadines”', 'Saint Vincent and the Grenadines is one state; with it the list names exactly seven states, not eight.', 'error');

-- errata_records: which records each erratum concerns
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('peacekeepers', NULL, '2020-11-10-trilateral-statement', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('peacekeepers', 'russia', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('svg', 'saint-vincent-and-the-grenadines', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('svg', NULL, '2020-10-19-unsc-draft-withdrawn', NULL, NULL);

-- citations: actors
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶1', 'armenia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶8', 'armenia', 'NAM observer');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('rferl-2011-05-nam', 'https://www.rferl.org/a/azerbaijan_join_nonaligned_movement/24200776.html', 'armenia', 'NAM observer');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶1', 'azerbaijan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('todayaz-2019-10-25-nam-chair', 'http://www.today.az/news/politics/187651.html', 'azerbaijan', 'NAM chair');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶3', 'nkr', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armradio-2020-09-27-artsakh-martial-law', 'https://en.armradio.am/2020/09/27/artsakh-declared-martial-law-and-general-mobilization/', 'nkr', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶3', 'russia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'russia', 'peacekeeping force');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶4', 'turkey', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶6', 'iran', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶16', 'pakistan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wikipedia-armenia-pakistan', 'https://en.wikipedia.org/wiki/Armenia%e2%80%93Pakistan_relations', 'pakistan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶14', 'india', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶17', 'indonesia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'indonesia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶17', 'niger', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'niger', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶17', 'tunisia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'tunisia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶17', 'vietnam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'vietnam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶17', 'south-africa', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'south-africa', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶17', 'saint-vincent-and-the-grenadines', 'written “Saint Vincent, the Grenadines”');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'saint-vincent-and-the-grenadines', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶17', 'dominican-republic', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'dominican-republic', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶2', 'united-states', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('epochtimes-2020-10-us-ceasefire', 'https://www.theepochtimes.com/world/us-says-humanitarian-ceasefire-to-take-effect-on-monday-in-nagorno-karabakh-3551944', 'united-states', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶2', 'france', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'france', 'co-drafted the statement');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'china', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'united-kingdom', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'belgium', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'germany', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'estonia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶2', 'nam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'nam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶2', 'osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('mediamax-2025-12-01-minsk-closure', 'https://mediamax.am/en/news/foreignpolicy/59419/', 'osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶17', 'unsc', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('newsaz-2020-10-23-hajiyev', 'https://news.az/news/span-classred-highlightdiscussions-on-karabakh-conflict-held-at-un-security-council-25-years-later-top-azerbaijani-official-span', 'unsc', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶19', 'elif-comoglu-ulgen', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('dailymaverick-2020-10-23-ulgen', 'https://www.dailymaverick.co.za/opinionista/2020-10-23-south-africa-should-support-turkey-in-a-peaceful-resolution-to-nagorno-karabakh-conflict/', 'elif-comoglu-ulgen', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶3', 'shusha', 'written “Shusha/i”');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('alarabiya-2020-11-08-shusha', 'https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha', 'shusha', NULL);

-- citations: events
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶1', '2020-war', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶20', '2020-war', '“44-day war”');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', '2020-war', 'end of hostilities');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶1', '2020-09-27-war-start', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('livemint-2020-09-27-martial-law', 'https://www.livemint.com/news/world/armenia-declares-martial-law-after-clashes-with-azerbaijan-in-disputed-area-top-developments-11601203994670.html', '2020-09-27-war-start', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('trend-2020-09-27-martial-law', 'https://en.trend.az/azerbaijan/politics/3306374.html', '2020-09-27-war-start', 'Azerbaijani account');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('livemint-2020-09-27-martial-law', 'https://www.livemint.com/news/world/armenia-declares-martial-law-after-clashes-with-azerbaijan-in-disputed-area-top-developments-11601203994670.html', '2020-09-27-armenia-martial-law', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('trend-2020-09-27-martial-law', 'https://en.trend.az/azerbaijan/politics/3306374.html', '2020-09-27-azerbaijan-martial-law', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('armradio-2020-09-27-artsakh-martial-law', 'https://en.armradio.am/2020/09/27/artsakh-declared-martial-law-and-general-mobilization/', '2020-09-27-nkr-martial-law', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶3', '2020-11-08-shusha', 'memo says Shusha was “returned”; see erratum shusha-returned');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('alarabiya-2020-11-08-shusha', 'https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha', '2020-11-08-shusha', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('tass-2020-10-10-ceasefire', 'https://tass.com/world/1210719', '2020-10-10-moscow-ceasefire', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶1', '2020-10-10-moscow-ceasefire', 'implied by “a fourth” ceasefire');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('afp-2020-10-17-truce', 'https://afp.omni.se/armenia-azerbaijan-agree-to-declare-humanitarian-truce/a/X8g7go', '2020-10-18-humanitarian-truce', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('epochtimes-2020-10-us-ceasefire', 'https://www.theepochtimes.com/world/us-says-humanitarian-ceasefire-to-take-effect-on-monday-in-nagorno-karabakh-3551944', '2020-10-26-us-ceasefire', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('armenianweekly-2020-10-26-ceasefire', 'https://armenianweekly.com/2020/10/26/azerbaijan-breaches-newly-us-negotiated-ceasefire-within-minutes/', '2020-10-26-us-ceasefire', 'collapse');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', '2020-11-10-trilateral-statement', 'text of the statement');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶1', '2020-11-10-trilateral-statement', '“a fourth, Russian-brokered ceasefire”');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶3', '2020-11-10-trilateral-statement', 'peacekeepers; see erratum peacekeepers');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('newsaz-2020-10-23-hajiyev', 'https://news.az/news/span-classred-highlightdiscussions-on-karabakh-conflict-held-at-un-security-council-25-years-later-top-azerbaijani-official-span', '2020-10-19-unsc-consultations', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', '2020-10-19-unsc-consultations', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶17', '2020-10-19-unsc-draft-withdrawn', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', '2020-10-19-unsc-draft-withdrawn', 'drafted by Russia and France');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('newsaz-2020-10-23-hajiyev', 'https://news.az/news/span-classred-highlightdiscussions-on-karabakh-conflict-held-at-un-security-council-25-years-later-top-azerbaijani-official-span', '2020-10-19-unsc-draft-withdrawn', 'silence broken twice');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶15', '2011-05-azerbaijan-joins-nam', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('rferl-2011-05-nam', 'https://www.rferl.org/a/azerbaijan_join_nonaligned_movement/24200776.html', '2011-05-azerbaijan-joins-nam', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('todayaz-2019-10-25-nam-chair', 'http://www.today.az/news/politics/187651.html', '2019-10-25-azerbaijan-nam-chair', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶8', '2019-10-25-azerbaijan-nam-chair', 'memo gives the term as 2019-2022');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('trend-2021-07-14-nam-extension', 'https://en.trend.az/azerbaijan/politics/3455355.html', '2021-07-14-nam-chair-extension', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶19', '2020-10-23-ulgen-op-ed', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('dailymaverick-2020-10-23-ulgen', 'https://www.dailymaverick.co.za/opinionista/2020-10-23-south-africa-should-support-turkey-in-a-peaceful-resolution-to-nagorno-karabakh-conflict/', '2020-10-23-ulgen-op-ed', NULL);

-- citations: positions
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶7', 'azerbaijan-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('trend-2020-09-27-martial-law', 'https://en.trend.az/azerbaijan/politics/3306374.html', 'azerbaijan-territorial-integrity', 'counter-offensive');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶15', 'azerbaijan-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('newsaz-2020-10-23-hajiyev', 'https://news.az/news/span-classred-highlightdiscussions-on-karabakh-conflict-held-at-un-security-council-25-years-later-top-azerbaijani-official-span', 'azerbaijan-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶9', 'armenia-self-determination', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶16', 'pakistan-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('wikipedia-armenia-pakistan', 'https://en.wikipedia.org/wiki/Armenia%e2%80%93Pakistan_relations', 'pakistan-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶14', 'india-neutral', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'indonesia-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶17', 'indonesia-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'niger-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶17', 'niger-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'tunisia-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶17', 'tunisia-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'vietnam-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶17', 'vietnam-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'south-africa-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶17', 'south-africa-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'saint-vincent-and-the-grenadines-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶17', 'saint-vincent-and-the-grenadines-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'dominican-republic-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶17', 'dominican-republic-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶2', 'osce-minsk-group-mediation', 'cautions disregarded by both parties');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('afp-2020-10-17-truce', 'https://afp.omni.se/armenia-azerbaijan-agree-to-declare-humanitarian-truce/a/X8g7go', 'osce-minsk-group-mediation', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶6', 'iran-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶19', 'turkey-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('dailymaverick-2020-10-23-ulgen', 'https://www.dailymaverick.co.za/opinionista/2020-10-23-south-africa-should-support-turkey-in-a-peaceful-resolution-to-nagorno-karabakh-conflict/', 'turkey-territorial-integrity', NULL);

-- citations: relations
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'china-permanent-member-unsc', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'france-permanent-member-unsc', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'russia-permanent-member-unsc', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'united-kingdom-permanent-member-unsc', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'united-states-permanent-member-unsc', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'belgium-elected-member-unsc-2019', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'dominican-republic-elected-member-unsc-2019', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'germany-elected-member-unsc-2019', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'indonesia-elected-member-unsc-2019', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'south-africa-elected-member-unsc-2019', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'belgium-elected-member-unsc-2019', 'second year in 2020');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'dominican-republic-elected-member-unsc-2019', 'second year in 2020');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'germany-elected-member-unsc-2019', 'second year in 2020');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'indonesia-elected-member-unsc-2019', 'second year in 2020');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'south-africa-elected-member-unsc-2019', 'second year in 2020');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'estonia-elected-member-unsc-2020', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'niger-elected-member-unsc-2020', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'saint-vincent-and-the-grenadines-elected-member-unsc-2020', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'tunisia-elected-member-unsc-2020', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'vietnam-elected-member-unsc-2020', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶17', 'indonesia-elected-member-unsc-2019', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶17', 'niger-elected-member-unsc-2020', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶17', 'tunisia-elected-member-unsc-2020', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶17', 'vietnam-elected-member-unsc-2020', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶17', 'south-africa-elected-member-unsc-2019', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶17', 'saint-vincent-and-the-grenadines-elected-member-unsc-2020', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶17', 'dominican-republic-elected-member-unsc-2019', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶15', 'azerbaijan-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('rferl-2011-05-nam', 'https://www.rferl.org/a/azerbaijan_join_nonaligned_movement/24200776.html', 'azerbaijan-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶8', 'azerbaijan-chair-nam', 'memo: 2019-2022');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('todayaz-2019-10-25-nam-chair', 'http://www.today.az/news/politics/187651.html', 'azerbaijan-chair-nam', 'start');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('trend-2021-07-14-nam-extension', 'https://en.trend.az/azerbaijan/politics/3455355.html', 'azerbaijan-chair-nam', 'extension');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('turan-2024-01-19-nam-handover', 'https://turan.az/en/politics/azerbaijan-transfers-non-aligned-movement-chairmanship-to-uganda-776479', 'azerbaijan-chair-nam', 'end');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶8', 'armenia-observer-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('rferl-2011-05-nam', 'https://www.rferl.org/a/azerbaijan_join_nonaligned_movement/24200776.html', 'armenia-observer-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'indonesia-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'indonesia-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'niger-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'niger-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'tunisia-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'tunisia-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'vietnam-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'vietnam-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'south-africa-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'south-africa-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'saint-vincent-and-the-grenadines-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'saint-vincent-and-the-grenadines-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'dominican-republic-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'dominican-republic-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶2', 'france-co-chair-osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('mediamax-2025-12-01-minsk-closure', 'https://mediamax.am/en/news/foreignpolicy/59419/', 'france-co-chair-osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶2', 'russia-co-chair-osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('mediamax-2025-12-01-minsk-closure', 'https://mediamax.am/en/news/foreignpolicy/59419/', 'russia-co-chair-osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶2', 'united-states-co-chair-osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('mediamax-2025-12-01-minsk-closure', 'https://mediamax.am/en/news/foreignpolicy/59419/', 'united-states-co-chair-osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶16', 'pakistan-does-not-recognise-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-armenia-pakistan', 'https://en.wikipedia.org/wiki/Armenia%e2%80%93Pakistan_relations', 'pakistan-does-not-recognise-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('geo-2025-08-31-pakistan-armenia', 'https://www.geo.tv/latest/621264-pakistan-armenia-formalise-diplomatic-ties-with-exchange-of-communique', 'pakistan-does-not-recognise-armenia', 'end');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('geo-2025-08-31-pakistan-armenia', 'https://www.geo.tv/latest/621264-pakistan-armenia-formalise-diplomatic-ties-with-exchange-of-communique', 'pakistan-diplomatic-relations-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶19', 'elif-comoglu-ulgen-ambassador-to-south-africa', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('dailymaverick-2020-10-23-ulgen', 'https://www.dailymaverick.co.za/opinionista/2020-10-23-south-africa-should-support-turkey-in-a-peaceful-resolution-to-nagorno-karabakh-conflict/', 'elif-comoglu-ulgen-ambassador-to-south-africa', 'byline');

-- citations: errata (the correcting sources)
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'peacekeepers', 'point 3 of the statement');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('un-ga-12152', 'https://www.un.org/press/en/2019/ga12152.doc.htm', 'svg', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'svg', NULL);
