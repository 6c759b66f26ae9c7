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
CREATE INDEX aliases_actor ON aliases (actor_id, alias);

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

-- sources: further documents, reference works and news reports (added in the full-coverage pass)
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('un-press-2020-10-01-council-programme', 'Press Conference by Security Council President on Programme of Work for October', NULL, 'United Nations', '2020-10-01', 'https://press.un.org/en/2020/201001%20SC.doc.htm', 'document', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('russiaun-2020-10-01-presidency', 'Press Conference by Permanent Representative Vassily Nebenzia on the occasion of Russian Presidency in the Security Council in October, 2020', NULL, 'Permanent Mission of the Russian Federation to the United Nations', '2020-10-01', 'https://russiaun.ru/en/news/pressconf_011020', 'statement', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('lawglobalhub-unscr-853', 'United Nations Security Council Resolution 853 – Armenia-Azerbaijan', NULL, 'Law Global Hub', NULL, 'https://lawglobalhub.com/united-nations-security-council-resolution-853-armenia-azerbaijan', 'document', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('cancilleria-2020-09-27-armenia-azerbaijan', 'Preocupación argentina por los enfrentamientos entre Armenia y Azerbaiyán', NULL, 'Ministerio de Relaciones Exteriores, Comercio Internacional y Culto (Argentina)', '2020-09-27', 'https://www.cancilleria.gob.ar/es/actualidad/noticias/preocupacion-argentina-por-los-enfrentamientos-entre-armenia-y-azerbaiyan', 'statement', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('mfa-am-2012-05-10-nalbandian', 'Statement by H.E. Mr. Edward Nalbandian, Minister of Foreign Affairs of the Republic of Armenia at the Ministerial Meeting of the Coordinating Bureau of the Non-Alignment Movement', 'Edward Nalbandian', 'Ministry of Foreign Affairs of Armenia', '2012-05-10', 'https://mfa.am/en/speeches/2012/05/10/nalbandian-speech/2942', 'statement', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('mfa-az-2012-05-mammadyarov', 'Statement by Elmar Mammadyarov, Minister of Foreign Affairs of the Republic of Azerbaijan, at the Ministerial Meeting of the Coordinating Bureau of Non-Aligned Movement', 'Elmar Mammadyarov', 'Ministry of Foreign Affairs of Azerbaijan', '2012-05', 'http://www.mfa.gov.az/news/881/3919', 'statement', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('primeminister-am-2020-10-07-first-channel', 'Nikol Pashinyan: “Nagorno-Karabakh is fighting against international terrorism, which makes great difference in the context of the Nagorno-Karabakh conflict”', NULL, 'Office of the Prime Minister of the Republic of Armenia', '2020-10-07', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/07/Nikol-Pashinyan-interview', 'statement', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('primeminister-am-2020-10-08-tv5monde', 'Nikol Pashinyan interview with TV5 Monde (recognition of Nagorno-Karabakh’s independence)', NULL, 'Office of the Prime Minister of the Republic of Armenia', '2020-10-08', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/08/Nikol-Pashinyan-interview-Tv5Monde', 'statement', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('primeminister-am-2020-10-09-repubblica', '“International recognition of Nagorno-Karabakh’s independence is a way to prevent the threat of genocide” - Nikol Pashinyan tells La Repubblica', NULL, 'Office of the Prime Minister of the Republic of Armenia', '2020-10-09', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/09/Nikol-Pashinyan-interview-La-Republica', 'statement', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('aida-about', 'Haqqımızda (About AIDA)', NULL, 'Azerbaijan International Development Agency', NULL, 'http://aida.mfa.gov.az/?options=content&id=1', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('economy-gov-az-oic', 'Organization of Islamic Cooperation', NULL, 'Ministry of Economy of the Republic of Azerbaijan', '2020-11-02', 'https://www.economy.gov.az/en/article/oic/21544', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('up-2012-08-01-azerbaijan-embassy', 'Embassy of Azerbaijan initiates links with University of Pretoria', NULL, 'University of Pretoria', '2012-08-01', 'https://www.up.ac.za/news/post_1765392-embassy-of-azerbaijan-initiates-links-with-university-of-pretoria', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikipedia-unscr-822', 'United Nations Security Council Resolution 822', NULL, 'Wikipedia', NULL, 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_822', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('insightkarabakh-unscr-853', 'What was UN Security Council Resolution 853, adopted on July 29, 1993, about?', NULL, 'Insight Karabakh', '2020-10-30', 'https://insightkarabakh.com/2020/10/30/what-was-un-security-council-resolution-853-adopted-on-july-29-1993-about/', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikipedia-unscr-874', 'United Nations Security Council Resolution 874', NULL, 'Wikipedia', NULL, 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_874', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikipedia-unscr-884', 'United Nations Security Council Resolution 884', NULL, 'Wikipedia', NULL, 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_884', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikipedia-bishkek-protocol', 'Bishkek Protocol', NULL, 'Wikipedia', NULL, 'https://en.wikipedia.org/wiki/Bishkek_Protocol', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikipedia-israel-jordan-treaty', 'Israel–Jordan peace treaty', NULL, 'Wikipedia', NULL, 'https://en.wikipedia.org/wiki/Israel%E2%80%93Jordan_peace_treaty', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikipedia-iran-protests-2020', 'Actions in support of Azerbaijan in Iran (2020)', NULL, 'Wikipedia', NULL, 'https://en.wikipedia.org/wiki/Actions_in_support_of_Azerbaijan_in_Iran_(2020)', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikivisually-r2p', 'Responsibility to protect', NULL, 'WikiVisually (Wikipedia mirror)', NULL, 'https://wikivisually.com/wiki/Responsibility_to_protect', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('icrtop-2005-world-summit', 'RtoP in the 2005 World Summit', NULL, 'International Coalition for the Responsibility to Protect', NULL, 'http://responsibilitytoprotect.org/index.php/component/content/article/176-the-un-and-rtop/383-rtop-in-the-2005-world-summit?tmpl=component&print=1&page=', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('papermasters-yom-kippur', 'Yom Kippur War', NULL, 'PaperMasters', NULL, 'https://papermasters.com/world-history/wars/yom-kippur-war', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('panarmenian-2007-05-bishkek', 'Karabakh - on May 12, 1994 the protocol on ceasefire was put into action', NULL, 'PanARMENIAN.Net', '2007-05-13', 'http://www.panarmenian.net/eng/politics/details/42533/Karabakh__on_May_12_1994_the_protocol_on_ceasefire_was_put_into_action', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('thejc-israel-jordan-treaty', 'On this day: The Israel–Jordan Treaty of Peace', 'Jennifer Lipman', 'The Jewish Chronicle', '2010-10-26', 'https://thejc.com/on-this-day-the-israeljordan-treaty-of-peace-nkosko2k', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenpress-2020-09-30-sarkissian-letters', '[Armenpress report: President Armen Sarkissian writes to leaders of Arab states about the fighting]', NULL, 'Armenpress', '2020-09-30', 'https://armenpress.am/eng/news/1029606/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('aravot-2020-09-30-jordan-letter', 'President Armen Sarkissian sent a letter to the King of Jordan on the military actions perpetrated by Azerbaijan', NULL, 'Aravot', '2020-09-30', 'https://en.aravot.am/2020/09/30/265692/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('alhanews-2020-09-27-egypt', 'الخارجية المصرية تناشد الطرفين في إقليم “قره باغ” بضبط النفس و وقف التصعيد', NULL, 'Alhanews', '2020-09-27', 'https://alhanews.com/%d8%a7%d9%84%d8%ae%d8%a7%d8%b1%d8%ac%d9%8a%d8%a9-%d8%a7%d9%84%d9%85%d8%b5%d8%b1%d9%8a%d8%a9-%d8%aa%d9%86%d8%a7%d8%b4%d8%af-%d8%a7%d9%84%d8%b7%d8%b1%d9%81%d9%8a%d9%86-%d9%81%d9%8a-%d8%a5%d9%82%d9%84', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('azvision-2020-11-02-reuters-diaspora', 'Members of the Armenian Diaspora return to participate in Nagorno-Karabakh war - Reuters', NULL, 'AzVision (Reuters)', '2020-11-02', 'https://en.azvision.az/news/134123/news.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('memo-2020-10-13-lebanese-armenians', 'Lebanese Armenians join fighting in Nagorno-Karabakh', NULL, 'Middle East Monitor', '2020-10-13', 'https://www.middleeastmonitor.com/20201013-lebanese-armenians-join-fighting-in-nagorno-karabakh/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('soyarmenio-sola', 'Felipe Solá comparte dolor por conflicto en Nagorno Karabaj', NULL, 'Soy Armenio', NULL, 'https://soyarmenio.com.ar/felipe-sola-comparte-dolor-por-conflicto-en-nagorno-karabaj/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('batimes-2020-10-armenians-argentina', 'Armenians in Argentina decry Nagorno-Karabakh conflict', NULL, 'Buenos Aires Times (AFP)', '2020-10', 'https://www.batimes.com.ar/news/amp/argentina/armenians-in-argentina-decry-nagorno-karabakh-conflict.phtml', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('cronica-2020-10-31-caravana', 'Caravana sudamericana por la paz en Armenia y Nagorno Karabaj', NULL, 'Crónica', '2020-10-31', 'https://www.cronica.com.ar/info-general/Caravana-sudamericana-por-la-paz-en-Armenia-y-Nagorno-Karabaj-20201031-0048.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('asbarez-2020-11-13-montevideo', 'Montevideo, Uruguay’s Capital, Recognizes Artsakh’s Independence', NULL, 'Asbarez (reposted by Armenian Club)', '2020-11-13', 'https://armenianclub.com/2020/11/14/asbarez-montevideo-uruguays-capital-recognizes-artsakhs-independence', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('asbarez-2015-01-uruguay-nkr', 'Uruguay’s Foreign Ministry Calls for Recognition of Nagorno-Karabakh Republic', NULL, 'Asbarez', '2015-01', 'https://asbarez.org/130417/uruguays-foreign-ministry-calls-for-recognition-of-nagorno-karabakh-republic/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('azatutyun-uruguay-genocide-1965', '[Azatutyun report: Uruguay’s foreign minister in Yerevan; Uruguay first recognised the Armenian Genocide in 1965]', NULL, 'Radio Azatutyun (RFE/RL)', NULL, 'https://azatutyun.am/a/31412929.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wion-2019-09-26-pashinyan', 'We fully defend Indian position: Armenia PM Nikol Pashinyan on Jammu and Kashmir', 'Sidhant Sibal', 'WION', '2019-09-26', 'https://www.wionews.com/world/we-fully-defend-indian-position-armenia-pm-nikol-pashinyan-on-jammu-and-kashmir-252249', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('eurasiareview-2016-01-15-azerbaijan-indonesia', 'Azerbaijan And Indonesia: Dynamic Bilateral Relations – OpEd', NULL, 'Eurasia Review', '2016-01-15', 'https://www.eurasiareview.com/15012016-azerbaijan-and-indonesia-dynamic-bilateral-relations-oped/', 'opinion', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('minanews-2020-07-24-mirzayev', 'Ambassador of the Republic of Azerbaijan: Indonesia Is A Strategic Partner', NULL, 'MINA News Agency', '2020-07-24', 'https://en.minanews.net/ambassador-of-the-republic-of-azerbaijan-indonesia-is-a-strategic-partner/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('azertag-2020-03-06-oic-niger', 'Aserbaidschan leistet OIC finanzielle Hilfe', NULL, 'AZERTAC', '2020-03-06', 'https://azertag.az/de/xeber/Aserbaidschan_leistet_OIC_finanzielle_Hilfe-1434617', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('tunisianmonitor-2018-10-11-jhinaoui', 'Tunisia FM on Karabakh conflict: We are not going to take one side or another', NULL, 'Tunisian Monitor Online (news.am)', '2018-10-11', 'https://www.tunisianmonitoronline.com/index.php/2018/10/11/tunisia-fm-on-karabakh-conflict-we-are-not-going-to-take-one-side-or-another/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('trt-2020-07-25-tunisia-pm', 'Tunisia president appoints interior minister as new PM', NULL, 'TRT World (AFP)', '2020-07-25', 'https://trt.global/world/article/12871199', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('vietnamnet-2014-05-aliyev-hanoi', 'President Sang welcomes Azerbaijani counterpart, vows stronger cooperation', NULL, 'VietNamNet', '2014-05', 'https://vietnamnet.vn/en/president-sang-welcomes-azerbaijani-counterpart-vows-stronger-cooperation-E102815.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('vietnamplus-2014-05-aliyev-visit-announced', 'Bientôt la visite du président de l’Azerbaïdjan au Vietnam', NULL, 'VietnamPlus', '2014-05', 'http://fr.vietnamplus.vn/bientot-la-visite-du-president-de-lazerbaidjan-au-vietnam/51866.vnp', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('vovworld-2015-sang-baku', 'President Truong Tan Sang visits Azerbaijan', NULL, 'VOV World', NULL, 'https://vovworld.vn/en-US/news/president-truong-tan-sang-visits-azerbaijan-334700.vov', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('searchlight-2014-12-23-floods', 'Remembering the December floods', NULL, 'Searchlight', '2014-12-23', 'https://searchlight.vc/searchlight/news/2014/12/23/remembering-the-december-floods/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('trend-2017-11-30-baku-statement', 'Baku Statement of Azerbaijani, Turkish, Pakistani FMs adopted (PHOTO) (UPDATE)', 'Leman Zeynalova', 'Trend', '2017-11-30', 'https://en.trend.az/azerbaijan/politics/2828779.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('turan-2017-11-30-baku-declaration', 'Azerbaijan, Turkey and Pakistan intend to cooperate actively in the spheres of defense and security', NULL, 'Turan', '2017-11-30', 'http://www.turan.az/ext/news/2017/11/free/politics%20news/en/67201.htm', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('dawn-2021-01-13-islamabad-declaration', 'Pakistan, Turkey, Azerbaijan resolve to enhance cooperation, continue mutual support on national issues', NULL, 'Dawn', '2021-01-13', 'https://www.dawn.com/news/1601304/pakistan-turkey-azerbaijan-resolve-to-enhance-cooperation-continue-mutual-support-on-national-issues', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('massispost-2020-04-shougarian', 'Ambassador Rouben Shougarian has passed away', NULL, 'Massis Post', '2020-04-21', 'https://massispost.com/2020/04/ambassador-rouben-shougarian-has-passed-away/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('asbarez-2020-04-22-shugaryan', 'Armenia’s former envoy to U.S. Ruben Shugaryan passes away', NULL, 'Asbarez', '2020-04-22', 'http://asbarez.com/193742/armenias-former-envoy-to-u-s-ruben-shugaryan-passes-away/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('jamnews-2020-07-16-mammadyarov', 'Azerbaijani foreign minister dismissed', NULL, 'JAMnews', '2020-07-16', 'https://jam-news.net/azerbaijani-foreign-minister-dismissed/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('newsaz-2018-03-30-nam-ministerial', 'MFA: Baku to host conference of foreign ministers within Non-Aligned Movement', NULL, 'News.Az', '2018-03-30', 'https://news.az/news/mfa-baku-to-host-conference-of-foreign-ministers-within-non-aligned-movement', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('eurnews-2020-10-19-unsc', 'UN Security Council held a meeting on Karabakh', NULL, 'Eurnews', '2020-10', 'https://eurnews.net/un-security-council-held-a-meeting-on-karabakh/?amp', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('massispost-2020-09-28-unsc', 'UN Security Council to hold emergency talks on Nagorno-Karabakh', NULL, 'Massis Post (AFP)', '2020-09-28', 'https://massispost.com/2020/09/un-security-council-to-hold-emergency-talks-on-nagorno-karabakh/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('siasat-2020-09-30-unsc', 'UN Council urges speedy halt to Nagorno-Karabakh fighting', NULL, 'The Siasat Daily (AP)', '2020-09-30', 'https://www.siasat.com/un-council-urges-speedy-halt-to-nagorno-karabakh-fighting-1987269/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('todayaz-2020-10-24-draft', '[Trend commentary: the Minsk Group co-chairs withdraw their draft Security Council statement]', NULL, 'Today.az (Trend)', '2020-10-24', 'http://www.today.az/news/politics/199206.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('hyetert-2021-01-30-jmc', 'Russian-Turkish center to monitor Nagorno-Karabakh ceasefire opens in Azerbaijan', NULL, 'Hyetert (TASS)', '2021-01-30', 'https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('brecorder-2021-01-31-jmc', 'Russia, Turkey open monitoring centre for Nagorno-Karabakh', NULL, 'Business Recorder (Reuters)', '2021-01-31', 'https://www.brecorder.com/news/amp/40058134', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('sputnik-2020-11-11-memorandum', 'Russia, Turkey Sign Memorandum on Creation of Joint Centre to Control Ceasefire in Karabakh', NULL, 'Sputnik', '2020-11-11', 'https://sputnikglobe.com/amp/20201111/russia-turkey-sign-memorandum-on-creation-of-joint-centre-to-control-ceasefire-in-karabakh-1081132496.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenpress-2024-04-18-jmc-closure', 'Joint Russian-Turkish monitoring center in Nagorno-Karbakh to stop its activity', NULL, 'Armenpress', '2024-04-18', 'https://armenpress.am/eng/news/1135088/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('commonspace-2020-11-15-kelbajar', 'Hand over of Kelbajar to Azerbaijan postponed until 25 November', NULL, 'commonspace.eu', '2020-11-15', 'https://www.commonspace.eu/news/hand-over-kelbajar-azerbaijan-postponed-until-25-november', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('gktoday-2018-03-armen-sarkissian', 'Armen Sarkisian elected as new president of Republic of Armenia', NULL, 'GKToday', '2018-03', 'https://www.gktoday.in/armen-sarkisian-elected-as-new-president-of-republic-of-armenia/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('anews-2022-01-23-sarkissian-resigns', 'Armenian President Armen Sarkissian resigns', NULL, 'A News (Anadolu Agency)', '2022-01-23', 'https://www.anews.com.tr/world/2022/01/23/armenian-president-armen-sarkissian-resigns', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('georgianjournal-2018-04-23-sargsyan', 'Armenian Prime Minister Serzh Sargsyan resigns', NULL, 'Georgian Journal', '2018-04-23', 'https://www.georgianjournal.ge/world/34429-armenian-prime-minister-serzh-sargsyan-resigns.html?tmpl=component&print=1&layout=default&page=', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('panarmenian-2020-04-23-sargsyan', 'Armenia: Two years have passed since Serzh Sargsyan''s resignation', NULL, 'PanARMENIAN.Net', '2020-04-23', 'http://www.panarmenian.net/eng/news/280428/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('ecolur-2018-04-17-sargsyan-pm', 'Serzh Sargsyan Elected Armenian Prime Minister', NULL, 'EcoLur', '2018-04-17', 'https://www.ecolur.org/en/news/electionspoliticsecology/--/10054/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('asbarez-2020-11-18-ayvazyan', 'Ara Ayvazyan Named Armenia’s New Foreign Minister', NULL, 'Asbarez', '2020-11-18', 'https://asbarez.org/198580/ara-ayvazyan-named-armenias-new-foreign-minister/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('tass-2020-10-07-csto', 'Russia has security obligations to Armenia, not Nagorno-Karabakh — Kremlin', NULL, 'TASS', '2020-10-07', 'https://tass.com/world/1209687', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('mee-2020-10-turkish-drones', 'Turkish armed drones used against Armenia, Azerbaijan confirms', 'Ragip Soylu', 'Middle East Eye', '2020-10', 'http://www.middleeasteye.net/news/armenia-azerbaijan-conflict-turkey-drones', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenpress-2020-09-28-syrian-fighters', 'Reuters also writes about Turkey sending Syrian mercenaries to Azerbaijan', NULL, 'Armenpress', '2020-09-28', 'https://armenpress.am/eng/amp/1029315', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('baghdadpost-2020-10-iran-protests', 'Protesters take to streets in Iran backing Azerbaijan In Nagorno-Karabakh conflict', NULL, 'The Baghdad Post (Radio Farda)', '2020-10', 'https://www.thebaghdadpost.com/en/Story/50012/Protesters-take-to-streets-in-Iran-backing-Azerbaijan-In-Nagorno-Karabakh-conflict', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('irandaily-2020-10-31-peace-plan', 'Araqchi: Iran’s peace plan for Nagorno-Karabakh gets welcome', NULL, 'Iran Daily', '2020-10-31', 'https://irandaily.ir/News/276170.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('tass-2012-08-30-nam-summit', 'Non-Aligned Movement’s 16th Summit starts in Tehran', NULL, 'ITAR-TASS', '2012-08-30', 'http://tass.com/archive/681142', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('presstv-2012-08-04-nam-summit', 'Ban Ki-moon to attend Tehran NAM summit', NULL, 'Press TV', '2012-08-04', 'http://presstv.com/detail/2012/08/04/254384/ban-kimoon-to-attend-tehran-nam-summit/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('todayaz-2012-12-25-friends', 'Solidarity Day of World Azerbaijanis marked in S.Africa', NULL, 'Today.az', '2012-12-25', 'http://today.az./news/vdiaspora/117098.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('dawn-2019-11-21-raza', 'Lt Gen Nadeem Raza appointed new CJCSC by PM Imran', NULL, 'Dawn', '2019-11-21', 'https://www.dawn.com/news/1518066/lt-gen-nadeem-raza-appointed-new-cjcsc-by-pm-imran', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('geo-2022-11-24-raza', 'Outgoing CJCSC Gen Nadeem Raza calls on President Alvi, PM Shehbaz', NULL, 'Geo News', '2022-11-24', 'https://www.geo.tv/latest/454461-outgoing-cjcsc-gen-nadeem-raza-calls-on-president-arif-alvi', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('thenews-2020-10-03-alizada', 'Pakistan rejects reports of Pak Army fighting in Azerbaijan', NULL, 'The News International', '2020-10-03', 'https://www.thenews.com.pk/print/723593-pakistan-rejects-reports-of-pak-army-fighting-in-azerbaijan', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('dawn-2020-10-02-fo-denial', 'No truth to reports of Pakistan Army fighting alongside Azerbaijani troops against Armenia: FO', NULL, 'Dawn', '2020-10-02', 'https://www.dawn.com/news/1582831', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('todayaz-2019-10-23-sadikhov', '[Trend interview: Fikrat Sadikhov on Azerbaijan’s chairmanship of the Non-Aligned Movement]', NULL, 'Today.az (Trend)', '2019-10-23', 'http://www.today.az/news/politics/187589.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('azernews-sadikhov', 'Fikret Sadikhov', NULL, 'AzerNews', NULL, 'https://www.azernews.az/tags/8594/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('ada-2011-06-01-goble', 'Azerbaijan joins the Non-Aligned movement', 'Paul Goble', 'Azerbaijan Diplomatic Academy (Azerbaijan in the World)', '2011-06-01', 'http://biweekly.ada.edu.az/vol_4_no_11/Azerbaijan_joins_the_Non_Aligned_movement.htm', 'opinion', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('todayaz-2017-04-25-aida', 'Azerbaijan provides humanitarian aid to Yemen', NULL, 'Today.az (Trend)', '2017-04-25', 'http://www.today.az/news/society/160541.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armradio-2020-09-27-eu', 'EU calls for immediate cessation of hostilities in Karabakh conflict zone', NULL, 'Public Radio of Armenia', '2020-09-27', 'https://en.armradio.am/2020/09/27/eu-calls-for-immediate-cessation-of-hostilities-in-karabakh-conflict-zone/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('voltairenet-2020-10-csto', '[Voltaire Network note: Putin confirms Russia’s CSTO commitments to Armenia, 7 October 2020]', NULL, 'Voltaire Network', '2020-10', 'https://www.voltairenet.org/article211075.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('naharnet-2020-10-06-cavusoglu', 'Turkey Urges World to Stand by Azerbaijan in Karabakh', NULL, 'Naharnet (AFP)', '2020-10-06', 'http://www.naharnet.com/stories/en/275541-turkey-urges-world-to-stand-by-azerbaijan-in-karabakh', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('pledgetimes-2020-09-27-martial-law', 'Armenia declared martial law and general mobilization', NULL, 'Pledge Times (TASS)', '2020-09-27', 'https://pledgetimes.com/armenia-declared-martial-law-and-general-mobilization/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('ummid-2020-09-27-villages', 'Azerbaijan claims liberating six villages from Armenia', NULL, 'Ummid.com (AFP)', '2020-09-27', 'https://ummid.com/news/2020/september/27.09.2020/azerbaijan-claims-liberating-six-villages-from-armenia.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('evnreport-r2p', 'The Responsibility to Protect, Remedial Secession and Nagorno-Karabakh', NULL, 'EVN Report', NULL, 'https://evnreport.com/spotlight-karabakh/the-responsibility-to-protect-remedial-secession-and-nagorno-karabakh/', 'opinion', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('vietnamplus-fr-2014-05-diplomatic-relations', 'Accueil officiel en l’honneur du président de l’Azerbaïdjan', NULL, 'VietnamPlus', '2014-05', 'https://fr.vietnamplus.vn/accueil-officiel-en-lhonneur-du-president-de-lazerbaijan-post51989.vnp', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('islamtimes-2020-09-02-tunisia', 'Tunisian Parliament Approves New Government', NULL, 'Islam Times', '2020-09-02', 'https://www.islamtimes.org/en/news/883839/tunisian-parliament-approves-new-government', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('kompasiana-2020-indonesia-azerbaijan', 'Indonesia Sangat Mendukung Integritas Teritorial Azerbaijan', NULL, 'Kompasiana', '2020', 'https://kompasiana.com/anjaiah/5ecda884d541df42d5299ea4/indonesia-sangat-mendukung-integritas-teritorial-azerbaijan?page=2&page_images=1', 'opinion', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('docslib-pepm704', 'The Second Nagorno-Karabakh War in a Global South Perspective (PDF copy)', 'Jason E. Strakes', 'docslib.org', NULL, 'https://docslib.org/doc/3078878/pepm704-strakes-august2021-pdf', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('pakistantoday-2019-11-27-raza', 'Gen Nadeem Raza takes charge as CJCSC', NULL, 'Pakistan Today', '2019-11-27', 'https://www.pakistantoday.com.pk/2019/11/27/gen-nadeem-raza-takes-charge-as-cjcsc/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('newsam-2024-jmc-closing', '[news.am report: closing ceremony of the Russian-Turkish monitoring centre in Aghdam]', NULL, 'news.am', '2024-04', 'http://newsam.com/eng/news/820062.html', 'news', NULL);

-- sources: added by the fact-check fixes of issue 12 (2026-11-29)
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('republika-2018-06-09-indonesia-unsc', 'Indonesia elected nonpermanent member of UNSC', NULL, 'Republika', '2018-06-09', 'https://fbeta.republika.co.id/berita/en/national-politics/18/06/09/pa0ktp414-indonesia-elected-nonpermanent-member-of-unsc', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('commonspace-minsk-cochairs-mandate', 'Document: The Mandate of the co-Chairmen of the OSCE Minsk Process', NULL, 'commonspace.eu', NULL, 'https://www.commonspace.eu/news/document-mandate-co-chairmen-osce-minsk-process', 'document', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('aliyev-heritage-osce-minsk-group', 'OSCE Minsk group', NULL, 'Heydar Aliyev Heritage Research Center (electronic library)', NULL, 'https://lib.aliyev-heritage.org/print.php?lang=en&page=2823467', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenianweekly-2016-12-06-arf-lebanon', 'ARF Central Committee of Lebanon Meets with President Aoun', NULL, 'The Armenian Weekly', '2016-12-06', 'https://armenianweekly.com/2016/12/06/arf-aoun-2016/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenianclub-2007-08-22-pakradounian', 'MP Of The Tashnag Party: Hagop Pakradounian', NULL, 'Monday Morning (reposted by Armenian Club)', '2007-08-22', 'https://www.armenianclub.com/2007/08/22/mp-of-the-tashnag-party-hagop-pakradounian/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('sapanusantara-2020-10-fadli-zon', '[Sapa Nusantara report: BKSAP chair Fadli Zon urges Azerbaijan and Armenia to stop fighting and implement the UN resolutions]', NULL, 'Sapa Nusantara', '2020-10', 'https://www.sapanusantara.com/2020/10/ketua-bksap-dpr-ri-azerbaijan-dan.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('minanews-2020-10-fadli-zon', 'Fadli Zon: Indonesia Berpeluang Damaikan Konflik Azerbaijan-Armenia', NULL, 'MINA News Agency', '2020-10', 'https://minanews.net/fadli-zon-indonesia-berpeluang-damaikan-konflik-azerbaijan-armenia/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('pikiranrakyat-2020-10-21-fadli-zon', 'Mengaku Prihatin, Fadli Zon Sebut PBB Harus Berperan dalam Upaya Genjatan Senjata Azerbaijan-Armenia', NULL, 'Pikiran Rakyat Depok', '2020-10-21', 'https://depok.pikiran-rakyat.com/nasional/pr-09855935/mengaku-prihatin-fadli-zon-sebut-pbb-harus-berperan-dalam-upaya-genjatan-senjata-azerbaijan-armenia', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('inews-2019-10-22-fadli-zon-bksap', 'Fadli Zon Jadi Ketua BKSAP DPR', NULL, 'iNews.id', '2019-10', 'https://beta.inews.co.id/amp/news/nasional/fadli-zon-jadi-ketua-bksap-dpr', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('cuplikandunia-2024-10-14-fadli-zon', 'Fadli Zon Kandidat Kuat Menteri Kebudayaan, Lulusan FIB UI', NULL, 'SINDOnews (via cuplikandunia.info)', '2024-10', 'https://cuplikandunia.info/fadli-zon-kandidat-kuat-menteri-kebudayaan-lulusan-fib-ui-677.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('idntimes-2024-10-20-fadli-zon-minister', 'Profil Fadli Zon, Menteri Kebudayaan di Kabinet Prabowo-Gibran', NULL, 'IDN Times', '2024-10', 'https://www.idntimes.com/news/indonesia/profil-fadli-zon-menteri-kebudayaan-di-kabinet-prabowo-gibran-00-d3g2d-by3sf7/amp', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('qarabag-lachin-occupation-1992', 'The history of the occupation of Lachin: overrunning of Armenian aggression beyond the borders of Nagorno-Karabakh', NULL, 'qarabag.com', NULL, 'https://qarabag.com/the-history-of-the-occupation-of-lachin-overrunning-of-armenian-aggression-beyond-the-borders-of-nagorno-karabakh/', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('westernarmeniatv-2020-05-berdzor', 'On this day 28 years ago Berdzor was liberated', NULL, 'Western Armenia TV', NULL, 'https://westernarmeniatv.com/en/66102/on-this-day-28-years-ago-berdzor-was-liberated', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('virtualkarabakh-occupation-in-figures', '[Virtual Karabakh: the occupation in figures, with the date each district was taken]', NULL, 'Virtual Karabakh', NULL, 'http://www.virtualkarabakh.az/read.php?lang=2&menu=42&id=6433', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenianow-2005-nkr-turns-14', 'Nagorno Karabakh Republic Turns 14: September 2 marks historic day for NKR', NULL, 'ArmeniaNow', NULL, 'https://www.armenianow.com/hy/node/5774', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('nkrusa-declaration-of-independence', 'Declaration of Independence: Proclamation of the Nagorno Karabakh Republic', NULL, 'Office of the Nagorno Karabakh Republic in the USA', NULL, 'http://www.nkrusa.org/nk_conflict/declaration_independence.shtml', 'document', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('ponarseurasia-citation-guidelines', 'Permissions & Citation Guidelines', NULL, 'PONARS Eurasia', NULL, 'https://ponarseurasia.org/permissions-citation-guidelines', 'reference', NULL);

INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('allinnet-unscr-822-text', 'United Nations Security Council Resolution 822 (1993)', NULL, 'allinnet.info (text of the resolution)', NULL, 'https://allinnet.info/history/united-nations-security-council-resolution-822-1993/amp', 'document', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('un-press-2008-03-14-ga10693', 'General Assembly Adopts Resolution Reaffirming Territorial Integrity of Azerbaijan, Demanding Withdrawal of All Armenian Forces', NULL, 'United Nations', '2008-03-14', 'http://www.un.org/press/en/2008/ga10693.doc.htm', 'document', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('trend-2021-02-10-alizade-raza', '[Trend report: Azerbaijani ambassador Ali Alizade meets General Nadeem Raza]', NULL, 'Trend', '2021-02-10', 'https://en.trend.az/azerbaijan/politics/3378577.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('azertag-2015-05-15-sang-parliament', 'Vietnams Präsident besucht die Nationalversammlung', NULL, 'AZERTAC', '2015-05-15', 'https://azertag.az/de/xeber/vietnams_prasident_besucht_die_nationalversammlung-855316', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('liquisearch-communist-party-of-vietnam', 'Communist Party of Vietnam', NULL, 'LiquiSearch (copy of a Wikipedia article)', NULL, 'https://www.liquisearch.com/communist_party_of_vietnam', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wikipedia-azerbaijan-south-africa-relations', 'Azerbaijan–South Africa relations (Wikipedia, read through the movatter.jp proxy)', NULL, 'Wikipedia', NULL, 'http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FAzerbaijan%25E2%2580%2593South_Africa_relations', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('lebadvisor-bourj-hammoud', 'Bourj Hammoud', NULL, 'Lebadvisor', NULL, 'https://lebadvisor.com/st_location/bourj-hammoud/', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('wsn-2007-09-18-pakradounian', 'Interview With Hagop Pakradounian: “The problem is that we always try to find solutions outside of Lebanon.”', 'Manuela Paraipan', 'World Security Network', '2007-09-18', 'http://www.worldsecuritynetwork.com/Broader-Middle-East/manuela-paraipan/Interview-With-Hagop-Pakradounian-The-problem-is-that-we-always-try-to-find-solutions-outside-of-Lebanon', 'news', NULL);

INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('hetq-2022-10-07-prague-statement', 'Armenia, Azerbaijan Reaffirm Recognition of Each Others Territorial Integrity and Sovereignty', NULL, 'Hetq', '2022-10-07', 'https://hetq.am/en/article/149050', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('newsam-2023-05-17-reykjavik', '[News.am report: Pashinyan at the Council of Europe summit in Reykjavik on Armenias and Azerbaijans mutual recognition of territorial integrity]', NULL, 'News.am', '2023-05-17', 'https://news.am/eng/news/760396.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('commonspace-2023-04-pashinyan-recognition', 'Pashinyan reaffirms recognition of Azerbaijans territorial integrity', NULL, 'commonspace.eu', '2023-04', 'https://karabakhspace.commonspace.eu/news/pashinyan-reaffirms-recognition-azerbaijans-territorial-integrity', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('sputnikindia-2023-09-28-nkr-dissolution', 'Self-proclaimed Republic of Nagorno-Karabakh to cease to exist from 2024', NULL, 'Sputnik India', '2023-09-28', 'https://sputniknews.in/amp/20230928/self-proclaimed-republic-of-nagorno-karabakh-to-cease-to-exist-from-2024-4488953.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('ocmedia-2023-09-28-nkr-dissolution', 'Nagorno-Karabakh Republic to dissolve by January 2024', NULL, 'OC Media', '2023-09-28', 'https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('intellinews-2023-09-28-nkr-dissolves', 'Nagorno-Karabakh Republic dissolves itself', NULL, 'bne IntelliNews', '2023-09-28', 'https://www.intellinews.com/nagorno-karabakh-republic-dissolves-itself-294618', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('tbsnews-2023-10-01-exodus', 'Armenia says over 100,000 refugees flee Nagorno-Karabakh', NULL, 'The Business Standard (AFP)', '2023-10-01', 'https://www.tbsnews.net/world/armenia-says-over-100000-refugees-flee-nagorno-karabakh-709818', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('rferl-2003-10-31-aliyev-sworn-in', 'Azerbaijan: Ilham Aliyev Sworn In As New President', NULL, 'Radio Free Europe/Radio Liberty', '2003-10-31', 'https://rferl.org/amp/1104860.html', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('dailysabah-2018-10-08-ulgen', 'Turkish envoy to South Africa: 2018 landmark year in bilateral relations', NULL, 'Daily Sabah (Anadolu Agency)', '2018-10-08', 'https://www.dailysabah.com/diplomacy/2018/10/08/turkish-envoy-to-south-africa-2018-landmark-year-in-bilateral-relations/amp', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('apie-2022-03-10-turkish-women-diplomats', 'Turkey’s woman diplomats shape relations with Africa', NULL, 'appsaf.apieproject.com', '2022-03-10', 'https://appsaf.apieproject.com/news/2022/03/10/turkeys-woman-diplomats-shape-relations-with-africa/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('novayagazeta-2024-02-23-armenia-csto', 'Armenia suspends participation in Russian-led Collective Security Treaty Organisation', NULL, 'Novaya Gazeta Europe', '2024-02-23', 'https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('meduza-2024-12-04-armenia-csto', '[Meduza report: Pashinyan says Armenia considers itself outside the CSTO]', NULL, 'Meduza', '2024-12-04', 'https://meduza.io/amp/en/news/2024/12/04/armenia-considers-itself-outside-of-russian-led-csto-military-alliance-prime-minister-says', 'news', NULL);

INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('unikal-2020-pakradunyan', 'Xaricdəki ermənilər Qarabağa döyüşməyə gəlir', NULL, 'Unikal (citing Reuters)', NULL, 'https://unikal.az/news/265053/xaricdeki-ermeniler-qarabaga-doyusmeye-gelir', 'news', NULL);

INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenpress-2018-05-08-pashinyan-elected', '[Armenpress report: Catholicos Aram I congratulates Nikol Pashinyan on his election as prime minister]', NULL, 'Armenpress', '2018-05-08', 'https://armenpress.am/eng/news/932802/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('mediamax-mnatsakanyan-diplomatic-school', '[Mediamax report: former foreign minister Zohrab Mnatsakanyan appointed director of the Diplomatic School]', NULL, 'Mediamax', NULL, 'https://mediamax.am/en/news/foreignpolicy/57598/', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('iwpr-2004-azerbaijan-new-foreign-minister', 'Azerbaijans New Foreign Minister', NULL, 'Institute for War and Peace Reporting', NULL, 'https://iwpr.net/global-voices/azerbaijans-new-foreign-minister', 'news', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('armenianclub-2008-04-10-sargsyan-sworn-in', 'Serge Sarkisian sworn in as Armenias president', NULL, 'The Associated Press (reposted by Armenian Club)', '2008-04-09', 'https://armenianclub.com/2008/04/10/serge-sarkisian-sworn-in-as-armenias-president/amp', 'news', NULL);

-- actors: states and quasi-states
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('armenia', 'Armenia', 'state', 'South Caucasus republic and one of the two belligerents of the 2020 war; backed the Karabakh Armenians, argued for self-determination and later remedial secession until it recognised Azerbaijan''s territorial integrity at Prague in October 2022, and holds observer status in the Non-Aligned Movement.', 'ARM', 'Q399');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('azerbaijan', 'Azerbaijan', 'state', 'South Caucasus republic and the other belligerent; fought to restore control over Nagorno-Karabakh and the surrounding districts (completed with its offensive of September 2023), chaired the Non-Aligned Movement during the war and rallied Global South support for its territorial integrity.', 'AZE', 'Q227');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nkr', 'Nagorno-Karabakh Republic', 'quasi-state', 'Self-proclaimed Armenian-majority republic in Nagorno-Karabakh (1991-2023), also called the Republic of Artsakh; recognised by no UN member state, it had its own Defence Army. After Azerbaijans offensive of September 2023 its president decreed on 28 September 2023 that it would cease to exist on 1 January 2024.', NULL, 'Q244165');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('russia', 'Russia', 'state', 'Permanent member of the UN Security Council and Minsk Group co-chair from 1995 until the group closed in 2025; Armenia''s treaty ally, which kept Karabakh outside its security commitments, brokered the 10 November 2020 settlement and deployed the peacekeeping force.', 'RUS', 'Q159');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('turkey', 'Turkey', 'state', 'Azerbaijan''s closest ally and long-standing defence partner, supplying drones and military advisers; opened a joint ceasefire monitoring centre with Russia in 2021.', 'TUR', 'Q43');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('iran', 'Iran', 'state', 'Neighbour of both belligerents with a large ethnic Azerbaijani population in its north-west; offered to mediate but had little leverage over the fighting.', 'IRN', 'Q794');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('pakistan', 'Pakistan', 'state', 'Azerbaijan''s firmest supporter in the Global South; for decades did not recognise Armenia and linked Karabakh to its own claim on Kashmir.', 'PAK', 'Q843');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('india', 'India', 'state', 'Partner of Armenia, with mutual support on Kashmir and Karabakh; kept a neutral stance during the 2020 war.', 'IND', 'Q668');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('indonesia', 'Indonesia', 'state', 'NAM founding state and elected UN Security Council member in 2019-2020; one of the seven NAM members on the Council that blocked the October 2020 draft statement.', 'IDN', 'Q252');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('niger', 'Niger', 'state', 'West African state, NAM and OIC member, elected to the UN Security Council for 2020-2021; one of the seven states that blocked the October 2020 draft statement.', 'NER', 'Q1032');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('tunisia', 'Tunisia', 'state', 'North African state, NAM member and elected UN Security Council member for 2020-2021; one of the seven states that blocked the October 2020 draft statement.', 'TUN', 'Q948');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('vietnam', 'Vietnam', 'state', 'South-East Asian state, NAM member and elected UN Security Council member for 2020-2021; one of the seven states that blocked the October 2020 draft statement.', 'VNM', 'Q881');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('south-africa', 'South Africa', 'state', 'NAM member and elected UN Security Council member in 2019-2020; one of the seven states that blocked the October 2020 draft statement and the audience of a Turkish ambassador''s appeal for mediation.', 'ZAF', 'Q258');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('saint-vincent-and-the-grenadines', 'Saint Vincent and the Grenadines', 'state', 'A single Caribbean island state (not two), NAM member and elected UN Security Council member for 2020-2021; one of the seven states that blocked the October 2020 draft statement.', 'VCT', 'Q757');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('dominican-republic', 'Dominican Republic', 'state', 'Caribbean state, NAM member and elected UN Security Council member in 2019-2020; one of the seven states that blocked the October 2020 draft statement.', 'DOM', 'Q786');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('united-states', 'United States', 'state', 'Permanent member of the UN Security Council and Minsk Group co-chair from 1997 until the group closed in 2025; brokered the short-lived humanitarian ceasefire of 26 October 2020.', 'USA', 'Q30');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('france', 'France', 'state', 'Permanent member of the UN Security Council and Minsk Group co-chair from 1997 until the group closed in 2025; co-drafted the Council statement withdrawn in October 2020.', 'FRA', 'Q142');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('china', 'China', 'state', 'Permanent member of the UN Security Council in 2020.', 'CHN', 'Q148');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('united-kingdom', 'United Kingdom', 'state', 'Permanent member of the UN Security Council in 2020.', 'GBR', 'Q145');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('belgium', 'Belgium', 'state', 'Elected member of the UN Security Council in 2019-2020.', 'BEL', 'Q31');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('germany', 'Germany', 'state', 'Elected member of the UN Security Council in 2019-2020; with France, asked for the Council''s closed consultations of 29 September 2020.', 'DEU', 'Q183');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('estonia', 'Estonia', 'state', 'Elected member of the UN Security Council in 2020-2021.', 'EST', 'Q191');

-- actors: organisations and UN bodies
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nam', 'Non-Aligned Movement', 'organisation', 'Forum of 120 mostly developing states outside the great-power blocs; Azerbaijan joined in 2011 and chaired it from October 2019 to January 2024, while Armenia is an observer.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('osce-minsk-group', 'OSCE Minsk Group', 'organisation', 'OSCE mediation format for the Karabakh conflict, created in 1992; co-chaired from 1995 by Russia with Sweden and then Finland, and from 1997 by France, Russia and the United States; closed on 30 November 2025.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('unsc', 'United Nations Security Council', 'un-body', 'UN organ of five permanent and ten elected members; adopted four resolutions on the conflict in 1993 and held closed consultations on it on 29 September and 19 October 2020.', NULL, 'Q37470');

-- actors: people
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('elif-comoglu-ulgen', 'Elif Çomoğlu Ülgen', 'person', 'Turkish diplomat, ambassador of Turkey in South Africa in 2020; wrote a Daily Maverick opinion piece urging South African support over Karabakh.', NULL, NULL);

-- actors: places
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('shusha', 'Shusha', 'place', 'Hilltop town in Nagorno-Karabakh overlooking Stepanakert, a cultural centre for both Armenians (Shushi) and Azerbaijanis; Azerbaijan announced its capture on 8 November 2020.', NULL, NULL);

-- actors: states (full coverage)
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('egypt', 'Egypt', 'state', 'First Arab state to make peace with Israel; President el-Sisi received an Armenian appeal in September 2020, and the foreign ministry called for talks within the Minsk Group framework.', 'EGY', 'Q79');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('jordan', 'Jordan', 'state', 'Second Arab state to make peace with Israel (1994); King Abdullah II received an Armenian appeal for help towards a ceasefire in September 2020.', 'JOR', 'Q810');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('israel', 'Israel', 'state', 'Appears in the memo as the state Egypt and Jordan first recognised, and as the other side of the 1967 and 1973 wars cited as a precedent for Azerbaijan''s “defensive” war.', 'ISR', 'Q801');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('lebanon', 'Lebanon', 'state', 'Home of a large Armenian community centred on Bourj Hammoud on the edge of Beirut, which raised aid and sent some volunteers in 2020 despite the country''s economic crisis; the government did not organise this.', 'LBN', 'Q822');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('argentina', 'Argentina', 'state', 'Latin American state with a large, influential Armenian community; its government called for a ceasefire and Minsk Group talks but did not recognise Artsakh.', 'ARG', 'Q414');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('uruguay', 'Uruguay', 'state', 'First state to recognise the Armenian Genocide (1965); its capital''s departmental board recognised Artsakh in November 2020, but national policy did not change.', 'URY', 'Q77');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('syria', 'Syria', 'state', 'Source of Armenian volunteers and, by several reports, of Turkish-recruited fighters on the Azerbaijani side; Egypt''s partner in the 1973 war.', 'SYR', 'Q858');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('switzerland', 'Switzerland', 'state', 'Named in the memo only as the model that Armenian reformers after 2018 supposedly wished to emulate.', 'CHE', 'Q39');

-- actors: organisations and UN bodies (full coverage)
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('un', 'United Nations', 'organisation', 'The world organisation whose Security Council dealt with the conflict in 1993 and 2020 and whose 2005 World Summit endorsed the responsibility to protect.', NULL, 'Q1065');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('eu', 'European Union', 'organisation', 'Called for an immediate end to hostilities and a return to Minsk Group talks; the memo judges it ineffectual and absent from the settlement.', NULL, 'Q458');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nato', 'North Atlantic Treaty Organization', 'organisation', 'Western military alliance of which Turkey is a member; the memo judges it as ineffectual as the EU in the 2020 war.', NULL, 'Q7184');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nam-coordinating-bureau', 'Coordinating Bureau of the Non-Aligned Movement', 'organisation', 'The Non-Aligned Movement''s standing body at the United Nations in New York, chaired by the movement''s chair; its 2012 ministerial meeting backed Azerbaijan''s position.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('oic', 'Organization of Islamic Cooperation', 'organisation', 'Organisation of Muslim-majority states, which Azerbaijan joined in 1991; Azerbaijan funded the upgrade of its office in Niger to a regional office in 2020.', NULL, 'Q47543');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('csto', 'Collective Security Treaty Organization', 'organisation', 'Russian-led military alliance of which Armenia is a member; Moscow said in 2020 that its obligations did not cover Nagorno-Karabakh, and Armenia froze its participation in February 2024.', NULL, 'Q318693');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('memri', 'Middle East Media Research Institute', 'ngo', 'Research organisation whose analysis of Urdu-language sources the memo cites for Pakistani military help to Azerbaijan; the report itself was not found.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('aida', 'Azerbaijan International Development Agency', 'agency', 'Aid agency set up under Azerbaijan''s foreign ministry in September 2011; a channel of Azerbaijani assistance to developing states.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('arf', 'Armenian Revolutionary Federation', 'party', 'Armenian nationalist and socialist party (Dashnaktsutyun) active in Armenia and the diaspora, including in Lebanon''s parliament; it led a regiment of diaspora volunteers in 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('montevideo-departmental-council', 'Departmental Board of Montevideo', 'subnational', 'Legislature of the department of Montevideo (Junta Departamental), which recognised the Republic of Artsakh on 12 November 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nkr-defense-army', 'Artsakh Defence Army', 'armed-group', 'Armed forces of the self-proclaimed Nagorno-Karabakh Republic; after a day of fighting in September 2023 its forces surrendered and agreed to disarm and disband.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('wion', 'WION', 'media', 'Indian international television channel (World Is One News), based according to the memo in New Delhi; Pashinyan gave it interviews in 2019 and, per the memo, in October 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('daily-maverick', 'Daily Maverick', 'media', 'South African online newspaper that published the Turkish ambassador''s opinion piece on 23 October 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('friends-of-azerbaijan', 'Friends of Azerbaijan', 'ngo', 'South African solidarity group associated with the Azerbaijani embassy in Pretoria, active by 2012.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('ru-tr-joint-monitoring-centre', 'Russian–Turkish Joint Monitoring Centre', 'organisation', 'Joint ceasefire monitoring centre agreed by Russia and Turkey on 11 November 2020 and opened near Qiyameddinli in Agdam district on 30 January 2021; it closed in April 2024.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('bksap', 'Inter-Parliamentary Cooperation Committee of the Indonesian House of Representatives', 'organisation', 'The inter-parliamentary cooperation body (Badan Kerja Sama Antar-Parlemen) of Indonesia''s House of Representatives (DPR), chaired by Fadli Zon from 2019 to 2024.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('ponars-eurasia', 'PONARS Eurasia', 'organisation', 'Program of scholars at George Washington University whose policy memo series published the memo (No. 704) in July 2021.', NULL, NULL);

-- actors: people (full coverage)
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('jason-e-strakes', 'Jason E. Strakes', 'person', 'Author of PONARS Eurasia Policy Memo No. 704 (Caucasus-Asia Center).', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('hovhannes-nikoghosyan', 'Hovhannes Nikoghosyan', 'person', 'Armenian political scientist whose account of how the responsibility to protect came about the memo relies on.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('serzh-sargsyan', 'Serzh Sargsyan', 'person', 'President of Armenia 2008-2018 and briefly prime minister in April 2018, until the Velvet Revolution forced him out; not the same person as President Armen Sarkissian.', NULL, 'Q612803');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('rouben-shougarian', 'Rouben Shougarian', 'person', 'Armenian diplomat and scholar, first ambassador to the United States (1993-1999), later deputy foreign minister and a Fletcher School lecturer; died in Boston in April 2020. The memo spells him “Shouganian”.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('zohrab-mnatsakanyan', 'Zohrab Mnatsakanyan', 'person', 'Armenian foreign minister from 2018 until his resignation on 16 November 2020; signed the Moscow ceasefire of 10 October.', NULL, 'Q6510832');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nikol-pashinyan', 'Nikol Pashinyan', 'person', 'Became prime minister of Armenia after the 2018 Velvet Revolution; signed the 9/10 November 2020 statement, urged recognition of Artsakh during the war, and at Prague on 6 October 2022 recognised Azerbaijans territorial integrity.', NULL, 'Q7035479');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('armen-sarkissian', 'Armen Sarkissian', 'person', 'President of Armenia from April 2018 until his resignation in January 2022; wrote to Arab leaders asking for help to stop the fighting. Not the same person as Serzh Sargsyan.', NULL, 'Q93153');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('abdel-fattah-el-sisi', 'Abdel Fattah el-Sisi', 'person', 'President of Egypt, addressee of President Sarkissian''s letter of September 2020.', NULL, 'Q307871');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('abdullah-ii', 'Abdullah II of Jordan', 'person', 'King of Jordan, addressee of President Sarkissian''s letter of September 2020.', NULL, 'Q57464');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('hagop-pakradounian', 'Hagop Pakradounian', 'person', 'Lebanese Armenian politician, elected to Lebanons parliament in 2005, who headed the Lebanese branch of the Armenian Revolutionary Federation during the 2020 war and said then that no organisation had registered or sent volunteers from Lebanon.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('felipe-sola', 'Felipe Solá', 'person', 'Argentine foreign minister in 2020; called for a ceasefire and voiced sympathy for Armenia without changing Argentina''s position.', NULL, 'Q1403237');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('ilham-aliyev', 'Ilham Aliyev', 'person', 'President of Azerbaijan; announced the capture of Shusha and signed the 9/10 November 2020 statement.', NULL, 'Q57371');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('elmar-mammadyarov', 'Elmar Mammadyarov', 'person', 'Azerbaijani foreign minister from 2004 until his dismissal on 16 July 2020; called NAM membership an “additional platform” for the Karabakh issue. The memo calls him “Eldar”.', NULL, 'Q58083');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('fikret-sadikhov', 'Fikret Sadikhov', 'person', 'Azerbaijani political analyst, former diplomat and professor at Western Caspian University.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('ali-alizade', 'Ali Alizade', 'person', 'Azerbaijani ambassador to Pakistan during the 2020 war.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nadeem-raza', 'Nadeem Raza', 'person', 'Pakistani general, Chairman of the Joint Chiefs of Staff Committee from November 2019 to November 2022.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('fadli-zon', 'Fadli Zon', 'person', 'Indonesian Gerindra politician who chaired the House of Representatives inter-parliamentary cooperation body (BKSAP) from October 2019 until he became minister of culture in October 2024; in October 2020 he called for the 1993 Security Council resolutions and General Assembly resolution 62/243 to be implemented.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('khemaies-jhinaoui', 'Khemaies Jhinaoui', 'person', 'Tunisian foreign minister who told the Council of Europe''s assembly in October 2018 that Tunisia would take neither side.', NULL, 'Q3196140');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('antonio-guterres', 'António Guterres', 'person', 'UN Secretary-General, whose call to stop the fighting the Security Council backed on 29 September 2020; the memo wrongly makes him Council President.', NULL, 'Q311440');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('vassily-nebenzia', 'Vassily Nebenzia', 'person', 'Russia''s ambassador to the UN, who presided over the Security Council in October 2020.', NULL, NULL);

-- actors: places (full coverage)
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nagorno-karabakh', 'Nagorno-Karabakh', 'place', 'Mountainous region within Azerbaijans internationally recognised borders, claimed by the Nagorno-Karabakh Republic and Armenian-majority until Azerbaijans offensive of September 2023, after which more than 100,000 Armenians, nearly all its population, left for Armenia.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('seven-districts', 'Seven districts around Nagorno-Karabakh', 'place', 'Azerbaijani districts outside the former autonomous region, taken by Armenian forces between May 1992 (Lachin) and October 1993 and held until 2020: Agdam, Fuzuli, Jabrayil, Zangilan, Qubadli, Lachin and Kalbajar.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('agdam', 'Agdam', 'place', 'District east of Nagorno-Karabakh; taken by Armenian forces in 1993 (resolution 853), returned to Azerbaijan under the November 2020 statement, later site of the Russian–Turkish monitoring centre.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('kalbajar', 'Kalbajar', 'place', 'District between Nagorno-Karabakh and Armenia; taken in 1993 (resolution 822) and returned under the November 2020 statement, after a ten-day extension to 25 November.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('lachin', 'Lachin', 'place', 'District linking Nagorno-Karabakh and Armenia, taken by Armenian forces on 18 May 1992; returned by 1 December 2020, leaving a five-kilometre corridor under Russian peacekeepers.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('zangilan', 'Zangilan', 'place', 'District on the Iranian border taken in 1993 (resolution 884).', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('bourj-hammoud', 'Bourj Hammoud', 'place', 'Armenian-populated town just north-east of Beirut, in the Metn district of Greater Beirut, and centre of Lebanese-Armenian support for Armenia in 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('buenos-aires', 'Buenos Aires', 'place', 'Argentine capital, scene of Armenian community rallies in October 2020.', NULL, 'Q1486');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('montevideo', 'Montevideo', 'place', 'Capital of Uruguay, scene of Armenian rallies and of the departmental board''s recognition of Artsakh.', NULL, 'Q1335');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('new-delhi', 'New Delhi', 'place', 'Indian capital, named in the memo as the base of WION.', NULL, 'Q987');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('rawalpindi', 'Rawalpindi', 'place', 'Pakistani garrison city, seat of the Joint Staff Headquarters.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('islamabad', 'Islamabad', 'place', 'Pakistani capital; its Foreign Office denied reports of Pakistani troops in Karabakh, and it hosted the second trilateral meeting in January 2021.', NULL, 'Q1362');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('baku', 'Baku', 'place', 'Capital of Azerbaijan, often used for its government.', NULL, 'Q9248');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('yerevan', 'Yerevan', 'place', 'Capital of Armenia, often used for its government; volunteers from the diaspora trained there in 2020.', NULL, 'Q1953');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('hanoi', 'Hanoi', 'place', 'Capital of Vietnam, where Presidents Sang and Aliyev met in May 2014.', NULL, 'Q1858');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('tunis', 'Tunis', 'place', 'Capital of Tunisia, used in the memo for its government.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('pretoria', 'Pretoria', 'place', 'South African capital, seat of the Azerbaijani embassy opened in 2012.', NULL, 'Q3926');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('tehran', 'Tehran', 'place', 'Capital of Iran and host of the 16th NAM summit in August 2012.', NULL, 'Q3616');
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('brussels', 'Brussels', 'place', 'Seat of the EU institutions, used in the memo for the EU.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('kashmir', 'Kashmir', 'place', 'Region disputed between India and Pakistan; each side''s partner in the Caucasus backs its claim (Armenia India''s, Azerbaijan and Turkey Pakistan''s).', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('nw-iran', 'North-western Iran', 'place', 'Iran''s ethnic-Azerbaijani provinces around Tabriz, Urmia and Ardabil, where crowds rallied for Azerbaijan in 2020.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('communist-party-of-vietnam', 'Communist Party of Vietnam', 'party', 'Vietnams founding and ruling party; the memo credits its officials with backing a settlement on the basis of territorial integrity during the 2014-2015 visits, which were state visits led by the two presidents.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('lebanese-parliament', 'Parliament of Lebanon', 'organisation', 'Lebanons national legislature; Hagop Pakradounian of the ARF was elected to it for Metn in 2005 and sat in it during the 2020 war.', NULL, NULL);
INSERT INTO actors (id, name, kind, summary, iso3, wikidata) VALUES ('beirut', 'Beirut', 'place', 'Capital of Lebanon; the memo places Bourj Hammoud in it, though that town lies just outside the city, in Greater Beirut.', NULL, NULL);

-- aliases: one alias names one actor; kinds are the closed vocabulary of the aliases table.
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of Armenia', 'armenia', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Հայաստան', 'armenia', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Hayastan', 'armenia', 'transliteration', 'Armenian name in Latin letters');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Республика Армения', 'armenia', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of Azerbaijan', 'azerbaijan', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Azərbaycan', 'azerbaijan', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Азербайджан', 'azerbaijan', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Artsakh', 'nkr', 'short-name', 'Armenian name of the territory, used for the republic');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Republic of Artsakh', 'nkr', 'full-name', NULL);
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

-- aliases: full coverage (spellings the memo uses, transliterations, other-language and local names)
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Arab Republic of Egypt', 'egypt', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('مصر', 'egypt', 'other-language', 'Arabic');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Hashemite Kingdom of Jordan', 'jordan', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('الأردن', 'jordan', 'other-language', 'Arabic');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('State of Israel', 'israel', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('ישראל', 'israel', 'other-language', 'Hebrew');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Lebanese Republic', 'lebanon', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('لبنان', 'lebanon', 'other-language', 'Arabic');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Argentine Republic', 'argentina', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('República Argentina', 'argentina', 'other-language', 'Spanish');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Oriental Republic of Uruguay', 'uruguay', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('República Oriental del Uruguay', 'uruguay', 'other-language', 'Spanish');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Syrian Arab Republic', 'syria', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('سوريا', 'syria', 'other-language', 'Arabic');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Swiss Confederation', 'switzerland', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Suisse', 'switzerland', 'other-language', 'French');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Schweiz', 'switzerland', 'other-language', 'German');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('UN', 'un', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('EU', 'eu', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('NATO', 'nato', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('North Atlantic Alliance', 'nato', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('NAM Coordinating Bureau', 'nam-coordinating-bureau', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Coordinating Bureau of the Nonalighed Movement', 'nam-coordinating-bureau', 'misspelling', 'memo ¶8');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('OIC', 'oic', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Organisation of Islamic Cooperation', 'oic', 'short-name', 'British spelling');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Organisation of the Islamic Conference', 'oic', 'former-name', 'name until 2011');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('CSTO', 'csto', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('ОДКБ', 'csto', 'other-language', 'Russian abbreviation');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('MEMRI', 'memri', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('AIDA', 'aida', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Azərbaycan Respublikasının Beynəlxalq İnkişafa Yardım Agentliyi', 'aida', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('ARF', 'arf', 'abbreviation', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Dashnaktsutyun', 'arf', 'transliteration', 'Armenian name');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Tashnaktsutyun', 'arf', 'transliteration', 'Western Armenian pronunciation');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Dashnak', 'arf', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Tashnag', 'arf', 'short-name', 'Western Armenian form, usual in Lebanon');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Tasnag', 'arf', 'misspelling', 'memo ¶12');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Հայ Յեղափոխական Դաշնակցություն', 'arf', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Junta Departamental de Montevideo', 'montevideo-departmental-council', 'local-name', 'Spanish');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Departmental Council of Montevideo', 'montevideo-departmental-council', 'short-name', 'the memo''s name (¶13)');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('City Council of Montevideo', 'montevideo-departmental-council', 'short-name', 'as reported by Asbarez');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('NKR Defense Army', 'nkr-defense-army', 'short-name', 'the memo''s name (¶3)');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Nagorno-Karabakh Republic Defense Army', 'nkr-defense-army', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Artsakh Defense Army', 'nkr-defense-army', 'short-name', 'American spelling');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('World Is One News', 'wion', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Azerbaijan''s friends', 'friends-of-azerbaijan', 'short-name', 'as reported by Today.az');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Joint Monitoring Centre', 'ru-tr-joint-monitoring-centre', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Russian-Turkish Monitoring Center', 'ru-tr-joint-monitoring-centre', 'short-name', 'American spelling');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('BKSAP', 'bksap', 'abbreviation', 'Badan Kerja Sama Antar-Parlemen');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Badan Kerja Sama Antar-Parlemen', 'bksap', 'local-name', 'Indonesian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Program on New Approaches to Research and Security in Eurasia', 'ponars-eurasia', 'full-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Jason Strakes', 'jason-e-strakes', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Serge Sargsyan', 'serzh-sargsyan', 'misspelling', 'memo ¶10');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Serzh Sarkisian', 'serzh-sargsyan', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Serzh Sarkisyan', 'serzh-sargsyan', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Սերժ Սարգսյան', 'serzh-sargsyan', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Серж Саргсян', 'serzh-sargsyan', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Armen Sarkisian', 'armen-sarkissian', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Armen Sargsyan', 'armen-sarkissian', 'transliteration', 'spelling used by some Armenian outlets');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Արմեն Սարգսյան', 'armen-sarkissian', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Армен Саркисян', 'armen-sarkissian', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Ruben Shugaryan', 'rouben-shougarian', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Rouben Shouganian', 'rouben-shougarian', 'misspelling', 'memo ¶10');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Zohrab Mnatsakanian', 'zohrab-mnatsakanyan', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Nikol Pashinian', 'nikol-pashinyan', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Նիկոլ Փաշինյան', 'nikol-pashinyan', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Никол Пашинян', 'nikol-pashinyan', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Abdel Fatah al-Sisi', 'abdel-fattah-el-sisi', 'misspelling', 'memo ¶11');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Abdel Fattah al-Sisi', 'abdel-fattah-el-sisi', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('عبد الفتاح السيسي', 'abdel-fattah-el-sisi', 'other-language', 'Arabic');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('King Abdullah II', 'abdullah-ii', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Abdullah II', 'abdullah-ii', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Felipe Sola', 'felipe-sola', 'misspelling', 'memo ¶13, without the accent');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('İlham Əliyev', 'ilham-aliyev', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Ilham Aliev', 'ilham-aliyev', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Ильхам Алиев', 'ilham-aliyev', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Eldar Mammadyarov', 'elmar-mammadyarov', 'misspelling', 'memo ¶15; wrong first name');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Elmar Mamedyarov', 'elmar-mammadyarov', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Elmar Məmmədyarov', 'elmar-mammadyarov', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Fikrat Sadikhov', 'fikret-sadikhov', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Ali Alizada', 'ali-alizade', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Khemais Jhinaoui', 'khemaies-jhinaoui', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Antonio Gutierrez', 'antonio-guterres', 'misspelling', 'memo ¶17');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Vasily Nebenzya', 'vassily-nebenzia', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Василий Небензя', 'vassily-nebenzia', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Karabakh', 'nagorno-karabakh', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Nagorny Karabakh', 'nagorno-karabakh', 'transliteration', 'from Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Dağlıq Qarabağ', 'nagorno-karabakh', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Լեռնային Ղարաբաղ', 'nagorno-karabakh', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Нагорный Карабах', 'nagorno-karabakh', 'other-language', 'Russian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('seven formerly occupied districts', 'seven-districts', 'short-name', 'the memo''s phrase (¶3)');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Aghdam', 'agdam', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Ağdam', 'agdam', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Akna', 'agdam', 'other-language', 'Armenian name');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Kelbajar', 'kalbajar', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Kəlbəcər', 'kalbajar', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Karvachar', 'kalbajar', 'other-language', 'Armenian name');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Laçın', 'lachin', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Berdzor', 'lachin', 'other-language', 'Armenian name');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Zəngilan', 'zangilan', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Zangelan', 'zangilan', 'transliteration', 'spelling of resolution 884');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Burj Hammoud', 'bourj-hammoud', 'transliteration', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Bakı', 'baku', 'other-language', 'Azerbaijani');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Երևան', 'yerevan', 'other-language', 'Armenian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Hà Nội', 'hanoi', 'other-language', 'Vietnamese');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('تهران', 'tehran', 'other-language', 'Persian');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Bruxelles', 'brussels', 'other-language', 'French');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Brussel', 'brussels', 'other-language', 'Dutch');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Jammu and Kashmir', 'kashmir', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Iranian Azerbaijan', 'nw-iran', 'short-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Vietnamese Communist Party', 'communist-party-of-vietnam', 'short-name', 'the memos phrase (¶18)');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Đảng Cộng sản Việt Nam', 'communist-party-of-vietnam', 'local-name', NULL);
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Lebanese Parliament', 'lebanese-parliament', 'short-name', 'the memos phrase (¶12)');
INSERT INTO aliases (alias, actor_id, kind, note) VALUES ('Beyrouth', 'beirut', 'other-language', 'French');

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
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-war', '2020-09-27', '2020-11-10', 'war', 'Second Nagorno-Karabakh War', 'The 44-day war (also called the Second Karabakh War) between Azerbaijan on one side and Armenia and the Nagorno-Karabakh Republic on the other, ending with the trilateral statement in force from 10 November 2020.', 'verified');
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

-- events: background before 2020
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1965-uruguay-armenian-genocide-recognition', '1965', NULL, 'recognition', 'Uruguay recognises the Armenian Genocide', 'Uruguay became the first state to recognise officially the killings and deportations of Armenians in the Ottoman Empire as genocide.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1967-six-day-war', '1967', NULL, 'war', 'Six-Day War', 'Israel took the Sinai and the Golan Heights, among other territories; the memo recalls it as the origin of the lands Egypt and Syria sought to regain in 1973.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1973-10-yom-kippur-war', '1973-10-06', '1973-10-25', 'war', 'Yom Kippur (Ramadan, October) War', 'Egypt and Syria attacked Israeli positions in Sinai and the Golan to recover land lost in 1967; the memo cites NAM support for this “defensive” war as a precedent for Azerbaijan''s case.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1979-egypt-israel-peace', '1979', NULL, 'agreement', 'Egypt makes peace with Israel', 'Egypt became the first Arab state to recognise Israel, following the Camp David Accords; the memo gives this as the reason Armenia''s president wrote to Cairo.', 'partial');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1993-04-30-unsc-822', '1993-04-30', NULL, 'resolution', 'UN Security Council resolution 822', 'Adopted unanimously: demanded an end to hostilities and the immediate withdrawal of occupying forces from Kalbajar and other recently occupied areas of Azerbaijan.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1993-07-29-unsc-853', '1993-07-29', NULL, 'resolution', 'UN Security Council resolution 853', 'Adopted unanimously: condemned the seizure of Agdam, reaffirmed Azerbaijan''s sovereignty and territorial integrity and demanded the withdrawal of the occupying forces.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1993-10-14-unsc-874', '1993-10-14', NULL, 'resolution', 'UN Security Council resolution 874', 'Adopted unanimously: called for the ceasefire brokered with Russian help to be kept, for the Minsk Group''s adjusted timetable to be carried out, and for withdrawal from recently occupied districts.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1993-11-12-unsc-884', '1993-11-12', NULL, 'resolution', 'UN Security Council resolution 884', 'Adopted unanimously: condemned the occupation of Zangilan district and the town of Goradiz and demanded the withdrawal of the occupying forces.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1994-ceasefire', '1994-05-05', '1994-05-12', 'ceasefire', 'Bishkek Protocol and the 1994 ceasefire', 'The Bishkek Protocol, mediated by Russia and the CIS Inter-Parliamentary Assembly, was signed in early May 1994; the ceasefire took effect at midnight on 12 May and ended the first war.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('1994-10-26-israel-jordan-peace', '1994-10-26', NULL, 'agreement', 'Israel–Jordan peace treaty', 'Jordan became the second Arab state, after Egypt, to sign a peace treaty with Israel and establish diplomatic relations.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2000-pakistan-military-pledge', '2000', NULL, 'statement', 'Pakistan pledges possible military help in Karabakh (memo''s claim)', 'The memo says Pakistan offered possible military assistance to Azerbaijan over Karabakh as early as 2000; no independent source was found.', 'unverified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2005-09-r2p-world-summit', '2005-09-14', '2005-09-16', 'meeting', '2005 World Summit endorses the responsibility to protect', 'UN member states accepted in the summit outcome document each state''s responsibility to protect its population from genocide, war crimes, ethnic cleansing and crimes against humanity; the memo links this to reassuring NAM states wary of humanitarian intervention.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2006-azerbaijan-embassy-jakarta', '2005-12', '2006-02', 'diplomatic', 'Azerbaijan opens its embassy in Jakarta', 'Azerbaijan''s first embassy in South-East Asia opened in Jakarta; sources give December 2005 or 1 February 2006. Indonesia at first covered Azerbaijan from Tehran.', 'partial');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2008-sargsyan-remedial-secession-white-paper', '2008', '2018', 'publication', 'Sargsyan government''s war-crimes materials and remedial-secession white paper (memo''s claim)', 'The memo says the government of Serzh Sargsyan distributed documentaries on Azerbaijani war crimes and commissioned a classified legal white paper on remedial secession; no source was found.', 'unverified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2010-12-02-indonesia-embassy-baku', '2010-12-02', NULL, 'diplomatic', 'Indonesia opens its embassy in Baku', 'Indonesia opened an embassy in Baku about five years after Azerbaijan opened one in Jakarta.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2011-09-14-aida-founded', '2011-09-14', NULL, 'institutional', 'Azerbaijan International Development Agency founded', 'AIDA was set up within Azerbaijan''s foreign ministry to coordinate the country''s humanitarian and development aid abroad.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2012-01-azerbaijan-embassy-pretoria', '2012-01', NULL, 'diplomatic', 'Azerbaijan opens its embassy in South Africa', 'Azerbaijan opened an embassy in Pretoria twenty years after diplomatic relations were set up, with Elkhan Polukhov as first ambassador.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2012-05-nam-sharm-el-sheikh-ministerial', '2012-05-07', '2012-05-10', 'meeting', 'NAM Coordinating Bureau ministerial in Sharm el-Sheikh backs Azerbaijan', 'The ministerial meeting''s final document included a paragraph on Nagorno-Karabakh sought by Azerbaijan, a year after it joined; Armenia, an observer, objected that it undercut Minsk Group mediation.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2012-08-nam-tehran-summit', '2012-08-26', '2012-08-31', 'meeting', '16th NAM summit in Tehran', 'Preparatory, ministerial and summit meetings in Tehran (summit proper on 30-31 August), at which Iran took over the chair; the memo dates NAM backing for Azerbaijan''s position from this summit.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2013-12-24-svg-floods', '2013-12-24', '2013-12-25', 'disaster', 'Christmas floods in Saint Vincent and the Grenadines', 'A slow-moving trough brought torrential rain on 24-25 December 2013; floods and landslides killed nine people and destroyed homes, roads and bridges.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2014-aida-flood-aid-svg', '2014', NULL, 'aid', 'Azerbaijani flood aid to Saint Vincent and the Grenadines (memo''s claim)', 'The memo says AIDA gave humanitarian aid after the floods it dates to 2014; no record of that grant was found.', 'unverified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2014-05-aliyev-hanoi-visit', '2014-05-18', '2014-05-20', 'visit', 'President Aliyev''s state visit to Vietnam', 'Aliyev held talks with President Truong Tan Sang in Hanoi on 19 May 2014; the two agreed that conflicts should be settled peacefully under international law and the UN Charter.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2015-01-04-uruguay-fm-nkr', '2015-01-04', NULL, 'statement', 'Uruguay''s foreign ministry calls for recognition of Nagorno-Karabakh', 'After meeting Armenian representatives, Foreign Minister Luis Almagro''s ministry called for international recognition of the Nagorno-Karabakh Republic and its right to self-determination; Uruguay did not itself recognise it.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2015-sang-baku-visit', '2015-05-15', NULL, 'visit', 'President Truong Tan Sangs official visit to Azerbaijan', 'Vietnams president visited Baku at Aliyevs invitation to deepen bilateral ties, returning Aliyevs 2014 visit; on 15 May 2015 he met the speaker of parliament, who raised the Karabakh conflict.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2017-11-30-baku-declaration', '2017-11-30', NULL, 'diplomatic', 'First Azerbaijan–Turkey–Pakistan foreign ministers'' meeting adopts the Baku Declaration', 'The three ministers backed each other''s territorial integrity, called for conflicts in their regions to be settled under international law and UN Security Council resolutions, and pledged defence and security cooperation. It was a declaration, not a treaty.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2018-04-velvet-revolution', '2018-04-13', '2018-05', 'protest', 'Velvet Revolution in Armenia', 'Mass protests against Serzh Sargsyan''s move from president to prime minister began on 13 April 2018; he resigned on 23 April and protest leader Nikol Pashinyan became prime minister in May.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2018-pashinyan-swiss-model', '2018', NULL, 'political', 'Reformers aim to remake Armenia on a Swiss model (memo''s account)', 'The memo says radical modernisers in the Pashinyan administration wanted to transform Armenian society after the example of Switzerland but could not loosen the popular bond with Artsakh.', 'unverified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2018-10-jhinaoui-pace', '2018-10', NULL, 'statement', 'Tunisian foreign minister at PACE: Tunisia takes no side', 'Answering an Azerbaijani delegate at the Council of Europe''s Parliamentary Assembly, Khemaies Jhinaoui said Tunisia kept to its UN obligations, did not interfere in other countries'' internal affairs and, as a friend of both, would not side with Armenia or Azerbaijan.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2019-09-26-pashinyan-wion-kashmir', '2019-09-26', NULL, 'statement', 'Pashinyan tells WION Armenia backs India on Kashmir', 'In a WION interview at the UN General Assembly, Pashinyan said Armenia fully defends India''s position on Jammu and Kashmir.', 'verified');

-- events: 2020 before the war
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-03-06-azerbaijan-oic-niger-donation', '2020-03-06', NULL, 'aid', 'Azerbaijan funds the OIC''s regional office in Niger', 'On Aliyev''s instruction Azerbaijan gave the OIC US$100,000 to turn its humanitarian and development office in Niger into a regional office.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-07-16-mammadyarov-dismissed', '2020-07-16', NULL, 'political', 'Azerbaijan''s foreign minister Mammadyarov dismissed', 'After border clashes with Armenia in July 2020, Aliyev publicly criticised and then dismissed Elmar Mammadyarov, foreign minister since 2004, and appointed Jeyhun Bayramov.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-tunisia-government-change', '2020-02-27', '2020-09-02', 'political', 'Tunisia changes government twice in 2020', 'Elyes Fakhfakh''s government took office in February 2020 and fell in July; Hichem Mechichi''s technocratic cabinet won a confidence vote on 2 September. The memo suggests the change may have altered Tunisia''s neutral line.', 'verified');

-- events: the war, 27 September - 10 November 2020
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-27-egypt-statement', '2020-09-27', NULL, 'statement', 'Egypt urges restraint and talks in the Minsk Group framework', 'Egypt''s foreign ministry urged both sides to show restraint and de-escalate, and to settle the dispute peacefully under international legitimacy within the OSCE Minsk Group.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-27-eu-statement', '2020-09-27', NULL, 'statement', 'EU calls for an immediate end to hostilities', 'The EU High Representative called for an immediate cessation of hostilities and a return to negotiations under the Minsk Group co-chairs without preconditions.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-28-syrian-fighters-reports', '2020-09-28', NULL, 'military', 'Reports of Syrian fighters sent to Azerbaijan by Turkey', 'Reuters and others reported that Turkey was moving fighters from Turkish-controlled northern Syria to Azerbaijan for a monthly fee; Ankara and Baku denied it.', 'partial');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-29-unsc-consultations', '2020-09-29', NULL, 'meeting', 'UN Security Council closed consultations on Nagorno-Karabakh', 'Requested by France and Germany with the other European members; afterwards the Council president read press elements backing the Secretary-General''s call to stop fighting and supporting the Minsk Group co-chairs.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-27-pakistan-arms-meeting', '2020-09-27', '2020-10-03', 'meeting', 'Azerbaijani ambassador meets Pakistan''s top general on arms transfers (memo''s claim)', 'Citing a MEMRI analysis of Urdu-language sources, the memo reports that Ambassador Ali Alizade and General Nadeem Raza met at the military''s joint headquarters in Rawalpindi during the war''s first week about urgent arms deliveries, and that Azerbaijani pilots trained in Pakistan; no independent source was found.', 'unverified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-30-sarkissian-letters', '2020-09-30', NULL, 'diplomatic', 'President Sarkissian appeals to Arab leaders', 'Armenia''s presidential office released letters from Armen Sarkissian to Egypt''s President el-Sisi and Jordan''s King Abdullah II, among other Arab leaders, asking them to use their standing to stop the bloodshed. The memo dates the request to 28 September.', 'partial');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-09-30-iran-pro-azerbaijan-protests', '2020-09-30', '2020-10', 'protest', 'Rallies for Azerbaijan in Iran''s Azerbaijani provinces', 'Crowds in Tabriz, Ardabil, Urmia, Tehran and other cities rallied in support of Azerbaijan; security forces broke up the rallies and made arrests.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-early-diaspora-rallies', '2020-10', NULL, 'protest', 'Armenian diaspora rallies in Buenos Aires and Montevideo', 'Armenian communities in Argentina marched in Buenos Aires in early October, including a caravan on 8 October, and joined a South American caravan, Montevideo included, on 31 October, calling for peace and recognition of Artsakh.', 'partial');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-lebanese-aid-and-volunteers', '2020-10', NULL, 'aid', 'Lebanese Armenians send aid and volunteers', 'Lebanon''s Armenian community raised aid despite the currency crash, and a small number of Lebanese Armenians went to fight, some in an ARF-led volunteer regiment; Hagop Pakradounian said no organisation registered or sent them.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-01-sola-remarks', '2020-10-01', NULL, 'statement', 'Argentine foreign minister Solá on the war', 'At a business conference Solá said Azerbaijan had more firepower and Turkish backing while Armenia sought a ceasefire through the Minsk Group, recalled Argentina''s recognition of the Armenian Genocide, and promised to press for a ceasefire.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-02-pakistan-denial', '2020-10-02', NULL, 'statement', 'Pakistan denies its troops are fighting in Karabakh', 'Pakistan''s Foreign Office called reports of Pakistani soldiers fighting alongside Azerbaijan baseless, and said it supported Azerbaijan''s position in line with the UN Security Council resolutions; Azerbaijan''s ambassador also denied foreign troops were involved.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-aliyev-turkish-drones', '2020-10', NULL, 'statement', 'Aliyev confirms Azerbaijan uses Turkish armed drones', 'In an interview with Turkish television Aliyev acknowledged for the first time that Azerbaijan was using Turkish-made armed drones, which he credited with reducing its losses.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-07-russia-csto-karabakh', '2020-10-07', NULL, 'statement', 'Kremlin: CSTO obligations do not cover Karabakh', 'Putin and his spokesman said Russia would honour its alliance obligations to Armenia, but that they did not extend to Nagorno-Karabakh, where the fighting was taking place.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-25-pashinyan-wion-interview', '2020-10-25', NULL, 'publication', 'Pashinyan interview on India''s WION (memo''s claim)', 'The memo says Pashinyan gave WION an interview on 25 October asking India to treat remedial secession and recognition of Artsakh as options; no 2020 interview was found, only one from September 2019.', 'unverified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-10-iran-peace-plan', '2020-10', NULL, 'diplomatic', 'Iran''s regional peace plan', 'Deputy Foreign Minister Abbas Araghchi toured Baku, Moscow, Yerevan and Ankara in late October with a plan built on a ceasefire, an end to occupation, unchanged borders, respect for territorial integrity and minority rights.', 'verified');

-- events: after the war
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-11-11-ru-tr-memorandum', '2020-11-11', NULL, 'agreement', 'Russia and Turkey agree a joint ceasefire monitoring centre', 'Defence ministers Shoigu and Akar signed a memorandum on a joint Russian–Turkish centre in Azerbaijan to monitor the ceasefire.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-11-12-montevideo-recognition', '2020-11-12', NULL, 'recognition', 'Montevideo''s departmental board recognises Artsakh', 'The Junta Departamental de Montevideo recognised the Republic of Artsakh and called the November settlement the product of illegal force; this did not change Uruguay''s national policy.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-11-15-kalbajar-deadline-extended', '2020-11-15', NULL, 'diplomatic', 'Kalbajar handover postponed to 25 November', 'At Armenia''s request, passed on through Russia, Azerbaijan agreed to move the deadline for Kalbajar from 15 to 25 November because of the single narrow road out and the weather; the Agdam and Lachin dates stayed.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-11-16-mnatsakanyan-resigns', '2020-11-16', NULL, 'political', 'Armenian foreign minister Mnatsakanyan leaves office', 'Zohrab Mnatsakanyan resigned, or by Pashinyan''s account was dismissed, a week after the ceasefire; Ara Ayvazian succeeded him on 18 November.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2020-baku-victory-processions', '2020', NULL, 'protest', 'Pakistani flags at Baku victory processions (memo''s claim)', 'The memo says Pakistani flags were displayed in government-organised victory processions in Baku; no source was found.', 'unverified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2021-01-13-islamabad-declaration', '2021-01-13', NULL, 'diplomatic', 'Second trilateral foreign ministers'' meeting adopts the Islamabad Declaration', 'Pakistan, Turkey and Azerbaijan pledged to support one another on core national issues, Kashmir among them, and to deepen cooperation.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2021-01-30-joint-monitoring-centre', '2021-01-30', NULL, 'institutional', 'Russian–Turkish monitoring centre opens in Agdam', 'The joint centre opened near Qiyameddinli in Agdam district, to be staffed by up to 60 servicemen from each country and to watch the ceasefire with drones; the memo cites it as evidence against a Russia–Turkey proxy war.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2021-07-memo-published', '2021-07', NULL, 'publication', 'PONARS Eurasia publishes Policy Memo No. 704', 'Jason E. Strakes''s memo on the Second Nagorno-Karabakh War in a Global South perspective, the source this database is built from.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2025-08-31-pakistan-armenia-relations', '2025-08-31', NULL, 'diplomatic', 'Pakistan and Armenia establish diplomatic relations', 'The two foreign ministers signed a joint communiqué in Tianjin, ending Pakistan''s decades of non-recognition of Armenia.', 'verified');
INSERT INTO events (id, date, end_date, kind, title, summary, status) VALUES ('2025-11-30-minsk-group-closed', '2025-11-30', NULL, 'institutional', 'OSCE closes the Minsk process', 'Following a joint Armenian–Azerbaijani request and a consensus decision of 1 September 2025, the OSCE completed the closure of the Minsk Group and related structures at the end of 30 November 2025.', 'verified');

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

-- event_actors: full coverage
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1965-uruguay-armenian-genocide-recognition', 'uruguay', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1965-uruguay-armenian-genocide-recognition', 'armenia', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1967-six-day-war', 'israel', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1967-six-day-war', 'egypt', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1967-six-day-war', 'syria', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1973-10-yom-kippur-war', 'egypt', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1973-10-yom-kippur-war', 'syria', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1973-10-yom-kippur-war', 'israel', 'target');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1979-egypt-israel-peace', 'egypt', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1979-egypt-israel-peace', 'israel', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-04-30-unsc-822', 'unsc', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-04-30-unsc-822', 'azerbaijan', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-04-30-unsc-822', 'armenia', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-04-30-unsc-822', 'kalbajar', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-07-29-unsc-853', 'unsc', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-07-29-unsc-853', 'azerbaijan', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-07-29-unsc-853', 'armenia', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-07-29-unsc-853', 'agdam', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-10-14-unsc-874', 'unsc', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-10-14-unsc-874', 'azerbaijan', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-10-14-unsc-874', 'armenia', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-11-12-unsc-884', 'unsc', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-11-12-unsc-884', 'azerbaijan', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-11-12-unsc-884', 'armenia', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1993-11-12-unsc-884', 'zangilan', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1994-ceasefire', 'armenia', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1994-ceasefire', 'azerbaijan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1994-ceasefire', 'nkr', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1994-ceasefire', 'russia', 'mediator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1994-10-26-israel-jordan-peace', 'jordan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('1994-10-26-israel-jordan-peace', 'israel', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2000-pakistan-military-pledge', 'pakistan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2000-pakistan-military-pledge', 'azerbaijan', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2005-09-r2p-world-summit', 'un', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2006-azerbaijan-embassy-jakarta', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2006-azerbaijan-embassy-jakarta', 'indonesia', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2008-sargsyan-remedial-secession-white-paper', 'serzh-sargsyan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2008-sargsyan-remedial-secession-white-paper', 'armenia', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2010-12-02-indonesia-embassy-baku', 'indonesia', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2010-12-02-indonesia-embassy-baku', 'azerbaijan', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2010-12-02-indonesia-embassy-baku', 'baku', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2011-09-14-aida-founded', 'aida', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2011-09-14-aida-founded', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-01-azerbaijan-embassy-pretoria', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-01-azerbaijan-embassy-pretoria', 'south-africa', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-01-azerbaijan-embassy-pretoria', 'pretoria', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-05-nam-sharm-el-sheikh-ministerial', 'nam-coordinating-bureau', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-05-nam-sharm-el-sheikh-ministerial', 'egypt', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-05-nam-sharm-el-sheikh-ministerial', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-05-nam-sharm-el-sheikh-ministerial', 'armenia', 'opponent');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-05-nam-sharm-el-sheikh-ministerial', 'elmar-mammadyarov', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-08-nam-tehran-summit', 'nam', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-08-nam-tehran-summit', 'iran', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-08-nam-tehran-summit', 'tehran', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2012-08-nam-tehran-summit', 'azerbaijan', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2013-12-24-svg-floods', 'saint-vincent-and-the-grenadines', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2014-aida-flood-aid-svg', 'aida', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2014-aida-flood-aid-svg', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2014-aida-flood-aid-svg', 'saint-vincent-and-the-grenadines', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2014-05-aliyev-hanoi-visit', 'ilham-aliyev', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2014-05-aliyev-hanoi-visit', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2014-05-aliyev-hanoi-visit', 'vietnam', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2014-05-aliyev-hanoi-visit', 'hanoi', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2015-01-04-uruguay-fm-nkr', 'uruguay', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2015-01-04-uruguay-fm-nkr', 'nkr', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2015-sang-baku-visit', 'vietnam', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2015-sang-baku-visit', 'azerbaijan', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2015-sang-baku-visit', 'baku', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2017-11-30-baku-declaration', 'azerbaijan', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2017-11-30-baku-declaration', 'turkey', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2017-11-30-baku-declaration', 'pakistan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2017-11-30-baku-declaration', 'azerbaijan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2017-11-30-baku-declaration', 'elmar-mammadyarov', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2017-11-30-baku-declaration', 'baku', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2017-11-30-baku-declaration', 'kashmir', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2018-04-velvet-revolution', 'armenia', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2018-04-velvet-revolution', 'nikol-pashinyan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2018-04-velvet-revolution', 'serzh-sargsyan', 'target');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2018-04-velvet-revolution', 'yerevan', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2018-pashinyan-swiss-model', 'nikol-pashinyan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2018-pashinyan-swiss-model', 'armenia', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2018-pashinyan-swiss-model', 'switzerland', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2018-10-jhinaoui-pace', 'khemaies-jhinaoui', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2018-10-jhinaoui-pace', 'tunisia', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2019-09-26-pashinyan-wion-kashmir', 'nikol-pashinyan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2019-09-26-pashinyan-wion-kashmir', 'armenia', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2019-09-26-pashinyan-wion-kashmir', 'india', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2019-09-26-pashinyan-wion-kashmir', 'wion', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2019-09-26-pashinyan-wion-kashmir', 'kashmir', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-03-06-azerbaijan-oic-niger-donation', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-03-06-azerbaijan-oic-niger-donation', 'oic', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-03-06-azerbaijan-oic-niger-donation', 'niger', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-07-16-mammadyarov-dismissed', 'ilham-aliyev', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-07-16-mammadyarov-dismissed', 'elmar-mammadyarov', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-07-16-mammadyarov-dismissed', 'azerbaijan', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-tunisia-government-change', 'tunisia', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-egypt-statement', 'egypt', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-eu-statement', 'eu', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-28-syrian-fighters-reports', 'turkey', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-28-syrian-fighters-reports', 'syria', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-28-syrian-fighters-reports', 'azerbaijan', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-29-unsc-consultations', 'unsc', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-29-unsc-consultations', 'france', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-29-unsc-consultations', 'germany', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-29-unsc-consultations', 'niger', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-29-unsc-consultations', 'antonio-guterres', 'supporter');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-pakistan-arms-meeting', 'ali-alizade', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-pakistan-arms-meeting', 'nadeem-raza', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-pakistan-arms-meeting', 'pakistan', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-pakistan-arms-meeting', 'azerbaijan', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-pakistan-arms-meeting', 'rawalpindi', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-pakistan-arms-meeting', 'memri', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-30-sarkissian-letters', 'armen-sarkissian', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-30-sarkissian-letters', 'armenia', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-30-sarkissian-letters', 'abdel-fattah-el-sisi', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-30-sarkissian-letters', 'egypt', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-30-sarkissian-letters', 'abdullah-ii', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-30-sarkissian-letters', 'jordan', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-30-iran-pro-azerbaijan-protests', 'nw-iran', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-30-iran-pro-azerbaijan-protests', 'iran', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-30-iran-pro-azerbaijan-protests', 'tehran', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-early-diaspora-rallies', 'buenos-aires', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-early-diaspora-rallies', 'montevideo', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-early-diaspora-rallies', 'argentina', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-early-diaspora-rallies', 'uruguay', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-lebanese-aid-and-volunteers', 'lebanon', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-lebanese-aid-and-volunteers', 'bourj-hammoud', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-lebanese-aid-and-volunteers', 'arf', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-lebanese-aid-and-volunteers', 'hagop-pakradounian', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-lebanese-aid-and-volunteers', 'armenia', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-01-sola-remarks', 'felipe-sola', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-01-sola-remarks', 'argentina', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-02-pakistan-denial', 'pakistan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-02-pakistan-denial', 'islamabad', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-02-pakistan-denial', 'ali-alizade', 'supporter');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-aliyev-turkish-drones', 'ilham-aliyev', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-aliyev-turkish-drones', 'turkey', 'supporter');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-aliyev-turkish-drones', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-07-russia-csto-karabakh', 'russia', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-07-russia-csto-karabakh', 'armenia', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-07-russia-csto-karabakh', 'nkr', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-07-russia-csto-karabakh', 'csto', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-25-pashinyan-wion-interview', 'nikol-pashinyan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-25-pashinyan-wion-interview', 'wion', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-25-pashinyan-wion-interview', 'india', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-iran-peace-plan', 'iran', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-iran-peace-plan', 'azerbaijan', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-iran-peace-plan', 'armenia', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-iran-peace-plan', 'russia', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-iran-peace-plan', 'turkey', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-11-ru-tr-memorandum', 'russia', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-11-ru-tr-memorandum', 'turkey', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-11-ru-tr-memorandum', 'ru-tr-joint-monitoring-centre', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-12-montevideo-recognition', 'montevideo-departmental-council', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-12-montevideo-recognition', 'nkr', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-12-montevideo-recognition', 'montevideo', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-15-kalbajar-deadline-extended', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-15-kalbajar-deadline-extended', 'armenia', 'recipient');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-15-kalbajar-deadline-extended', 'russia', 'mediator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-15-kalbajar-deadline-extended', 'kalbajar', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-16-mnatsakanyan-resigns', 'zohrab-mnatsakanyan', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-16-mnatsakanyan-resigns', 'nikol-pashinyan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-16-mnatsakanyan-resigns', 'armenia', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-baku-victory-processions', 'baku', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-baku-victory-processions', 'pakistan', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-baku-victory-processions', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-13-islamabad-declaration', 'pakistan', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-13-islamabad-declaration', 'turkey', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-13-islamabad-declaration', 'azerbaijan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-13-islamabad-declaration', 'pakistan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-13-islamabad-declaration', 'islamabad', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-13-islamabad-declaration', 'kashmir', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-30-joint-monitoring-centre', 'ru-tr-joint-monitoring-centre', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-30-joint-monitoring-centre', 'russia', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-30-joint-monitoring-centre', 'turkey', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-30-joint-monitoring-centre', 'azerbaijan', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-01-30-joint-monitoring-centre', 'agdam', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-07-memo-published', 'jason-e-strakes', 'author');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2021-07-memo-published', 'ponars-eurasia', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2025-08-31-pakistan-armenia-relations', 'pakistan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2025-08-31-pakistan-armenia-relations', 'armenia', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2025-11-30-minsk-group-closed', 'osce-minsk-group', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2025-11-30-minsk-group-closed', 'armenia', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2025-11-30-minsk-group-closed', 'azerbaijan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-war', 'nagorno-karabakh', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-war', 'turkey', 'supporter');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-war-start', 'nagorno-karabakh', 'location');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-09-27-armenia-martial-law', 'nikol-pashinyan', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-08-shusha', 'ilham-aliyev', 'initiator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-10-moscow-ceasefire', 'zohrab-mnatsakanyan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-10-moscow-ceasefire', 'osce-minsk-group', 'mediator');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'ilham-aliyev', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'nikol-pashinyan', 'signatory');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'nkr', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'agdam', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'kalbajar', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'lachin', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-11-10-trilateral-statement', 'seven-districts', 'subject');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2020-10-19-unsc-consultations', 'vassily-nebenzia', 'host');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2011-05-azerbaijan-joins-nam', 'elmar-mammadyarov', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2019-10-25-azerbaijan-nam-chair', 'ilham-aliyev', 'participant');
INSERT INTO event_actors (event_id, actor_id, role) VALUES ('2019-10-25-azerbaijan-nam-chair', 'baku', 'location');

-- positions: an actor's stance on a topic
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('azerbaijan-territorial-integrity', 'azerbaijan', 'territorial-integrity-azerbaijan', 'supports', NULL, NULL, 'Regarded Karabakh and the surrounding districts as its own occupied land, presented the 2020 offensive as a counter-offensive to restore its territorial integrity, and took full control of Nagorno-Karabakh in September 2023.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('azerbaijan-unsc-1993-resolutions', 'azerbaijan', 'unsc-1993-resolutions', 'supports', NULL, NULL, 'For nearly thirty years cited the four 1993 resolutions and their non-implementation as the basis of its case, and in October 2020 thanked the seven Council members that insisted on them.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('armenia-self-determination', 'armenia', 'self-determination-nagorno-karabakh', 'supports', '1994', '2022-10-06', 'From the 1994 ceasefire self-determination of Nagorno-Karabakh was Yerevans main negotiating position, the memo says, and in 2020 the prime minister argued for recognising Artsakhs independence; the position gave way when Armenia recognised Azerbaijans territorial integrity at Prague on 6 October 2022.', 'partial');
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
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('iran-ceasefire', 'iran', 'ceasefire', 'supports', '2020-10', '2020-11-10', 'Offered itself as a mediator and in late October toured the region with a regional peace plan built on a ceasefire, though it had little influence over either side.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('turkey-territorial-integrity', 'turkey', 'territorial-integrity-azerbaijan', 'supports', NULL, NULL, 'Backs Azerbaijan''s claim; its ambassador in South Africa called the Armenian occupation the heart of the conflict and cited the four 1993 resolutions.', 'verified');

-- positions: full coverage
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('armenia-recognition-of-artsakh', 'armenia', 'recognition-of-artsakh', 'supports', '2020-10', '2022-10-06', 'During the war Prime Minister Pashinyan urged European and other states to recognise Nagorno-Karabakhs independence as a way to protect its people; Armenia itself never recognised it and at Prague on 6 October 2022 recognised Azerbaijans territorial integrity instead.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('armenia-remedial-secession', 'armenia', 'remedial-secession', 'supports', '2020-10', '2022-10-06', 'In 2020 Yerevans case moved from self-determination towards remedial secession, presenting recognition as the only protection for Karabakh Armenians facing what it called a threat of genocide; it was dropped when Armenia recognised Azerbaijans territorial integrity at Prague on 6 October 2022.', 'partial');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('armenia-responsibility-to-protect', 'armenia', 'responsibility-to-protect', 'supports', '2020-10', NULL, 'Armenian officials and scholars applied the responsibility to protect to Karabakh, tying it to the memory of the 1915 genocide; Pashinyan spoke of an existential threat.', 'partial');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('nkr-self-determination', 'nkr', 'self-determination-nagorno-karabakh', 'supports', '1991-09-02', '2024-01-01', 'A joint session of the regional and Shahumyan district councils proclaimed the Nagorno-Karabakh Republic on 2 September 1991, and its authorities claimed statehood until, after Azerbaijans offensive of September 2023, they decreed the republics dissolution as of 1 January 2024.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('azerbaijan-minsk-group-mediation', 'azerbaijan', 'minsk-group-mediation', 'ambiguous', '1992', '2025-11-30', 'Took part in the Minsk process from 1992 while questioning the co-chairs effectiveness and impartiality, and in 2020 acted against their calls for restraint (the memos account); with Armenia it asked for the process to be closed, which was done on 30 November 2025.', 'partial');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('russia-ceasefire', 'russia', 'ceasefire', 'supports', '2020-10', '2020-11', 'Brokered the 10 October Moscow ceasefire and the 9/10 November statement that ended the war.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('turkey-ceasefire', 'turkey', 'ceasefire', 'ambiguous', '2020-10', NULL, 'Foreign Minister Çavuşoğlu questioned what a ceasefire would achieve without Armenian withdrawal, while Turkey later co-founded the ceasefire monitoring centre.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('united-states-ceasefire', 'united-states', 'ceasefire', 'supports', '2020-10', '2020-11-10', 'Hosted the foreign ministers and brokered the humanitarian ceasefire of 26 October.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('eu-ceasefire', 'eu', 'ceasefire', 'supports', '2020-09', '2020-11-10', 'Called for an immediate end to hostilities and a return to talks under the Minsk Group co-chairs.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('nam-territorial-integrity', 'nam', 'territorial-integrity-azerbaijan', 'supports', '2012', NULL, 'NAM final documents since 2012 have backed a settlement within Azerbaijan''s territorial integrity, over Armenia''s objections as an observer.', 'partial');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('pakistan-unsc-1993-resolutions', 'pakistan', 'unsc-1993-resolutions', 'supports', '2020-10', NULL, 'Said it supported Azerbaijan''s position in line with the unanimously adopted Security Council resolutions.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('egypt-minsk-group-mediation', 'egypt', 'minsk-group-mediation', 'supports', '2020-09', '2025-11-30', 'In September 2020 urged both sides to resolve the dispute through dialogue within the OSCE Minsk Group, without taking a side; the Minsk process closed on 30 November 2025, which bounds this position.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('argentina-ceasefire', 'argentina', 'ceasefire', 'supports', '2020-09', '2020-11-10', 'Called on Armenia and Azerbaijan, both “friendly countries”, to stop fighting at once.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('argentina-minsk-group-mediation', 'argentina', 'minsk-group-mediation', 'supports', '2020-09', '2025-11-30', 'In September 2020 called for effective negotiations under the OSCE Minsk Group and did not move towards recognising Artsakh; the Minsk process closed on 30 November 2025, which bounds this position.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('uruguay-recognition-of-artsakh', 'uruguay', 'recognition-of-artsakh', 'ambiguous', '2015', NULL, 'Its foreign ministry called in 2015 for international recognition of Nagorno-Karabakh, and its capital recognised Artsakh in 2020, but the state never recognised it.', 'partial');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('montevideo-departmental-council-recognition-of-artsakh', 'montevideo-departmental-council', 'recognition-of-artsakh', 'supports', '2020-11-12', NULL, 'Recognised the Republic of Artsakh and asked the international community to respect it as an independent state.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('indonesia-territorial-integrity', 'indonesia', 'territorial-integrity-azerbaijan', 'supports', NULL, NULL, 'Long backed Azerbaijan''s territorial integrity in international forums, while more recently also offering to mediate (Azerbaijan''s account and the memo''s).', 'partial');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('tunisia-non-interference', 'tunisia', 'non-interference', 'supports', '2018-10', NULL, 'Said it would not interfere in other states'' affairs or take either side, while honouring UN resolutions; the memo suggests the 2020 government change may have shifted this.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('vietnam-territorial-integrity', 'vietnam', 'territorial-integrity-azerbaijan', 'supports', '2014-05', NULL, 'The memo says Vietnamese leaders backed a settlement on the basis of territorial integrity; the sources found only record agreement that conflicts be settled peacefully under international law and the UN Charter.', 'partial');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('iran-territorial-integrity', 'iran', 'territorial-integrity-azerbaijan', 'supports', '2020-10', NULL, 'Its peace plan called for the end of occupation, unchanged borders and respect for the territorial integrity of the region''s states, alongside minority rights.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('fikret-sadikhov-territorial-integrity', 'fikret-sadikhov', 'territorial-integrity-azerbaijan', 'supports', '2019-10', NULL, 'Argued that the Non-Aligned Movement would reaffirm Azerbaijan''s territorial integrity under Baku''s chairmanship.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('hovhannes-nikoghosyan-responsibility-to-protect', 'hovhannes-nikoghosyan', 'responsibility-to-protect', 'supports', NULL, NULL, 'Traced the UN''s adoption of R2P to reassuring NAM states, and its use by Armenian elites for Karabakh (the memo''s account).', 'unverified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('rouben-shougarian-responsibility-to-protect', 'rouben-shougarian', 'responsibility-to-protect', 'supports', NULL, NULL, 'A prominent proponent of applying R2P to Artsakh (the memo''s account).', 'unverified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('zohrab-mnatsakanyan-responsibility-to-protect', 'zohrab-mnatsakanyan', 'responsibility-to-protect', 'supports', NULL, NULL, 'A prominent proponent of applying R2P to Artsakh (the memo''s account).', 'unverified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('nikol-pashinyan-remedial-secession', 'nikol-pashinyan', 'remedial-secession', 'supports', '2020-10', '2022-10-06', 'Argued during the war that recognition of Artsakhs independence was the way to protect its people (the memo quotes him calling for “Remedial secession & recognition of Artsakh”); at Prague on 6 October 2022 he agreed instead to recognise Azerbaijans territorial integrity.', 'partial');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('serzh-sargsyan-remedial-secession', 'serzh-sargsyan', 'remedial-secession', 'supports', '2008', '2018', 'His government is said to have commissioned a classified legal white paper on remedial secession (the memo''s account).', 'unverified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('fadli-zon-unsc-1993-resolutions', 'fadli-zon', 'unsc-1993-resolutions', 'supports', '2020-10', NULL, 'As BKSAP chair in October 2020, urged both sides to cease fire and resume talks based on international law, and stressed that resolutions 822, 853, 874 and 884 and General Assembly resolution 62/243 must be implemented.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('felipe-sola-ceasefire', 'felipe-sola', 'ceasefire', 'supports', '2020-10-01', '2020-11-10', 'Promised to keep pressing for a ceasefire and sympathised with Armenia''s losses without naming a change of policy.', 'verified');
INSERT INTO positions (id, actor_id, topic_id, stance, date, end_date, summary, status) VALUES ('armenia-territorial-integrity-2022-10', 'armenia', 'territorial-integrity-azerbaijan', 'supports', '2022-10-06', NULL, 'At Prague on 6 October 2022 Armenia and Azerbaijan confirmed the 1991 Alma-Ata Declaration, by which each recognises the others territorial integrity; Pashinyan later said Armenia recognised Azerbaijans 86,600 square kilometres, boundaries that include Nagorno-Karabakh.', 'verified');

-- relations: memberships and other ties over time (subject --predicate--> object)
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('china-permanent-member-unsc', 'china', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('france-permanent-member-unsc', 'france', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('russia-permanent-member-unsc', 'russia', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council; held the rotating presidency in October 2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('united-kingdom-permanent-member-unsc', 'united-kingdom', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('united-states-permanent-member-unsc', 'united-states', 'permanent-member', 'unsc', NULL, NULL, 'One of the five permanent members of the Security Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('belgium-elected-member-unsc-2019', 'belgium', 'elected-member', 'unsc', '2019-01-01', '2020-12-31', 'Elected in June 2018 for the two-year term 2019-2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('dominican-republic-elected-member-unsc-2019', 'dominican-republic', 'elected-member', 'unsc', '2019-01-01', '2020-12-31', 'Elected in June 2018 for the two-year term 2019-2020, its first term on the Council.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('germany-elected-member-unsc-2019', 'germany', 'elected-member', 'unsc', '2019-01-01', '2020-12-31', 'Elected in June 2018 for the two-year term 2019-2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('indonesia-elected-member-unsc-2019', 'indonesia', 'elected-member', 'unsc', '2019-01-01', '2020-12-31', 'Elected on 8 June 2018 in the only contested race, winning in a single round with 144 votes to the Maldives 46, for the two-year term 2019-2020.', 'verified');
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
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('france-co-chair-osce-minsk-group', 'france', 'co-chair', 'osce-minsk-group', '1997-02-14', '2025-11-30', 'Co-chair of the Minsk Group from February 1997, in the three-way format with Russia, until the group closed on 30 November 2025.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('russia-co-chair-osce-minsk-group', 'russia', 'co-chair', 'osce-minsk-group', '1995', '2025-11-30', 'Co-chair from the start of the co-chairmanship set up at the Budapest summit (mandate of 23 March 1995), first with Sweden and then Finland, and from 1997 with France and the United States, until the group closed on 30 November 2025.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('united-states-co-chair-osce-minsk-group', 'united-states', 'co-chair', 'osce-minsk-group', '1997-02-14', '2025-11-30', 'Co-chair of the Minsk Group from February 1997, in the three-way format with Russia, until the group closed on 30 November 2025.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('pakistan-does-not-recognise-armenia', 'pakistan', 'does-not-recognise', 'armenia', '1991', '2025-08-31', 'Withheld recognition of Armenia from its independence in 1991, over the Karabakh conflict and as the only UN member to do so, until the two established diplomatic relations on 31 August 2025.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('pakistan-diplomatic-relations-armenia', 'pakistan', 'diplomatic-relations', 'armenia', '2025-08-31', NULL, 'Diplomatic relations established by a joint communiqué signed in Tianjin on 31 August 2025.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('elif-comoglu-ulgen-ambassador-to-south-africa', 'elif-comoglu-ulgen', 'ambassador-to', 'south-africa', '2018-10', '2022-03', 'Turkeys ambassador in South Africa at the time of the 2020 war; bounded by the sources: in post by October 2018, and by March 2022 described as the former ambassador, then serving in the ministry in Ankara.', 'verified');

-- relations: Non-Aligned Movement
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('india-member-nam', 'india', 'member', 'nam', NULL, NULL, 'Member state and a founder of the movement.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('pakistan-member-nam', 'pakistan', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('iran-member-nam', 'iran', 'member', 'nam', NULL, NULL, 'Member state; took over the chair at the 2012 Tehran summit.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('egypt-member-nam', 'egypt', 'member', 'nam', NULL, NULL, 'Member state and a founder of the movement.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('jordan-member-nam', 'jordan', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('lebanon-member-nam', 'lebanon', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('syria-member-nam', 'syria', 'member', 'nam', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('egypt-founded-nam', 'egypt', 'founded', 'nam', '1961-09-01', NULL, 'One of the five states whose leaders launched the movement at Belgrade in September 1961.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('india-founded-nam', 'india', 'founded', 'nam', '1961-09-01', NULL, 'One of the five states whose leaders launched the movement at Belgrade in September 1961.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('indonesia-founded-nam', 'indonesia', 'founded', 'nam', '1961-09-01', NULL, 'One of the five states whose leaders launched the movement at Belgrade in September 1961.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('nam-coordinating-bureau-part-of-nam', 'nam-coordinating-bureau', 'part-of', 'nam', NULL, NULL, 'The movement''s coordinating body at the United Nations.', 'verified');

-- relations: Organization of Islamic Cooperation, CSTO, NATO, UN
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('azerbaijan-member-oic', 'azerbaijan', 'member', 'oic', '1991', NULL, 'Joined in 1991, the first international organisation it entered after independence.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('egypt-member-oic', 'egypt', 'member', 'oic', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('indonesia-member-oic', 'indonesia', 'member', 'oic', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('iran-member-oic', 'iran', 'member', 'oic', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('jordan-member-oic', 'jordan', 'member', 'oic', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('lebanon-member-oic', 'lebanon', 'member', 'oic', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('niger-member-oic', 'niger', 'member', 'oic', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('pakistan-member-oic', 'pakistan', 'member', 'oic', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('tunisia-member-oic', 'tunisia', 'member', 'oic', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('turkey-member-oic', 'turkey', 'member', 'oic', NULL, NULL, 'Member state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('armenia-member-csto', 'armenia', 'member', 'csto', NULL, NULL, 'Member state; Moscow said in 2020 that the guarantees covered Armenia but not Karabakh. Armenia froze its participation in February 2024 and in December 2024 its prime minister said it considered itself outside the alliance, while Moscow said it had only paused.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('russia-member-csto', 'russia', 'member', 'csto', NULL, NULL, 'Member state and leading power of the alliance.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('turkey-member-nato', 'turkey', 'member', 'nato', NULL, NULL, 'Member of the Atlantic alliance.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('unsc-part-of-un', 'unsc', 'part-of', 'un', NULL, NULL, 'Principal UN organ charged under the Charter with international peace and security.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('niger-presides-unsc-2020-09', 'niger', 'presides', 'unsc', '2020-09-01', '2020-09-30', 'Held the rotating Council presidency in September 2020, when the Council first met on the war.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('russia-presides-unsc-2020-10', 'russia', 'presides', 'unsc', '2020-10-01', '2020-10-31', 'Held the rotating Council presidency in October 2020, under Ambassador Vassily Nebenzia; the memo wrongly names António Guterres.', 'verified');

-- relations: alliances and support
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('armenia-allied-with-russia', 'armenia', 'allied-with', 'russia', NULL, NULL, 'Treaty allies in the CSTO; the alliance did not extend to Nagorno-Karabakh, and Armenia froze its participation in it in February 2024.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('turkey-supports-azerbaijan', 'turkey', 'supports', 'azerbaijan', NULL, NULL, 'Long-standing defence partner: armed drones, training and advisers, and open political backing in 2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('pakistan-supports-azerbaijan', 'pakistan', 'supports', 'azerbaijan', NULL, NULL, 'Diplomatic, moral and political support for Azerbaijan''s position on Karabakh.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('azerbaijan-diplomatic-relations-indonesia', 'azerbaijan', 'diplomatic-relations', 'indonesia', '1992-09-24', NULL, 'Diplomatic relations since 24 September 1992; Indonesia recognised Azerbaijan on 28 December 1991.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('azerbaijan-diplomatic-relations-south-africa', 'azerbaijan', 'diplomatic-relations', 'south-africa', '1992-04-29', NULL, 'Diplomatic relations established on 29 April 1992; Azerbaijan opened an embassy in Pretoria only in January 2012.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('azerbaijan-diplomatic-relations-vietnam', 'azerbaijan', 'diplomatic-relations', 'vietnam', '1992-09-23', NULL, 'Diplomatic relations since 23 September 1992.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('azerbaijan-founded-friends-of-azerbaijan', 'azerbaijan', 'founded', 'friends-of-azerbaijan', '2012', NULL, 'The memo says the Azerbaijani embassy set up this local solidarity group; by December 2012 it was holding events with the embassy.', 'partial');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('russia-founded-ru-tr-joint-monitoring-centre', 'russia', 'founded', 'ru-tr-joint-monitoring-centre', '2020-11-11', NULL, 'Co-founded the centre by the memorandum of 11 November 2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('turkey-founded-ru-tr-joint-monitoring-centre', 'turkey', 'founded', 'ru-tr-joint-monitoring-centre', '2020-11-11', NULL, 'Co-founded the centre by the memorandum of 11 November 2020.', 'verified');

-- relations: offices held
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('serzh-sargsyan-president-armenia', 'serzh-sargsyan', 'office-holder', 'armenia', '2008-04-09', '2018-04-09', 'President of Armenia, sworn in on 9 April 2008 and re-elected in 2013; his second term ended on 9 April 2018.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('serzh-sargsyan-prime-minister-armenia', 'serzh-sargsyan', 'office-holder', 'armenia', '2018-04-17', '2018-04-23', 'Prime minister for six days, elected by parliament on 17 April and resigning on 23 April 2018 under mass protest.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('armen-sarkissian-president-armenia', 'armen-sarkissian', 'office-holder', 'armenia', '2018-04-09', '2022', 'President of Armenia, elected by parliament in March 2018 and in office from 9 April 2018 until he resigned in January 2022.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('nikol-pashinyan-prime-minister-armenia', 'nikol-pashinyan', 'office-holder', 'armenia', '2018-05-08', NULL, 'Prime minister of Armenia from his election by parliament on 8 May 2018; in office at least until December 2024, the latest source consulted.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('ilham-aliyev-president-azerbaijan', 'ilham-aliyev', 'office-holder', 'azerbaijan', '2003-10-31', NULL, 'President of Azerbaijan since his inauguration on 31 October 2003, succeeding his father Heydar Aliyev.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('elmar-mammadyarov-foreign-minister-azerbaijan', 'elmar-mammadyarov', 'office-holder', 'azerbaijan', '2004-04-02', '2020-07-16', 'Foreign minister of Azerbaijan from his appointment on 2 April 2004 until his dismissal on 16 July 2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('zohrab-mnatsakanyan-foreign-minister-armenia', 'zohrab-mnatsakanyan', 'office-holder', 'armenia', '2018-05-13', '2020-11-16', 'Foreign minister of Armenia from 13 May 2018 until he left office after the ceasefire, on 16 November 2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('felipe-sola-foreign-minister-argentina', 'felipe-sola', 'office-holder', 'argentina', '2020-10', '2020-10', 'Argentina''s foreign minister (canciller), in office at the time of the war.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('khemaies-jhinaoui-foreign-minister-tunisia', 'khemaies-jhinaoui', 'office-holder', 'tunisia', '2018-10', '2018-10', 'Tunisia''s foreign minister, in office in October 2018.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('abdel-fattah-el-sisi-president-egypt', 'abdel-fattah-el-sisi', 'office-holder', 'egypt', '2020-09', '2020-09', 'President of Egypt at the time of the war.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('abdullah-ii-king-jordan', 'abdullah-ii', 'office-holder', 'jordan', '2020-09', '2020-09', 'King of Jordan at the time of the war.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('nadeem-raza-cjcsc-pakistan', 'nadeem-raza', 'office-holder', 'pakistan', '2019-11-27', '2022-11', 'Chairman of the Joint Chiefs of Staff Committee from 27 November 2019 to November 2022.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('ali-alizade-ambassador-to-pakistan', 'ali-alizade', 'ambassador-to', 'pakistan', '2020-10', '2021-02', 'Azerbaijans ambassador in Pakistan during the war and still in February 2021; dated only as far as the sources found go.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('antonio-guterres-secretary-general-un', 'antonio-guterres', 'office-holder', 'un', '2020', '2020', 'UN Secretary-General in 2020 (not President of the Security Council, as the memo has it).', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('vassily-nebenzia-ambassador-to-un', 'vassily-nebenzia', 'ambassador-to', 'un', '2020-10', '2020-10', 'Russia''s permanent representative to the UN, who chaired the Council in October 2020.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('rouben-shougarian-ambassador-to-united-states', 'rouben-shougarian', 'ambassador-to', 'united-states', '1993', '1999', 'Armenia''s first ambassador to the United States.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('hagop-pakradounian-leads-arf', 'hagop-pakradounian', 'leads', 'arf', '2020-11', '2020-11', 'Headed the partys Lebanese branch (the ARF Central Committee of Lebanon), not the party as a whole; dated only to the time of the war, when reports name him as its leader in Lebanon.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('fadli-zon-leads-bksap', 'fadli-zon', 'leads', 'bksap', '2019-10', '2024-10', 'Chaired the Badan Kerja Sama Antar-Parlemen for the 2019-2024 parliament, from his nomination in October 2019 until he became minister of culture on 20 October 2024.', 'verified');

-- relations: parts and places
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('nkr-defense-army-part-of-nkr', 'nkr-defense-army', 'part-of', 'nkr', '1991-09-02', '2024-01-01', 'The armed forces of the Nagorno-Karabakh Republic; bounded here by the republics proclamation and its end, the army having agreed to disband in September 2023.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('aida-part-of-azerbaijan', 'aida', 'part-of', 'azerbaijan', '2011-09-14', NULL, 'State agency within Azerbaijan''s foreign ministry.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('bksap-part-of-indonesia', 'bksap', 'part-of', 'indonesia', NULL, NULL, 'A body of Indonesias House of Representatives (DPR) that conducts its inter-parliamentary diplomacy.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('nagorno-karabakh-located-in-azerbaijan', 'nagorno-karabakh', 'located-in', 'azerbaijan', NULL, NULL, 'Within Azerbaijan''s internationally recognised borders, as the 1993 resolutions state.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('seven-districts-located-in-azerbaijan', 'seven-districts', 'located-in', 'azerbaijan', NULL, NULL, 'Azerbaijani districts around the former autonomous region.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('agdam-part-of-seven-districts', 'agdam', 'part-of', 'seven-districts', NULL, NULL, 'One of the seven districts around Nagorno-Karabakh.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('kalbajar-part-of-seven-districts', 'kalbajar', 'part-of', 'seven-districts', NULL, NULL, 'One of the seven districts around Nagorno-Karabakh.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('lachin-part-of-seven-districts', 'lachin', 'part-of', 'seven-districts', NULL, NULL, 'One of the seven districts around Nagorno-Karabakh.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('zangilan-part-of-seven-districts', 'zangilan', 'part-of', 'seven-districts', NULL, NULL, 'One of the seven districts around Nagorno-Karabakh.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('shusha-located-in-nagorno-karabakh', 'shusha', 'located-in', 'nagorno-karabakh', NULL, NULL, 'Town in Nagorno-Karabakh above Stepanakert.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('bourj-hammoud-located-in-lebanon', 'bourj-hammoud', 'located-in', 'lebanon', NULL, NULL, 'Town in Lebanon''s Metn district, part of Greater Beirut.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('buenos-aires-located-in-argentina', 'buenos-aires', 'located-in', 'argentina', NULL, NULL, 'Capital of Argentina.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('montevideo-located-in-uruguay', 'montevideo', 'located-in', 'uruguay', NULL, NULL, 'Capital of Uruguay.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('montevideo-departmental-council-located-in-montevideo', 'montevideo-departmental-council', 'located-in', 'montevideo', NULL, NULL, 'Legislature of the department of Montevideo.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('new-delhi-located-in-india', 'new-delhi', 'located-in', 'india', NULL, NULL, 'Capital of India.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('rawalpindi-located-in-pakistan', 'rawalpindi', 'located-in', 'pakistan', NULL, NULL, 'Pakistani city housing the Joint Staff Headquarters.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('islamabad-located-in-pakistan', 'islamabad', 'located-in', 'pakistan', NULL, NULL, 'Capital of Pakistan.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('baku-located-in-azerbaijan', 'baku', 'located-in', 'azerbaijan', NULL, NULL, 'Capital of Azerbaijan.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('yerevan-located-in-armenia', 'yerevan', 'located-in', 'armenia', NULL, NULL, 'Capital of Armenia.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('hanoi-located-in-vietnam', 'hanoi', 'located-in', 'vietnam', NULL, NULL, 'Capital of Vietnam.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('tunis-located-in-tunisia', 'tunis', 'located-in', 'tunisia', NULL, NULL, 'Capital of Tunisia (the memo uses it for the government; no other source was consulted).', 'unverified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('pretoria-located-in-south-africa', 'pretoria', 'located-in', 'south-africa', NULL, NULL, 'Capital of South Africa.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('tehran-located-in-iran', 'tehran', 'located-in', 'iran', NULL, NULL, 'Capital of Iran.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('brussels-located-in-belgium', 'brussels', 'located-in', 'belgium', NULL, NULL, 'Capital of Belgium and seat of the EU institutions (the memo''s usage; no other source was consulted).', 'unverified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('nw-iran-located-in-iran', 'nw-iran', 'located-in', 'iran', NULL, NULL, 'Iran''s north-western provinces.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('wion-located-in-new-delhi', 'wion', 'located-in', 'new-delhi', NULL, NULL, 'Based in New Delhi (the memo''s account).', 'unverified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('daily-maverick-located-in-south-africa', 'daily-maverick', 'located-in', 'south-africa', NULL, NULL, 'South African online newspaper (the memo calls it “national”).', 'partial');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('friends-of-azerbaijan-located-in-south-africa', 'friends-of-azerbaijan', 'located-in', 'south-africa', NULL, NULL, 'Local group in South Africa.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('ru-tr-joint-monitoring-centre-located-in-agdam', 'ru-tr-joint-monitoring-centre', 'located-in', 'agdam', '2021-01-30', '2024-04', 'Operated near Qiyameddinli in Agdam district from its opening until it closed in April 2024.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('lebanese-parliament-part-of-lebanon', 'lebanese-parliament', 'part-of', 'lebanon', NULL, NULL, 'Lebanons national legislature.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('hagop-pakradounian-member-lebanese-parliament', 'hagop-pakradounian', 'member', 'lebanese-parliament', '2005', '2020-11', 'Elected for Metn in 2005 and still a member during the 2020 war; dated only as far as the sources found go.', 'verified');
INSERT INTO relations (id, subject_id, predicate, object_id, date, end_date, summary, status) VALUES ('beirut-located-in-lebanon', 'beirut', 'located-in', 'lebanon', NULL, NULL, 'Capital of Lebanon.', 'verified');

-- errata: where the memo is wrong or unclear. says = the memo's words; correction = what the record holds.
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('peacekeepers', 'ponars-704', '¶3', '“5,000 Russian peacekeepers”', 'The trilateral statement provides for 1,960 Russian peacekeepers with light arms, 90 armoured personnel carriers and 380 vehicles.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('svg', 'ponars-704', '¶17', '“Saint Vincent, the Grenadines”', 'Saint Vincent and the Grenadines is one state; with it the list names exactly seven states, not eight.', 'error');

-- errata: every item of the fact sheet's section 5, plus two found while checking
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('guterres', 'ponars-704', '¶17', '“on behalf of Council President Antonio Gutierrez”', 'António Guterres was UN Secretary-General; in October 2020 the Security Council presidency was held by Russia, whose ambassador Vassily Nebenzia presided.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('mammadyarov', 'ponars-704', '¶15', '“then Foreign Minister Eldar Mammadyarov”', 'The foreign minister (2004 to July 2020) was Elmar Mammadyarov.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('shougarian', 'ponars-704', '¶10', '“Rouben Shouganian”', 'The diplomat''s name is Rouben Shougarian (also transliterated Ruben Shugaryan).', 'spelling');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('nam-term', 'ponars-704', '¶8', '“from 2019-2022”', 'The chairmanship taken in October 2019 was first set for 2019-2022, but in July 2021 it was extended by a year to 2023 because Uganda, the next chair, asked to take over later; Uganda took over in January 2024.', 'outdated');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('nam-observer', 'ponars-704', '¶15', '“moved from observer status to full membership”', 'Azerbaijan joined as a full member at the Bali ministerial conference in May 2011. Sources disagree on whether it was an observer before: RFE/RL lists Armenia, not Azerbaijan, among observers, while Azerbaijan''s foreign ministry spokesman said in 2018 that it had held observer status.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('indonesia-embassies', 'ponars-704', '¶18', '“mutual opening of embassies in 2005”', 'The openings were not mutual: Azerbaijan opened its embassy in Jakarta in December 2005 or February 2006 (sources differ), and Indonesia opened its embassy in Baku only on 2 December 2010.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('vietnam-visits', 'ponars-704', '¶18', '“mutual state visits to Baku and Hanoi in 2015”', 'The visits were a year apart: Aliyev went to Hanoi in May 2014 and President Truong Tan Sang to Baku in May 2015. The sources record agreement on peaceful settlement under international law; explicit “territorial integrity” wording was not found.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('svg-floods', 'ponars-704', '¶18', '“following major floods in 2014”', 'The major floods struck on 24-25 December 2013; relief followed in 2014. No record of an AIDA grant for them was found.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('trilateral', 'ponars-704', '¶16', '“the Trilateral Agreement with Azerbaijan and Turkey in November 2017”', 'On 30 November 2017 the first trilateral meeting of the three foreign ministers in Baku adopted a declaration (the Baku Statement), not a treaty; the Kashmir–Karabakh linkage is implicit in its reference to conflicts in their regions.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('ulgen-baku', 'ponars-704', '¶19', '“who is also its representative to Baku”', 'No source supports this: her byline describes her only as Turkey''s ambassador in South Africa, and Turkey has a separate ambassador in Baku.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('shusha-returned', 'ponars-704', '¶3', '“forced to return the cultural capital of Shusha/i”', 'Shusha was taken in battle (its capture was announced on 8 November) before the ceasefire; the trilateral statement handed over Agdam, Kalbajar and Lachin and only says that the Lachin corridor will bypass Shusha.', 'error');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('seven-districts', 'ponars-704', '¶3', '“withdraw from each of the seven formerly occupied districts”', 'Broadly right in outcome, but only Agdam, Kalbajar and Lachin were handed over under the statement; the other districts, such as Fuzuli and Jabrayil, were fought over from the first day, and a five-kilometre Lachin corridor stayed under Russian peacekeepers.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('fourth-ceasefire', 'ponars-704', '¶1', '“a fourth, Russian-brokered ceasefire agreement”', 'The count is right (10 October in Moscow, 18 October humanitarian truce, 26 October US-brokered, 10 November), but the fourth was signed late on 9 November and took effect at 00:00 Moscow time on 10 November; of the earlier three only the first was agreed in Moscow.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('sarkissian-date', 'ponars-704', '¶11', '“On September 28, a day after fighting began”', 'The letters were made public by the Armenian presidential office on 30 September 2020; no source dates them to 28 September.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('silence-procedure', 'ponars-704', '¶17', '“twice violated the recently formalized “silence procedure””', 'The 19 October meeting was a closed consultation; the silence procedure applied to the written draft statement circulated afterwards, which the seven broke twice in the following days (reported on 23-24 October).', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('draft-authors', 'ponars-704', '¶17', '“a draft declaration prepared by the Minsk Group Co-chairs”', 'Accounts differ: AzVision and Hikmet Hajiyev say the draft was prepared mainly by Russia and France; Trend says by the three co-chairs. All three co-chairs withdrew it.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('jhinaoui', 'ponars-704', '¶18', '“what he termed a “domestic matter””', 'As reported, Jhinaoui said Tunisia does not interfere in other countries'' domestic matters and would take neither side; he did not call the Karabakh conflict a domestic matter.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('sola', 'ponars-704', '¶13', '“identified Azerbaijan as the aggressor”', 'Solá''s reported words were that Azerbaijan had more firepower and Turkish backing and that Armenia was not the aggressor; Argentina''s official line was a ceasefire and Minsk Group talks.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('spellings', 'ponars-704', '¶8', '“Nonalighed Movement”', 'Non-Aligned Movement (a typo). The memo''s other misspellings are recorded separately: spelling-tasnag, spelling-sargsyan, spelling-sisi, spelling-sola, spelling-ulgen and spelling-countries.', 'spelling');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('spelling-tasnag', 'ponars-704', '¶12', '“Armenian Revolutionary Federation/Tasnag”', 'The usual short names are Tashnag or Dashnak (Dashnaktsutyun).', 'spelling');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('spelling-sargsyan', 'ponars-704', '¶10', '“Serge Sargsyan”', 'Serzh Sargsyan, president 2008-2018; not to be confused with Armen Sarkissian, president from 2018.', 'spelling');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('spelling-sisi', 'ponars-704', '¶11', '“Abdel Fatah al-Sisi”', 'Abdel Fattah el-Sisi (also al-Sisi).', 'spelling');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('spelling-sola', 'ponars-704', '¶13', '“Felipe Sola”', 'Felipe Solá, with an accent.', 'spelling');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('spelling-ulgen', 'ponars-704', '¶19', '“Elif Comoglu Ulgen”', 'Elif Çomoğlu Ülgen (the memo drops the Turkish letters, as does the Daily Maverick byline).', 'spelling');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('spelling-countries', 'ponars-704', '¶18', '“the two countries” mutual opening”', 'A stray closing quotation mark: read “the two countries’ mutual opening”.', 'spelling');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('unverified-claims', 'ponars-704', '¶16', '“possible military assistance in Karabakh as early as 2000”', 'No independent source was found for this pledge; it is kept as the memo''s claim. The memo''s other unverified claims are recorded as unverified-memri, unverified-flags, unverified-wion, unverified-white-paper and unverified-aida-floods; Fadli Zon''s statement (unverified-fadli-zon), once among them, has since been confirmed.', 'unverified');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('unverified-memri', 'ponars-704', '¶16', '“a meeting between … Ali Alizade and General Nadeem Raza”', 'The MEMRI analysis was not found, and no source places an Alizade–Raza meeting in the wars first week. A meeting between the two is documented on 10 February 2021, after the war, when Raza promised continued military cooperation. Alizade was Azerbaijans ambassador and Raza the Chairman of the Joint Chiefs; the pilot training and the arms transfers are unconfirmed, and Pakistan denied sending troops.', 'unverified');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('unverified-flags', 'ponars-704', '¶16', '“Pakistani flags were also publicly displayed”', 'No source was found; kept as the memo''s claim.', 'unverified');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('unverified-wion', 'ponars-704', '¶14', '“on October 25, Pashinyan held an interview”', 'No 2020 WION interview was found; the only one found is Pashinyan''s WION interview of 26 September 2019 on Kashmir. The 25 October date and the quoted tweet are kept as the memo''s claim.', 'unverified');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('unverified-fadli-zon', 'ponars-704', '¶18', '“insisted upon the UNSC resolutions as fundamental”', 'Confirmed, though the memo gives no date: as chair of the DPRs inter-parliamentary cooperation body (BKSAP, October 2019 to October 2024), Fadli Zon said in October 2020 that resolutions 822, 853, 874 and 884 must be implemented, and cited General Assembly resolution 62/243 alongside them.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('unverified-white-paper', 'ponars-704', '¶10', '“a classified white paper … on remedial secession”', 'No source was found; kept as the memo''s claim. Sargsyan''s presidency itself (2008-2018) is confirmed.', 'unverified');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('unverified-aida-floods', 'ponars-704', '¶18', '“humanitarian assistance via … (AIDA)”', 'AIDA exists (founded September 2011) and later gave aid to Saint Vincent and the Grenadines, but no record of a grant after the 2013 floods was found.', 'unverified');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('pakistan-recognition', 'ponars-704', '¶16', '“Pakistan refuses to recognize Armenia”', 'True when written; Pakistan and Armenia established diplomatic relations on 31 August 2025.', 'outdated');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('tehran-summit', 'ponars-704', '¶8', '“since the Tehran Summit of 2012”', 'NAM backing in a final document came a few months earlier: the Coordinating Bureau''s ministerial meeting at Sharm el-Sheikh in May 2012 adopted a paragraph on Karabakh that Azerbaijan sought and Armenia opposed.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('armenian-forces', 'ponars-704', '¶15', '“calling for a withdrawal of Armenian forces”', 'The 1993 Security Council resolutions speak of “occupying forces”: resolution 822, for example, demanded the withdrawal of “all occupying forces” from Kelbadjar and other recently occupied areas and called the invaders “local Armenian forces”. The demand for the withdrawal of “all Armenian forces” is the General Assemblys, in resolution 62/243 of 14 March 2008.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('vietnam-visitors', 'ponars-704', '¶18', '“Vietnamese Communist Party officials had already publicly affirmed their support”', 'The exchanges were state visits by the two presidents, not party contacts: Aliyev went to Hanoi in May 2014, and the state president, Truong Tan Sang (also a member of the partys Politburo), came to Baku in May 2015. No statement on Karabakh by a party official was found.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('kremlin-outset', 'ponars-704', '¶3', '“Moscow made it clear from the outset”', 'Not from the first day: the clear statement on record came on 7 October 2020, ten days into the war, when Putin and his spokesman Dmitry Peskov said Russias alliance obligations covered Armenia but not Nagorno-Karabakh.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('arf-national-wing', 'ponars-704', '¶12', '“leader of the national wing of the Armenian Revolutionary Federation/Tasnag in the Lebanese Parliament”', 'The ARF is organised in country branches; Pakradounian headed its Lebanese branch (run by the ARF Central Committee of Lebanon) while sitting in Lebanons parliament. “National wing” should be read as that branch, not as the party in Armenia or a parliamentary group.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('bourj-hammoud-beirut', 'ponars-704', '¶12', '“the Bourj Hammoud district of Beirut”', 'Bourj Hammoud is a separate municipality just north-east of Beirut, in the Metn district: part of Greater Beirut rather than a district of the city.', 'ambiguity');
INSERT INTO errata (id, source_id, locator, says, correction, kind) VALUES ('armenia-position-outdated', 'ponars-704', '¶9', '“the principle of self-determination of Nagorno-Karabakh has served as Yerevan’s primary negotiating position”', 'True when written. At Prague on 6 October 2022 Armenia recognised Azerbaijans territorial integrity on the basis of the 1991 Alma-Ata Declaration, and after Azerbaijans offensive of September 2023 the Nagorno-Karabakh Republic decreed its own dissolution, effective 1 January 2024.', 'outdated');

-- errata_records: which records each erratum concerns
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('peacekeepers', NULL, '2020-11-10-trilateral-statement', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('peacekeepers', 'russia', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('svg', 'saint-vincent-and-the-grenadines', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('svg', NULL, '2020-10-19-unsc-draft-withdrawn', NULL, NULL);

-- errata_records: full coverage
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('guterres', 'antonio-guterres', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('guterres', 'vassily-nebenzia', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('guterres', NULL, '2020-10-19-unsc-draft-withdrawn', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('guterres', NULL, NULL, NULL, 'russia-presides-unsc-2020-10');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('mammadyarov', 'elmar-mammadyarov', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('mammadyarov', NULL, '2011-05-azerbaijan-joins-nam', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('shougarian', 'rouben-shougarian', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('nam-term', NULL, NULL, NULL, 'azerbaijan-chair-nam');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('nam-term', NULL, '2019-10-25-azerbaijan-nam-chair', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('nam-term', NULL, '2021-07-14-nam-chair-extension', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('nam-observer', NULL, '2011-05-azerbaijan-joins-nam', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('nam-observer', NULL, NULL, NULL, 'azerbaijan-member-nam');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('indonesia-embassies', NULL, '2006-azerbaijan-embassy-jakarta', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('indonesia-embassies', NULL, '2010-12-02-indonesia-embassy-baku', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('indonesia-embassies', NULL, NULL, NULL, 'azerbaijan-diplomatic-relations-indonesia');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('vietnam-visits', NULL, '2014-05-aliyev-hanoi-visit', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('vietnam-visits', NULL, '2015-sang-baku-visit', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('vietnam-visits', NULL, NULL, 'vietnam-territorial-integrity', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('svg-floods', NULL, '2013-12-24-svg-floods', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('svg-floods', NULL, '2014-aida-flood-aid-svg', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('svg-floods', 'aida', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('trilateral', NULL, '2017-11-30-baku-declaration', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('ulgen-baku', 'elif-comoglu-ulgen', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('ulgen-baku', NULL, NULL, NULL, 'elif-comoglu-ulgen-ambassador-to-south-africa');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('ulgen-baku', NULL, '2020-10-23-ulgen-op-ed', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('shusha-returned', NULL, '2020-11-08-shusha', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('shusha-returned', NULL, '2020-11-10-trilateral-statement', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('shusha-returned', 'shusha', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('seven-districts', NULL, '2020-11-10-trilateral-statement', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('seven-districts', 'seven-districts', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('fourth-ceasefire', NULL, '2020-10-10-moscow-ceasefire', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('fourth-ceasefire', NULL, '2020-10-18-humanitarian-truce', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('fourth-ceasefire', NULL, '2020-10-26-us-ceasefire', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('fourth-ceasefire', NULL, '2020-11-10-trilateral-statement', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('sarkissian-date', NULL, '2020-09-30-sarkissian-letters', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('silence-procedure', NULL, '2020-10-19-unsc-draft-withdrawn', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('silence-procedure', NULL, '2020-10-19-unsc-consultations', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('draft-authors', NULL, '2020-10-19-unsc-draft-withdrawn', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('jhinaoui', NULL, '2018-10-jhinaoui-pace', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('jhinaoui', NULL, NULL, 'tunisia-non-interference', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('jhinaoui', 'khemaies-jhinaoui', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('sola', NULL, '2020-10-01-sola-remarks', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('sola', 'felipe-sola', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('sola', NULL, NULL, 'argentina-ceasefire', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('spellings', 'nam', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('spellings', 'nam-coordinating-bureau', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('spelling-tasnag', 'arf', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('spelling-sargsyan', 'serzh-sargsyan', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('spelling-sisi', 'abdel-fattah-el-sisi', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('spelling-sola', 'felipe-sola', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('spelling-ulgen', 'elif-comoglu-ulgen', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('spelling-countries', NULL, '2006-azerbaijan-embassy-jakarta', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-claims', NULL, '2000-pakistan-military-pledge', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-claims', 'pakistan', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-memri', NULL, '2020-09-27-pakistan-arms-meeting', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-memri', 'memri', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-memri', 'ali-alizade', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-memri', 'nadeem-raza', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-flags', NULL, '2020-baku-victory-processions', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-wion', NULL, '2020-10-25-pashinyan-wion-interview', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-wion', 'wion', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-fadli-zon', 'fadli-zon', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-fadli-zon', NULL, NULL, 'fadli-zon-unsc-1993-resolutions', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-fadli-zon', NULL, NULL, NULL, 'fadli-zon-leads-bksap');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-fadli-zon', 'bksap', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-white-paper', NULL, '2008-sargsyan-remedial-secession-white-paper', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-white-paper', NULL, NULL, 'serzh-sargsyan-remedial-secession', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('unverified-aida-floods', NULL, '2014-aida-flood-aid-svg', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('pakistan-recognition', NULL, NULL, NULL, 'pakistan-does-not-recognise-armenia');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('pakistan-recognition', NULL, NULL, NULL, 'pakistan-diplomatic-relations-armenia');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('tehran-summit', NULL, '2012-08-nam-tehran-summit', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('tehran-summit', NULL, '2012-05-nam-sharm-el-sheikh-ministerial', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('tehran-summit', NULL, NULL, 'nam-territorial-integrity', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('svg', NULL, NULL, NULL, 'saint-vincent-and-the-grenadines-elected-member-unsc-2020');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('svg', NULL, NULL, NULL, 'saint-vincent-and-the-grenadines-member-nam');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('armenian-forces', NULL, '1993-04-30-unsc-822', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('armenian-forces', NULL, NULL, 'azerbaijan-unsc-1993-resolutions', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('vietnam-visitors', 'communist-party-of-vietnam', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('vietnam-visitors', NULL, '2015-sang-baku-visit', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('vietnam-visitors', NULL, NULL, 'vietnam-territorial-integrity', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('kremlin-outset', NULL, '2020-10-07-russia-csto-karabakh', NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('arf-national-wing', NULL, NULL, NULL, 'hagop-pakradounian-leads-arf');
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('arf-national-wing', 'lebanese-parliament', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('bourj-hammoud-beirut', 'bourj-hammoud', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('bourj-hammoud-beirut', 'beirut', NULL, NULL, NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('armenia-position-outdated', NULL, NULL, 'armenia-self-determination', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('armenia-position-outdated', NULL, NULL, 'armenia-recognition-of-artsakh', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('armenia-position-outdated', NULL, NULL, 'armenia-remedial-secession', NULL);
INSERT INTO errata_records (erratum_id, actor_id, event_id, position_id, relation_id) VALUES ('armenia-position-outdated', 'nkr', NULL, NULL, NULL);

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

-- citations: actors (full coverage)
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶11', 'egypt', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('alhanews-2020-09-27-egypt', 'https://alhanews.com/%d8%a7%d9%84%d8%ae%d8%a7%d8%b1%d8%ac%d9%8a%d8%a9-%d8%a7%d9%84%d9%85%d8%b5%d8%b1%d9%8a%d8%a9-%d8%aa%d9%86%d8%a7%d8%b4%d8%af-%d8%a7%d9%84%d8%b7%d8%b1%d9%81%d9%8a%d9%86-%d9%81%d9%8a-%d8%a5%d9%82%d9%84', 'egypt', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶11', 'jordan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('aravot-2020-09-30-jordan-letter', 'https://en.aravot.am/2020/09/30/265692/', 'jordan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶11', 'israel', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶15', 'israel', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wikipedia-israel-jordan-treaty', 'https://en.wikipedia.org/wiki/Israel%E2%80%93Jordan_peace_treaty', 'israel', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶12', 'lebanon', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-11-02-reuters-diaspora', 'https://en.azvision.az/news/134123/news.html', 'lebanon', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶13', 'argentina', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('cancilleria-2020-09-27-armenia-azerbaijan', 'https://www.cancilleria.gob.ar/es/actualidad/noticias/preocupacion-argentina-por-los-enfrentamientos-entre-armenia-y-azerbaiyan', 'argentina', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶13', 'uruguay', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('asbarez-2020-11-13-montevideo', 'https://armenianclub.com/2020/11/14/asbarez-montevideo-uruguays-capital-recognizes-artsakhs-independence', 'uruguay', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶4', 'syria', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶12', 'syria', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶15', 'syria', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('papermasters-yom-kippur', 'https://papermasters.com/world-history/wars/yom-kippur-war', 'syria', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armenpress-2020-09-28-syrian-fighters', 'https://armenpress.am/eng/amp/1029315', 'syria', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶20', 'switzerland', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶9', 'un', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'un', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶2', 'eu', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶7', 'eu', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armradio-2020-09-27-eu', 'https://en.armradio.am/2020/09/27/eu-calls-for-immediate-cessation-of-hostilities-in-karabakh-conflict-zone/', 'eu', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶2', 'nato', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶7', 'nato', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('voltairenet-2020-10-csto', 'https://www.voltairenet.org/article211075.html', 'nato', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶8', 'nam-coordinating-bureau', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('mfa-am-2012-05-10-nalbandian', 'https://mfa.am/en/speeches/2012/05/10/nalbandian-speech/2942', 'nam-coordinating-bureau', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'oic', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'oic', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('tass-2020-10-07-csto', 'https://tass.com/world/1209687', 'csto', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶16', 'memri', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'aida', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('aida-about', 'http://aida.mfa.gov.az/?options=content&id=1', 'aida', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶12', 'arf', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('memo-2020-10-13-lebanese-armenians', 'https://www.middleeastmonitor.com/20201013-lebanese-armenians-join-fighting-in-nagorno-karabakh/', 'arf', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶13', 'montevideo-departmental-council', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('asbarez-2020-11-13-montevideo', 'https://armenianclub.com/2020/11/14/asbarez-montevideo-uruguays-capital-recognizes-artsakhs-independence', 'montevideo-departmental-council', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶3', 'nkr-defense-army', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('primeminister-am-2020-10-07-first-channel', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/07/Nikol-Pashinyan-interview', 'nkr-defense-army', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶14', 'wion', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wion-2019-09-26-pashinyan', 'https://www.wionews.com/world/we-fully-defend-indian-position-armenia-pm-nikol-pashinyan-on-jammu-and-kashmir-252249', 'wion', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶19', 'daily-maverick', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('dailymaverick-2020-10-23-ulgen', 'https://www.dailymaverick.co.za/opinionista/2020-10-23-south-africa-should-support-turkey-in-a-peaceful-resolution-to-nagorno-karabakh-conflict/', 'daily-maverick', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶19', 'friends-of-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('todayaz-2012-12-25-friends', 'http://today.az./news/vdiaspora/117098.html', 'friends-of-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶5', 'ru-tr-joint-monitoring-centre', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('hyetert-2021-01-30-jmc', 'https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/', 'ru-tr-joint-monitoring-centre', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'bksap', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('docslib-pepm704', 'https://docslib.org/doc/3078878/pepm704-strakes-august2021-pdf', 'ponars-eurasia', 'memo header: “PONARS Eurasia Policy Memo No. 704, July 2021”');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('docslib-pepm704', 'https://docslib.org/doc/3078878/pepm704-strakes-august2021-pdf', 'jason-e-strakes', 'memo header: author Jason E. Strakes, Caucasus-Asia Center');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶9', 'hovhannes-nikoghosyan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶10', 'serzh-sargsyan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('panarmenian-2020-04-23-sargsyan', 'http://www.panarmenian.net/eng/news/280428/', 'serzh-sargsyan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶10', 'rouben-shougarian', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('massispost-2020-04-shougarian', 'https://massispost.com/2020/04/ambassador-rouben-shougarian-has-passed-away/', 'rouben-shougarian', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶10', 'zohrab-mnatsakanyan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('asbarez-2020-11-18-ayvazyan', 'https://asbarez.org/198580/ara-ayvazyan-named-armenias-new-foreign-minister/', 'zohrab-mnatsakanyan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶10', 'nikol-pashinyan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶14', 'nikol-pashinyan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'nikol-pashinyan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶11', 'armen-sarkissian', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armenpress-2020-09-30-sarkissian-letters', 'https://armenpress.am/eng/news/1029606/', 'armen-sarkissian', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶11', 'abdel-fattah-el-sisi', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armenpress-2020-09-30-sarkissian-letters', 'https://armenpress.am/eng/news/1029606/', 'abdel-fattah-el-sisi', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶11', 'abdullah-ii', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('aravot-2020-09-30-jordan-letter', 'https://en.aravot.am/2020/09/30/265692/', 'abdullah-ii', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶12', 'hagop-pakradounian', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-11-02-reuters-diaspora', 'https://en.azvision.az/news/134123/news.html', 'hagop-pakradounian', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶13', 'felipe-sola', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('soyarmenio-sola', 'https://soyarmenio.com.ar/felipe-sola-comparte-dolor-por-conflicto-en-nagorno-karabaj/', 'felipe-sola', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶15', 'ilham-aliyev', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('alarabiya-2020-11-08-shusha', 'https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha', 'ilham-aliyev', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶15', 'elmar-mammadyarov', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('jamnews-2020-07-16-mammadyarov', 'https://jam-news.net/azerbaijani-foreign-minister-dismissed/', 'elmar-mammadyarov', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶15', 'fikret-sadikhov', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azernews-sadikhov', 'https://www.azernews.az/tags/8594/', 'fikret-sadikhov', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶16', 'ali-alizade', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('thenews-2020-10-03-alizada', 'https://www.thenews.com.pk/print/723593-pakistan-rejects-reports-of-pak-army-fighting-in-azerbaijan', 'ali-alizade', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶16', 'nadeem-raza', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('dawn-2019-11-21-raza', 'https://www.dawn.com/news/1518066/lt-gen-nadeem-raza-appointed-new-cjcsc-by-pm-imran', 'nadeem-raza', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'fadli-zon', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'khemaies-jhinaoui', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('tunisianmonitor-2018-10-11-jhinaoui', 'https://www.tunisianmonitoronline.com/index.php/2018/10/11/tunisia-fm-on-karabakh-conflict-we-are-not-going-to-take-one-side-or-another/', 'khemaies-jhinaoui', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶17', 'antonio-guterres', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('siasat-2020-09-30-unsc', 'https://www.siasat.com/un-council-urges-speedy-halt-to-nagorno-karabakh-fighting-1987269/', 'antonio-guterres', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('un-press-2020-10-01-council-programme', 'https://press.un.org/en/2020/201001%20SC.doc.htm', 'vassily-nebenzia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶3', 'nagorno-karabakh', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wikipedia-unscr-874', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_874', 'nagorno-karabakh', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶3', 'seven-districts', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('trend-2020-09-27-martial-law', 'https://en.trend.az/azerbaijan/politics/3306374.html', 'seven-districts', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'agdam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('lawglobalhub-unscr-853', 'https://lawglobalhub.com/united-nations-security-council-resolution-853-armenia-azerbaijan', 'agdam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'kalbajar', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wikipedia-unscr-822', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_822', 'kalbajar', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'lachin', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wikipedia-unscr-884', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_884', 'zangilan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶12', 'bourj-hammoud', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('memo-2020-10-13-lebanese-armenians', 'https://www.middleeastmonitor.com/20201013-lebanese-armenians-join-fighting-in-nagorno-karabakh/', 'bourj-hammoud', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶13', 'buenos-aires', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('batimes-2020-10-armenians-argentina', 'https://www.batimes.com.ar/news/amp/argentina/armenians-in-argentina-decry-nagorno-karabakh-conflict.phtml', 'buenos-aires', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶13', 'montevideo', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('asbarez-2020-11-13-montevideo', 'https://armenianclub.com/2020/11/14/asbarez-montevideo-uruguays-capital-recognizes-artsakhs-independence', 'montevideo', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶14', 'new-delhi', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wion-2019-09-26-pashinyan', 'https://www.wionews.com/world/we-fully-defend-indian-position-armenia-pm-nikol-pashinyan-on-jammu-and-kashmir-252249', 'new-delhi', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶16', 'rawalpindi', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('pakistantoday-2019-11-27-raza', 'https://www.pakistantoday.com.pk/2019/11/27/gen-nadeem-raza-takes-charge-as-cjcsc/', 'rawalpindi', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶16', 'islamabad', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('dawn-2021-01-13-islamabad-declaration', 'https://www.dawn.com/news/1601304/pakistan-turkey-azerbaijan-resolve-to-enhance-cooperation-continue-mutual-support-on-national-issues', 'islamabad', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶2', 'baku', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('trend-2017-11-30-baku-statement', 'https://en.trend.az/azerbaijan/politics/2828779.html', 'baku', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶2', 'yerevan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶12', 'yerevan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azvision-2020-11-02-reuters-diaspora', 'https://en.azvision.az/news/134123/news.html', 'yerevan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'hanoi', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('vietnamnet-2014-05-aliyev-hanoi', 'https://vietnamnet.vn/en/president-sang-welcomes-azerbaijani-counterpart-vows-stronger-cooperation-E102815.html', 'hanoi', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'tunis', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶19', 'pretoria', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('todayaz-2012-12-25-friends', 'http://today.az./news/vdiaspora/117098.html', 'pretoria', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶6', 'tehran', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶8', 'tehran', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('tass-2012-08-30-nam-summit', 'http://tass.com/archive/681142', 'tehran', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶7', 'brussels', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶14', 'kashmir', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶16', 'kashmir', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wion-2019-09-26-pashinyan', 'https://www.wionews.com/world/we-fully-defend-indian-position-armenia-pm-nikol-pashinyan-on-jammu-and-kashmir-252249', 'kashmir', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶6', 'nw-iran', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wikipedia-iran-protests-2020', 'https://en.wikipedia.org/wiki/Actions_in_support_of_Azerbaijan_in_Iran_(2020)', 'nw-iran', NULL);

-- citations: events (full coverage)
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('azatutyun-uruguay-genocide-1965', 'https://azatutyun.am/a/31412929.html', '1965-uruguay-armenian-genocide-recognition', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶15', '1967-six-day-war', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('papermasters-yom-kippur', 'https://papermasters.com/world-history/wars/yom-kippur-war', '1967-six-day-war', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶15', '1973-10-yom-kippur-war', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('papermasters-yom-kippur', 'https://papermasters.com/world-history/wars/yom-kippur-war', '1973-10-yom-kippur-war', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶11', '1979-egypt-israel-peace', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('thejc-israel-jordan-treaty', 'https://thejc.com/on-this-day-the-israeljordan-treaty-of-peace-nkosko2k', '1979-egypt-israel-peace', 'dates Egypt''s recognition to 15 years before 1994');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶15', '1993-04-30-unsc-822', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('wikipedia-unscr-822', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_822', '1993-04-30-unsc-822', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶15', '1993-07-29-unsc-853', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('insightkarabakh-unscr-853', 'https://insightkarabakh.com/2020/10/30/what-was-un-security-council-resolution-853-adopted-on-july-29-1993-about/', '1993-07-29-unsc-853', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('lawglobalhub-unscr-853', 'https://lawglobalhub.com/united-nations-security-council-resolution-853-armenia-azerbaijan', '1993-07-29-unsc-853', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶15', '1993-10-14-unsc-874', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('wikipedia-unscr-874', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_874', '1993-10-14-unsc-874', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶15', '1993-11-12-unsc-884', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('wikipedia-unscr-884', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_884', '1993-11-12-unsc-884', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶9', '1994-ceasefire', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('wikipedia-bishkek-protocol', 'https://en.wikipedia.org/wiki/Bishkek_Protocol', '1994-ceasefire', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('panarmenian-2007-05-bishkek', 'http://www.panarmenian.net/eng/politics/details/42533/Karabakh__on_May_12_1994_the_protocol_on_ceasefire_was_put_into_action', '1994-ceasefire', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶11', '1994-10-26-israel-jordan-peace', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('wikipedia-israel-jordan-treaty', 'https://en.wikipedia.org/wiki/Israel%E2%80%93Jordan_peace_treaty', '1994-10-26-israel-jordan-peace', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶16', '2000-pakistan-military-pledge', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶9', '2005-09-r2p-world-summit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('wikivisually-r2p', 'https://wikivisually.com/wiki/Responsibility_to_protect', '2005-09-r2p-world-summit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('icrtop-2005-world-summit', 'http://responsibilitytoprotect.org/index.php/component/content/article/176-the-un-and-rtop/383-rtop-in-the-2005-world-summit?tmpl=component&print=1&page=', '2005-09-r2p-world-summit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('evnreport-r2p', 'https://evnreport.com/spotlight-karabakh/the-responsibility-to-protect-remedial-secession-and-nagorno-karabakh/', '2005-09-r2p-world-summit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶18', '2006-azerbaijan-embassy-jakarta', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('eurasiareview-2016-01-15-azerbaijan-indonesia', 'https://www.eurasiareview.com/15012016-azerbaijan-and-indonesia-dynamic-bilateral-relations-oped/', '2006-azerbaijan-embassy-jakarta', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('minanews-2020-07-24-mirzayev', 'https://en.minanews.net/ambassador-of-the-republic-of-azerbaijan-indonesia-is-a-strategic-partner/', '2006-azerbaijan-embassy-jakarta', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶10', '2008-sargsyan-remedial-secession-white-paper', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('minanews-2020-07-24-mirzayev', 'https://en.minanews.net/ambassador-of-the-republic-of-azerbaijan-indonesia-is-a-strategic-partner/', '2010-12-02-indonesia-embassy-baku', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('aida-about', 'http://aida.mfa.gov.az/?options=content&id=1', '2011-09-14-aida-founded', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('todayaz-2017-04-25-aida', 'http://www.today.az/news/society/160541.html', '2011-09-14-aida-founded', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶19', '2012-01-azerbaijan-embassy-pretoria', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('up-2012-08-01-azerbaijan-embassy', 'https://www.up.ac.za/news/post_1765392-embassy-of-azerbaijan-initiates-links-with-university-of-pretoria', '2012-01-azerbaijan-embassy-pretoria', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('mfa-am-2012-05-10-nalbandian', 'https://mfa.am/en/speeches/2012/05/10/nalbandian-speech/2942', '2012-05-nam-sharm-el-sheikh-ministerial', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('mfa-az-2012-05-mammadyarov', 'http://www.mfa.gov.az/news/881/3919', '2012-05-nam-sharm-el-sheikh-ministerial', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶8', '2012-08-nam-tehran-summit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('tass-2012-08-30-nam-summit', 'http://tass.com/archive/681142', '2012-08-nam-tehran-summit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('presstv-2012-08-04-nam-summit', 'http://presstv.com/detail/2012/08/04/254384/ban-kimoon-to-attend-tehran-nam-summit/', '2012-08-nam-tehran-summit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶18', '2013-12-24-svg-floods', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('searchlight-2014-12-23-floods', 'https://searchlight.vc/searchlight/news/2014/12/23/remembering-the-december-floods/', '2013-12-24-svg-floods', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶18', '2014-aida-flood-aid-svg', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶18', '2014-05-aliyev-hanoi-visit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('vietnamnet-2014-05-aliyev-hanoi', 'https://vietnamnet.vn/en/president-sang-welcomes-azerbaijani-counterpart-vows-stronger-cooperation-E102815.html', '2014-05-aliyev-hanoi-visit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('vietnamplus-2014-05-aliyev-visit-announced', 'http://fr.vietnamplus.vn/bientot-la-visite-du-president-de-lazerbaidjan-au-vietnam/51866.vnp', '2014-05-aliyev-hanoi-visit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('asbarez-2015-01-uruguay-nkr', 'https://asbarez.org/130417/uruguays-foreign-ministry-calls-for-recognition-of-nagorno-karabakh-republic/', '2015-01-04-uruguay-fm-nkr', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶18', '2015-sang-baku-visit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('vovworld-2015-sang-baku', 'https://vovworld.vn/en-US/news/president-truong-tan-sang-visits-azerbaijan-334700.vov', '2015-sang-baku-visit', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶16', '2017-11-30-baku-declaration', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('trend-2017-11-30-baku-statement', 'https://en.trend.az/azerbaijan/politics/2828779.html', '2017-11-30-baku-declaration', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('turan-2017-11-30-baku-declaration', 'http://www.turan.az/ext/news/2017/11/free/politics%20news/en/67201.htm', '2017-11-30-baku-declaration', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶20', '2018-04-velvet-revolution', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('georgianjournal-2018-04-23-sargsyan', 'https://www.georgianjournal.ge/world/34429-armenian-prime-minister-serzh-sargsyan-resigns.html?tmpl=component&print=1&layout=default&page=', '2018-04-velvet-revolution', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('panarmenian-2020-04-23-sargsyan', 'http://www.panarmenian.net/eng/news/280428/', '2018-04-velvet-revolution', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶20', '2018-pashinyan-swiss-model', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶18', '2018-10-jhinaoui-pace', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('tunisianmonitor-2018-10-11-jhinaoui', 'https://www.tunisianmonitoronline.com/index.php/2018/10/11/tunisia-fm-on-karabakh-conflict-we-are-not-going-to-take-one-side-or-another/', '2018-10-jhinaoui-pace', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶14', '2019-09-26-pashinyan-wion-kashmir', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('wion-2019-09-26-pashinyan', 'https://www.wionews.com/world/we-fully-defend-indian-position-armenia-pm-nikol-pashinyan-on-jammu-and-kashmir-252249', '2019-09-26-pashinyan-wion-kashmir', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶18', '2020-03-06-azerbaijan-oic-niger-donation', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('azertag-2020-03-06-oic-niger', 'https://azertag.az/de/xeber/Aserbaidschan_leistet_OIC_finanzielle_Hilfe-1434617', '2020-03-06-azerbaijan-oic-niger-donation', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('jamnews-2020-07-16-mammadyarov', 'https://jam-news.net/azerbaijani-foreign-minister-dismissed/', '2020-07-16-mammadyarov-dismissed', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶18', '2020-tunisia-government-change', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('trt-2020-07-25-tunisia-pm', 'https://trt.global/world/article/12871199', '2020-tunisia-government-change', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('islamtimes-2020-09-02-tunisia', 'https://www.islamtimes.org/en/news/883839/tunisian-parliament-approves-new-government', '2020-tunisia-government-change', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶11', '2020-09-27-egypt-statement', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('alhanews-2020-09-27-egypt', 'https://alhanews.com/%d8%a7%d9%84%d8%ae%d8%a7%d8%b1%d8%ac%d9%8a%d8%a9-%d8%a7%d9%84%d9%85%d8%b5%d8%b1%d9%8a%d8%a9-%d8%aa%d9%86%d8%a7%d8%b4%d8%af-%d8%a7%d9%84%d8%b7%d8%b1%d9%81%d9%8a%d9%86-%d9%81%d9%8a-%d8%a5%d9%82%d9%84', '2020-09-27-egypt-statement', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶7', '2020-09-27-eu-statement', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('armradio-2020-09-27-eu', 'https://en.armradio.am/2020/09/27/eu-calls-for-immediate-cessation-of-hostilities-in-karabakh-conflict-zone/', '2020-09-27-eu-statement', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶4', '2020-09-28-syrian-fighters-reports', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('armenpress-2020-09-28-syrian-fighters', 'https://armenpress.am/eng/amp/1029315', '2020-09-28-syrian-fighters-reports', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('massispost-2020-09-28-unsc', 'https://massispost.com/2020/09/un-security-council-to-hold-emergency-talks-on-nagorno-karabakh/', '2020-09-29-unsc-consultations', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('siasat-2020-09-30-unsc', 'https://www.siasat.com/un-council-urges-speedy-halt-to-nagorno-karabakh-fighting-1987269/', '2020-09-29-unsc-consultations', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('newsaz-2020-10-23-hajiyev', 'https://news.az/news/span-classred-highlightdiscussions-on-karabakh-conflict-held-at-un-security-council-25-years-later-top-azerbaijani-official-span', '2020-09-29-unsc-consultations', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('russiaun-2020-10-01-presidency', 'https://russiaun.ru/en/news/pressconf_011020', '2020-09-29-unsc-consultations', 'Niger held the September presidency');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶16', '2020-09-27-pakistan-arms-meeting', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶11', '2020-09-30-sarkissian-letters', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('armenpress-2020-09-30-sarkissian-letters', 'https://armenpress.am/eng/news/1029606/', '2020-09-30-sarkissian-letters', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('aravot-2020-09-30-jordan-letter', 'https://en.aravot.am/2020/09/30/265692/', '2020-09-30-sarkissian-letters', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶6', '2020-09-30-iran-pro-azerbaijan-protests', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('wikipedia-iran-protests-2020', 'https://en.wikipedia.org/wiki/Actions_in_support_of_Azerbaijan_in_Iran_(2020)', '2020-09-30-iran-pro-azerbaijan-protests', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('baghdadpost-2020-10-iran-protests', 'https://www.thebaghdadpost.com/en/Story/50012/Protesters-take-to-streets-in-Iran-backing-Azerbaijan-In-Nagorno-Karabakh-conflict', '2020-09-30-iran-pro-azerbaijan-protests', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶13', '2020-10-early-diaspora-rallies', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('batimes-2020-10-armenians-argentina', 'https://www.batimes.com.ar/news/amp/argentina/armenians-in-argentina-decry-nagorno-karabakh-conflict.phtml', '2020-10-early-diaspora-rallies', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('cronica-2020-10-31-caravana', 'https://www.cronica.com.ar/info-general/Caravana-sudamericana-por-la-paz-en-Armenia-y-Nagorno-Karabaj-20201031-0048.html', '2020-10-early-diaspora-rallies', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶12', '2020-10-lebanese-aid-and-volunteers', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('azvision-2020-11-02-reuters-diaspora', 'https://en.azvision.az/news/134123/news.html', '2020-10-lebanese-aid-and-volunteers', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('memo-2020-10-13-lebanese-armenians', 'https://www.middleeastmonitor.com/20201013-lebanese-armenians-join-fighting-in-nagorno-karabakh/', '2020-10-lebanese-aid-and-volunteers', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶13', '2020-10-01-sola-remarks', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('soyarmenio-sola', 'https://soyarmenio.com.ar/felipe-sola-comparte-dolor-por-conflicto-en-nagorno-karabaj/', '2020-10-01-sola-remarks', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶16', '2020-10-02-pakistan-denial', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('dawn-2020-10-02-fo-denial', 'https://www.dawn.com/news/1582831', '2020-10-02-pakistan-denial', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('thenews-2020-10-03-alizada', 'https://www.thenews.com.pk/print/723593-pakistan-rejects-reports-of-pak-army-fighting-in-azerbaijan', '2020-10-02-pakistan-denial', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶4', '2020-10-aliyev-turkish-drones', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('mee-2020-10-turkish-drones', 'http://www.middleeasteye.net/news/armenia-azerbaijan-conflict-turkey-drones', '2020-10-aliyev-turkish-drones', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶3', '2020-10-07-russia-csto-karabakh', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('tass-2020-10-07-csto', 'https://tass.com/world/1209687', '2020-10-07-russia-csto-karabakh', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶14', '2020-10-25-pashinyan-wion-interview', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶6', '2020-10-iran-peace-plan', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('irandaily-2020-10-31-peace-plan', 'https://irandaily.ir/News/276170.html', '2020-10-iran-peace-plan', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶5', '2020-11-11-ru-tr-memorandum', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('sputnik-2020-11-11-memorandum', 'https://sputnikglobe.com/amp/20201111/russia-turkey-sign-memorandum-on-creation-of-joint-centre-to-control-ceasefire-in-karabakh-1081132496.html', '2020-11-11-ru-tr-memorandum', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('hyetert-2021-01-30-jmc', 'https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/', '2020-11-11-ru-tr-memorandum', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶13', '2020-11-12-montevideo-recognition', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('asbarez-2020-11-13-montevideo', 'https://armenianclub.com/2020/11/14/asbarez-montevideo-uruguays-capital-recognizes-artsakhs-independence', '2020-11-12-montevideo-recognition', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('commonspace-2020-11-15-kelbajar', 'https://www.commonspace.eu/news/hand-over-kelbajar-azerbaijan-postponed-until-25-november', '2020-11-15-kalbajar-deadline-extended', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('asbarez-2020-11-18-ayvazyan', 'https://asbarez.org/198580/ara-ayvazyan-named-armenias-new-foreign-minister/', '2020-11-16-mnatsakanyan-resigns', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶16', '2020-baku-victory-processions', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('dawn-2021-01-13-islamabad-declaration', 'https://www.dawn.com/news/1601304/pakistan-turkey-azerbaijan-resolve-to-enhance-cooperation-continue-mutual-support-on-national-issues', '2021-01-13-islamabad-declaration', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ponars-704', '¶5', '2021-01-30-joint-monitoring-centre', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('hyetert-2021-01-30-jmc', 'https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/', '2021-01-30-joint-monitoring-centre', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('brecorder-2021-01-31-jmc', 'https://www.brecorder.com/news/amp/40058134', '2021-01-30-joint-monitoring-centre', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('docslib-pepm704', 'https://docslib.org/doc/3078878/pepm704-strakes-august2021-pdf', '2021-07-memo-published', 'copy of the PDF dated July 2021');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('geo-2025-08-31-pakistan-armenia', 'https://www.geo.tv/latest/621264-pakistan-armenia-formalise-diplomatic-ties-with-exchange-of-communique', '2025-08-31-pakistan-armenia-relations', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('mediamax-2025-12-01-minsk-closure', 'https://mediamax.am/en/news/foreignpolicy/59419/', '2025-11-30-minsk-group-closed', NULL);

-- citations: positions (full coverage)
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶14', 'armenia-recognition-of-artsakh', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('primeminister-am-2020-10-08-tv5monde', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/08/Nikol-Pashinyan-interview-Tv5Monde', 'armenia-recognition-of-artsakh', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('primeminister-am-2020-10-09-repubblica', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/09/Nikol-Pashinyan-interview-La-Republica', 'armenia-recognition-of-artsakh', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶9', 'armenia-remedial-secession', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶10', 'armenia-remedial-secession', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('primeminister-am-2020-10-09-repubblica', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/09/Nikol-Pashinyan-interview-La-Republica', 'armenia-remedial-secession', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶9', 'armenia-responsibility-to-protect', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶10', 'armenia-responsibility-to-protect', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('primeminister-am-2020-10-09-repubblica', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/09/Nikol-Pashinyan-interview-La-Republica', 'armenia-responsibility-to-protect', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶8', 'nkr-self-determination', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('pledgetimes-2020-09-27-martial-law', 'https://pledgetimes.com/armenia-declared-martial-law-and-general-mobilization/', 'nkr-self-determination', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶7', 'azerbaijan-minsk-group-mediation', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('tass-2020-10-10-ceasefire', 'https://tass.com/world/1210719', 'russia-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'russia-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('naharnet-2020-10-06-cavusoglu', 'http://www.naharnet.com/stories/en/275541-turkey-urges-world-to-stand-by-azerbaijan-in-karabakh', 'turkey-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('sputnik-2020-11-11-memorandum', 'https://sputnikglobe.com/amp/20201111/russia-turkey-sign-memorandum-on-creation-of-joint-centre-to-control-ceasefire-in-karabakh-1081132496.html', 'turkey-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('epochtimes-2020-10-us-ceasefire', 'https://www.theepochtimes.com/world/us-says-humanitarian-ceasefire-to-take-effect-on-monday-in-nagorno-karabakh-3551944', 'united-states-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶7', 'eu-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('armradio-2020-09-27-eu', 'https://en.armradio.am/2020/09/27/eu-calls-for-immediate-cessation-of-hostilities-in-karabakh-conflict-zone/', 'eu-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶8', 'nam-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('mfa-am-2012-05-10-nalbandian', 'https://mfa.am/en/speeches/2012/05/10/nalbandian-speech/2942', 'nam-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('mfa-az-2012-05-mammadyarov', 'http://www.mfa.gov.az/news/881/3919', 'nam-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶16', 'pakistan-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('dawn-2020-10-02-fo-denial', 'https://www.dawn.com/news/1582831', 'pakistan-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶11', 'egypt-minsk-group-mediation', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('alhanews-2020-09-27-egypt', 'https://alhanews.com/%d8%a7%d9%84%d8%ae%d8%a7%d8%b1%d8%ac%d9%8a%d8%a9-%d8%a7%d9%84%d9%85%d8%b5%d8%b1%d9%8a%d8%a9-%d8%aa%d9%86%d8%a7%d8%b4%d8%af-%d8%a7%d9%84%d8%b7%d8%b1%d9%81%d9%8a%d9%86-%d9%81%d9%8a-%d8%a5%d9%82%d9%84', 'egypt-minsk-group-mediation', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶13', 'argentina-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('cancilleria-2020-09-27-armenia-azerbaijan', 'https://www.cancilleria.gob.ar/es/actualidad/noticias/preocupacion-argentina-por-los-enfrentamientos-entre-armenia-y-azerbaiyan', 'argentina-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶13', 'argentina-minsk-group-mediation', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('cancilleria-2020-09-27-armenia-azerbaijan', 'https://www.cancilleria.gob.ar/es/actualidad/noticias/preocupacion-argentina-por-los-enfrentamientos-entre-armenia-y-azerbaiyan', 'argentina-minsk-group-mediation', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶13', 'uruguay-recognition-of-artsakh', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('asbarez-2015-01-uruguay-nkr', 'https://asbarez.org/130417/uruguays-foreign-ministry-calls-for-recognition-of-nagorno-karabakh-republic/', 'uruguay-recognition-of-artsakh', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶13', 'montevideo-departmental-council-recognition-of-artsakh', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('asbarez-2020-11-13-montevideo', 'https://armenianclub.com/2020/11/14/asbarez-montevideo-uruguays-capital-recognizes-artsakhs-independence', 'montevideo-departmental-council-recognition-of-artsakh', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶18', 'indonesia-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('kompasiana-2020-indonesia-azerbaijan', 'https://kompasiana.com/anjaiah/5ecda884d541df42d5299ea4/indonesia-sangat-mendukung-integritas-teritorial-azerbaijan?page=2&page_images=1', 'indonesia-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶18', 'tunisia-non-interference', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('tunisianmonitor-2018-10-11-jhinaoui', 'https://www.tunisianmonitoronline.com/index.php/2018/10/11/tunisia-fm-on-karabakh-conflict-we-are-not-going-to-take-one-side-or-another/', 'tunisia-non-interference', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶18', 'vietnam-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('vietnamnet-2014-05-aliyev-hanoi', 'https://vietnamnet.vn/en/president-sang-welcomes-azerbaijani-counterpart-vows-stronger-cooperation-E102815.html', 'vietnam-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶6', 'iran-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('irandaily-2020-10-31-peace-plan', 'https://irandaily.ir/News/276170.html', 'iran-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶15', 'fikret-sadikhov-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('todayaz-2019-10-23-sadikhov', 'http://www.today.az/news/politics/187589.html', 'fikret-sadikhov-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶9', 'hovhannes-nikoghosyan-responsibility-to-protect', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶10', 'rouben-shougarian-responsibility-to-protect', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶10', 'zohrab-mnatsakanyan-responsibility-to-protect', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶10', 'nikol-pashinyan-remedial-secession', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶14', 'nikol-pashinyan-remedial-secession', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('primeminister-am-2020-10-09-repubblica', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/09/Nikol-Pashinyan-interview-La-Republica', 'nikol-pashinyan-remedial-secession', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶10', 'serzh-sargsyan-remedial-secession', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶18', 'fadli-zon-unsc-1993-resolutions', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶13', 'felipe-sola-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('soyarmenio-sola', 'https://soyarmenio.com.ar/felipe-sola-comparte-dolor-por-conflicto-en-nagorno-karabaj/', 'felipe-sola-ceasefire', NULL);

-- citations: relations (full coverage)
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'india-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'pakistan-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'iran-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('presstv-2012-08-04-nam-summit', 'http://presstv.com/detail/2012/08/04/254384/ban-kimoon-to-attend-tehran-nam-summit/', 'iran-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'egypt-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'jordan-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'lebanon-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'syria-member-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'egypt-founded-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'india-founded-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'indonesia-founded-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶8', 'nam-coordinating-bureau-part-of-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('mfa-am-2012-05-10-nalbandian', 'https://mfa.am/en/speeches/2012/05/10/nalbandian-speech/2942', 'nam-coordinating-bureau-part-of-nam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'azerbaijan-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'egypt-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'indonesia-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'iran-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'jordan-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'lebanon-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'niger-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶18', 'niger-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'pakistan-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'tunisia-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('economy-gov-az-oic', 'https://www.economy.gov.az/en/article/oic/21544', 'turkey-member-oic', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('tass-2020-10-07-csto', 'https://tass.com/world/1209687', 'armenia-member-csto', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('tass-2020-10-07-csto', 'https://tass.com/world/1209687', 'russia-member-csto', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('voltairenet-2020-10-csto', 'https://www.voltairenet.org/article211075.html', 'turkey-member-nato', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-news-2018-06-unsc-election', 'https://news.un.org/en/story/2018/06/1011731', 'unsc-part-of-un', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('russiaun-2020-10-01-presidency', 'https://russiaun.ru/en/news/pressconf_011020', 'niger-presides-unsc-2020-09', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶17', 'russia-presides-unsc-2020-10', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-press-2020-10-01-council-programme', 'https://press.un.org/en/2020/201001%20SC.doc.htm', 'russia-presides-unsc-2020-10', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('russiaun-2020-10-01-presidency', 'https://russiaun.ru/en/news/pressconf_011020', 'russia-presides-unsc-2020-10', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶3', 'armenia-allied-with-russia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('tass-2020-10-07-csto', 'https://tass.com/world/1209687', 'armenia-allied-with-russia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶4', 'turkey-supports-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('mee-2020-10-turkish-drones', 'http://www.middleeasteye.net/news/armenia-azerbaijan-conflict-turkey-drones', 'turkey-supports-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('naharnet-2020-10-06-cavusoglu', 'http://www.naharnet.com/stories/en/275541-turkey-urges-world-to-stand-by-azerbaijan-in-karabakh', 'turkey-supports-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶16', 'pakistan-supports-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('dawn-2020-10-02-fo-denial', 'https://www.dawn.com/news/1582831', 'pakistan-supports-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('eurasiareview-2016-01-15-azerbaijan-indonesia', 'https://www.eurasiareview.com/15012016-azerbaijan-and-indonesia-dynamic-bilateral-relations-oped/', 'azerbaijan-diplomatic-relations-indonesia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('minanews-2020-07-24-mirzayev', 'https://en.minanews.net/ambassador-of-the-republic-of-azerbaijan-indonesia-is-a-strategic-partner/', 'azerbaijan-diplomatic-relations-indonesia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('up-2012-08-01-azerbaijan-embassy', 'https://www.up.ac.za/news/post_1765392-embassy-of-azerbaijan-initiates-links-with-university-of-pretoria', 'azerbaijan-diplomatic-relations-south-africa', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('vietnamplus-fr-2014-05-diplomatic-relations', 'https://fr.vietnamplus.vn/accueil-officiel-en-lhonneur-du-president-de-lazerbaijan-post51989.vnp', 'azerbaijan-diplomatic-relations-vietnam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶19', 'azerbaijan-founded-friends-of-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('todayaz-2012-12-25-friends', 'http://today.az./news/vdiaspora/117098.html', 'azerbaijan-founded-friends-of-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('sputnik-2020-11-11-memorandum', 'https://sputnikglobe.com/amp/20201111/russia-turkey-sign-memorandum-on-creation-of-joint-centre-to-control-ceasefire-in-karabakh-1081132496.html', 'russia-founded-ru-tr-joint-monitoring-centre', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('sputnik-2020-11-11-memorandum', 'https://sputnikglobe.com/amp/20201111/russia-turkey-sign-memorandum-on-creation-of-joint-centre-to-control-ceasefire-in-karabakh-1081132496.html', 'turkey-founded-ru-tr-joint-monitoring-centre', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶10', 'serzh-sargsyan-president-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('panarmenian-2020-04-23-sargsyan', 'http://www.panarmenian.net/eng/news/280428/', 'serzh-sargsyan-president-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ecolur-2018-04-17-sargsyan-pm', 'https://www.ecolur.org/en/news/electionspoliticsecology/--/10054/', 'serzh-sargsyan-president-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ecolur-2018-04-17-sargsyan-pm', 'https://www.ecolur.org/en/news/electionspoliticsecology/--/10054/', 'serzh-sargsyan-prime-minister-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('georgianjournal-2018-04-23-sargsyan', 'https://www.georgianjournal.ge/world/34429-armenian-prime-minister-serzh-sargsyan-resigns.html?tmpl=component&print=1&layout=default&page=', 'serzh-sargsyan-prime-minister-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('gktoday-2018-03-armen-sarkissian', 'https://www.gktoday.in/armen-sarkisian-elected-as-new-president-of-republic-of-armenia/', 'armen-sarkissian-president-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('anews-2022-01-23-sarkissian-resigns', 'https://www.anews.com.tr/world/2022/01/23/armenian-president-armen-sarkissian-resigns', 'armen-sarkissian-president-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶10', 'nikol-pashinyan-prime-minister-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('panarmenian-2020-04-23-sargsyan', 'http://www.panarmenian.net/eng/news/280428/', 'nikol-pashinyan-prime-minister-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶15', 'ilham-aliyev-president-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('alarabiya-2020-11-08-shusha', 'https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha', 'ilham-aliyev-president-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('jamnews-2020-07-16-mammadyarov', 'https://jam-news.net/azerbaijani-foreign-minister-dismissed/', 'elmar-mammadyarov-foreign-minister-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶10', 'zohrab-mnatsakanyan-foreign-minister-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('asbarez-2020-11-18-ayvazyan', 'https://asbarez.org/198580/ara-ayvazyan-named-armenias-new-foreign-minister/', 'zohrab-mnatsakanyan-foreign-minister-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶13', 'felipe-sola-foreign-minister-argentina', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('soyarmenio-sola', 'https://soyarmenio.com.ar/felipe-sola-comparte-dolor-por-conflicto-en-nagorno-karabaj/', 'felipe-sola-foreign-minister-argentina', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶18', 'khemaies-jhinaoui-foreign-minister-tunisia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('tunisianmonitor-2018-10-11-jhinaoui', 'https://www.tunisianmonitoronline.com/index.php/2018/10/11/tunisia-fm-on-karabakh-conflict-we-are-not-going-to-take-one-side-or-another/', 'khemaies-jhinaoui-foreign-minister-tunisia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenpress-2020-09-30-sarkissian-letters', 'https://armenpress.am/eng/news/1029606/', 'abdel-fattah-el-sisi-president-egypt', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('aravot-2020-09-30-jordan-letter', 'https://en.aravot.am/2020/09/30/265692/', 'abdullah-ii-king-jordan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('dawn-2019-11-21-raza', 'https://www.dawn.com/news/1518066/lt-gen-nadeem-raza-appointed-new-cjcsc-by-pm-imran', 'nadeem-raza-cjcsc-pakistan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('geo-2022-11-24-raza', 'https://www.geo.tv/latest/454461-outgoing-cjcsc-gen-nadeem-raza-calls-on-president-arif-alvi', 'nadeem-raza-cjcsc-pakistan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶16', 'ali-alizade-ambassador-to-pakistan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('thenews-2020-10-03-alizada', 'https://www.thenews.com.pk/print/723593-pakistan-rejects-reports-of-pak-army-fighting-in-azerbaijan', 'ali-alizade-ambassador-to-pakistan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('massispost-2020-09-28-unsc', 'https://massispost.com/2020/09/un-security-council-to-hold-emergency-talks-on-nagorno-karabakh/', 'antonio-guterres-secretary-general-un', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('siasat-2020-09-30-unsc', 'https://www.siasat.com/un-council-urges-speedy-halt-to-nagorno-karabakh-fighting-1987269/', 'antonio-guterres-secretary-general-un', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('un-press-2020-10-01-council-programme', 'https://press.un.org/en/2020/201001%20SC.doc.htm', 'vassily-nebenzia-ambassador-to-un', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('eurnews-2020-10-19-unsc', 'https://eurnews.net/un-security-council-held-a-meeting-on-karabakh/?amp', 'vassily-nebenzia-ambassador-to-un', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('massispost-2020-04-shougarian', 'https://massispost.com/2020/04/ambassador-rouben-shougarian-has-passed-away/', 'rouben-shougarian-ambassador-to-united-states', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('asbarez-2020-04-22-shugaryan', 'http://asbarez.com/193742/armenias-former-envoy-to-u-s-ruben-shugaryan-passes-away/', 'rouben-shougarian-ambassador-to-united-states', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶12', 'hagop-pakradounian-leads-arf', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-11-02-reuters-diaspora', 'https://en.azvision.az/news/134123/news.html', 'hagop-pakradounian-leads-arf', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶18', 'fadli-zon-leads-bksap', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶3', 'nkr-defense-army-part-of-nkr', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('primeminister-am-2020-10-07-first-channel', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/07/Nikol-Pashinyan-interview', 'nkr-defense-army-part-of-nkr', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('aida-about', 'http://aida.mfa.gov.az/?options=content&id=1', 'aida-part-of-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶18', 'bksap-part-of-indonesia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-unscr-874', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_874', 'nagorno-karabakh-located-in-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶3', 'seven-districts-located-in-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('trend-2020-09-27-martial-law', 'https://en.trend.az/azerbaijan/politics/3306374.html', 'seven-districts-located-in-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'agdam-part-of-seven-districts', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('lawglobalhub-unscr-853', 'https://lawglobalhub.com/united-nations-security-council-resolution-853-armenia-azerbaijan', 'agdam-part-of-seven-districts', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'kalbajar-part-of-seven-districts', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-unscr-822', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_822', 'kalbajar-part-of-seven-districts', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'lachin-part-of-seven-districts', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-unscr-884', 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_884', 'zangilan-part-of-seven-districts', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('alarabiya-2020-11-08-shusha', 'https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha', 'shusha-located-in-nagorno-karabakh', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('memo-2020-10-13-lebanese-armenians', 'https://www.middleeastmonitor.com/20201013-lebanese-armenians-join-fighting-in-nagorno-karabakh/', 'bourj-hammoud-located-in-lebanon', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('batimes-2020-10-armenians-argentina', 'https://www.batimes.com.ar/news/amp/argentina/armenians-in-argentina-decry-nagorno-karabakh-conflict.phtml', 'buenos-aires-located-in-argentina', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('asbarez-2020-11-13-montevideo', 'https://armenianclub.com/2020/11/14/asbarez-montevideo-uruguays-capital-recognizes-artsakhs-independence', 'montevideo-located-in-uruguay', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('asbarez-2020-11-13-montevideo', 'https://armenianclub.com/2020/11/14/asbarez-montevideo-uruguays-capital-recognizes-artsakhs-independence', 'montevideo-departmental-council-located-in-montevideo', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wion-2019-09-26-pashinyan', 'https://www.wionews.com/world/we-fully-defend-indian-position-armenia-pm-nikol-pashinyan-on-jammu-and-kashmir-252249', 'new-delhi-located-in-india', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('pakistantoday-2019-11-27-raza', 'https://www.pakistantoday.com.pk/2019/11/27/gen-nadeem-raza-takes-charge-as-cjcsc/', 'rawalpindi-located-in-pakistan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('dawn-2021-01-13-islamabad-declaration', 'https://www.dawn.com/news/1601304/pakistan-turkey-azerbaijan-resolve-to-enhance-cooperation-continue-mutual-support-on-national-issues', 'islamabad-located-in-pakistan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('trend-2017-11-30-baku-statement', 'https://en.trend.az/azerbaijan/politics/2828779.html', 'baku-located-in-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-11-02-reuters-diaspora', 'https://en.azvision.az/news/134123/news.html', 'yerevan-located-in-armenia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('vietnamnet-2014-05-aliyev-hanoi', 'https://vietnamnet.vn/en/president-sang-welcomes-azerbaijani-counterpart-vows-stronger-cooperation-E102815.html', 'hanoi-located-in-vietnam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶18', 'tunis-located-in-tunisia', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('todayaz-2012-12-25-friends', 'http://today.az./news/vdiaspora/117098.html', 'pretoria-located-in-south-africa', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('tass-2012-08-30-nam-summit', 'http://tass.com/archive/681142', 'tehran-located-in-iran', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶7', 'brussels-located-in-belgium', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('baghdadpost-2020-10-iran-protests', 'https://www.thebaghdadpost.com/en/Story/50012/Protesters-take-to-streets-in-Iran-backing-Azerbaijan-In-Nagorno-Karabakh-conflict', 'nw-iran-located-in-iran', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-iran-protests-2020', 'https://en.wikipedia.org/wiki/Actions_in_support_of_Azerbaijan_in_Iran_(2020)', 'nw-iran-located-in-iran', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶14', 'wion-located-in-new-delhi', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('ponars-704', '¶19', 'daily-maverick-located-in-south-africa', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('dailymaverick-2020-10-23-ulgen', 'https://www.dailymaverick.co.za/opinionista/2020-10-23-south-africa-should-support-turkey-in-a-peaceful-resolution-to-nagorno-karabakh-conflict/', 'daily-maverick-located-in-south-africa', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('todayaz-2012-12-25-friends', 'http://today.az./news/vdiaspora/117098.html', 'friends-of-azerbaijan-located-in-south-africa', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('hyetert-2021-01-30-jmc', 'https://hyetert.org/2021/01/30/russian-turkish-center-to-monitor-nagorno-karabakh-ceasefire-opens-in-azerbaijan/', 'ru-tr-joint-monitoring-centre-located-in-agdam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenpress-2024-04-18-jmc-closure', 'https://armenpress.am/eng/news/1135088/', 'ru-tr-joint-monitoring-centre-located-in-agdam', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('newsam-2024-jmc-closing', 'http://newsam.com/eng/news/820062.html', 'ru-tr-joint-monitoring-centre-located-in-agdam', NULL);

-- citations: errata (full coverage; the sources that correct or fail to confirm the memo)
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('un-press-2020-10-01-council-programme', 'https://press.un.org/en/2020/201001%20SC.doc.htm', 'guterres', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('eurnews-2020-10-19-unsc', 'https://eurnews.net/un-security-council-held-a-meeting-on-karabakh/?amp', 'guterres', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('siasat-2020-09-30-unsc', 'https://www.siasat.com/un-council-urges-speedy-halt-to-nagorno-karabakh-fighting-1987269/', 'guterres', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('trend-2017-11-30-baku-statement', 'https://en.trend.az/azerbaijan/politics/2828779.html', 'mammadyarov', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('jamnews-2020-07-16-mammadyarov', 'https://jam-news.net/azerbaijani-foreign-minister-dismissed/', 'mammadyarov', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('massispost-2020-04-shougarian', 'https://massispost.com/2020/04/ambassador-rouben-shougarian-has-passed-away/', 'shougarian', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('asbarez-2020-04-22-shugaryan', 'http://asbarez.com/193742/armenias-former-envoy-to-u-s-ruben-shugaryan-passes-away/', 'shougarian', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('trend-2021-07-14-nam-extension', 'https://en.trend.az/azerbaijan/politics/3455355.html', 'nam-term', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('turan-2024-01-19-nam-handover', 'https://turan.az/en/politics/azerbaijan-transfers-non-aligned-movement-chairmanship-to-uganda-776479', 'nam-term', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('rferl-2011-05-nam', 'https://www.rferl.org/a/azerbaijan_join_nonaligned_movement/24200776.html', 'nam-observer', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('newsaz-2018-03-30-nam-ministerial', 'https://news.az/news/mfa-baku-to-host-conference-of-foreign-ministers-within-non-aligned-movement', 'nam-observer', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('eurasiareview-2016-01-15-azerbaijan-indonesia', 'https://www.eurasiareview.com/15012016-azerbaijan-and-indonesia-dynamic-bilateral-relations-oped/', 'indonesia-embassies', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('minanews-2020-07-24-mirzayev', 'https://en.minanews.net/ambassador-of-the-republic-of-azerbaijan-indonesia-is-a-strategic-partner/', 'indonesia-embassies', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('vietnamnet-2014-05-aliyev-hanoi', 'https://vietnamnet.vn/en/president-sang-welcomes-azerbaijani-counterpart-vows-stronger-cooperation-E102815.html', 'vietnam-visits', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('vovworld-2015-sang-baku', 'https://vovworld.vn/en-US/news/president-truong-tan-sang-visits-azerbaijan-334700.vov', 'vietnam-visits', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('searchlight-2014-12-23-floods', 'https://searchlight.vc/searchlight/news/2014/12/23/remembering-the-december-floods/', 'svg-floods', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('trend-2017-11-30-baku-statement', 'https://en.trend.az/azerbaijan/politics/2828779.html', 'trilateral', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('turan-2017-11-30-baku-declaration', 'http://www.turan.az/ext/news/2017/11/free/politics%20news/en/67201.htm', 'trilateral', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('dailymaverick-2020-10-23-ulgen', 'https://www.dailymaverick.co.za/opinionista/2020-10-23-south-africa-should-support-turkey-in-a-peaceful-resolution-to-nagorno-karabakh-conflict/', 'ulgen-baku', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('alarabiya-2020-11-08-shusha', 'https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha', 'shusha-returned', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'shusha-returned', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'seven-districts', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('ummid-2020-09-27-villages', 'https://ummid.com/news/2020/september/27.09.2020/azerbaijan-claims-liberating-six-villages-from-armenia.html', 'seven-districts', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('tass-2020-10-10-ceasefire', 'https://tass.com/world/1210719', 'fourth-ceasefire', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('afp-2020-10-17-truce', 'https://afp.omni.se/armenia-azerbaijan-agree-to-declare-humanitarian-truce/a/X8g7go', 'fourth-ceasefire', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('epochtimes-2020-10-us-ceasefire', 'https://www.theepochtimes.com/world/us-says-humanitarian-ceasefire-to-take-effect-on-monday-in-nagorno-karabakh-3551944', 'fourth-ceasefire', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'fourth-ceasefire', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('armenpress-2020-09-30-sarkissian-letters', 'https://armenpress.am/eng/news/1029606/', 'sarkissian-date', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('aravot-2020-09-30-jordan-letter', 'https://en.aravot.am/2020/09/30/265692/', 'sarkissian-date', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('newsaz-2020-10-23-hajiyev', 'https://news.az/news/span-classred-highlightdiscussions-on-karabakh-conflict-held-at-un-security-council-25-years-later-top-azerbaijani-official-span', 'silence-procedure', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('todayaz-2020-10-24-draft', 'http://www.today.az/news/politics/199206.html', 'silence-procedure', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('azvision-2020-10-unsc', 'https://en.azvision.az/news/134041/un-security-council-may-discuss-nagorno-karabakh-again.html', 'draft-authors', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('newsaz-2020-10-23-hajiyev', 'https://news.az/news/span-classred-highlightdiscussions-on-karabakh-conflict-held-at-un-security-council-25-years-later-top-azerbaijani-official-span', 'draft-authors', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('todayaz-2020-10-24-draft', 'http://www.today.az/news/politics/199206.html', 'draft-authors', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('tunisianmonitor-2018-10-11-jhinaoui', 'https://www.tunisianmonitoronline.com/index.php/2018/10/11/tunisia-fm-on-karabakh-conflict-we-are-not-going-to-take-one-side-or-another/', 'jhinaoui', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('soyarmenio-sola', 'https://soyarmenio.com.ar/felipe-sola-comparte-dolor-por-conflicto-en-nagorno-karabaj/', 'sola', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('cancilleria-2020-09-27-armenia-azerbaijan', 'https://www.cancilleria.gob.ar/es/actualidad/noticias/preocupacion-argentina-por-los-enfrentamientos-entre-armenia-y-azerbaiyan', 'sola', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('wikipedia-nam', 'https://en.wikipedia.org/wiki/Non-Aligned_Movement', 'spellings', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('memo-2020-10-13-lebanese-armenians', 'https://www.middleeastmonitor.com/20201013-lebanese-armenians-join-fighting-in-nagorno-karabakh/', 'spelling-tasnag', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('georgianjournal-2018-04-23-sargsyan', 'https://www.georgianjournal.ge/world/34429-armenian-prime-minister-serzh-sargsyan-resigns.html?tmpl=component&print=1&layout=default&page=', 'spelling-sargsyan', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('armenpress-2020-09-30-sarkissian-letters', 'https://armenpress.am/eng/news/1029606/', 'spelling-sisi', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('soyarmenio-sola', 'https://soyarmenio.com.ar/felipe-sola-comparte-dolor-por-conflicto-en-nagorno-karabaj/', 'spelling-sola', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('dailymaverick-2020-10-23-ulgen', 'https://www.dailymaverick.co.za/opinionista/2020-10-23-south-africa-should-support-turkey-in-a-peaceful-resolution-to-nagorno-karabakh-conflict/', 'spelling-ulgen', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('eurasiareview-2016-01-15-azerbaijan-indonesia', 'https://www.eurasiareview.com/15012016-azerbaijan-and-indonesia-dynamic-bilateral-relations-oped/', 'spelling-countries', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('dawn-2020-10-02-fo-denial', 'https://www.dawn.com/news/1582831', 'unverified-claims', 'confirms Pakistan''s support for Azerbaijan in 2020, not a pledge in 2000');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('thenews-2020-10-03-alizada', 'https://www.thenews.com.pk/print/723593-pakistan-rejects-reports-of-pak-army-fighting-in-azerbaijan', 'unverified-memri', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('dawn-2019-11-21-raza', 'https://www.dawn.com/news/1518066/lt-gen-nadeem-raza-appointed-new-cjcsc-by-pm-imran', 'unverified-memri', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('dawn-2020-10-02-fo-denial', 'https://www.dawn.com/news/1582831', 'unverified-flags', 'confirms Pakistan''s open support, not the flags');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('wion-2019-09-26-pashinyan', 'https://www.wionews.com/world/we-fully-defend-indian-position-armenia-pm-nikol-pashinyan-on-jammu-and-kashmir-252249', 'unverified-wion', 'the only WION interview found (2019)');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('panarmenian-2020-04-23-sargsyan', 'http://www.panarmenian.net/eng/news/280428/', 'unverified-white-paper', 'confirms the presidency only');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('aida-about', 'http://aida.mfa.gov.az/?options=content&id=1', 'unverified-aida-floods', 'confirms AIDA and its founding date only');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('geo-2025-08-31-pakistan-armenia', 'https://www.geo.tv/latest/621264-pakistan-armenia-formalise-diplomatic-ties-with-exchange-of-communique', 'pakistan-recognition', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('mfa-am-2012-05-10-nalbandian', 'https://mfa.am/en/speeches/2012/05/10/nalbandian-speech/2942', 'tehran-summit', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('mfa-az-2012-05-mammadyarov', 'http://www.mfa.gov.az/news/881/3919', 'tehran-summit', NULL);

-- citations: further sources for records of the starter set
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('ada-2011-06-01-goble', 'http://biweekly.ada.edu.az/vol_4_no_11/Azerbaijan_joins_the_Non_Aligned_movement.htm', '2011-05-azerbaijan-joins-nam', 'Mammadyarov''s “additional platform” speech in Bali');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('eurnews-2020-10-19-unsc', 'https://eurnews.net/un-security-council-held-a-meeting-on-karabakh/?amp', '2020-10-19-unsc-consultations', 'Nebenzia briefed as Council president');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('todayaz-2020-10-24-draft', 'http://www.today.az/news/politics/199206.html', '2020-10-19-unsc-draft-withdrawn', 'Trend: drafted by the three co-chairs');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('pledgetimes-2020-09-27-martial-law', 'https://pledgetimes.com/armenia-declared-martial-law-and-general-mobilization/', '2020-09-27-azerbaijan-martial-law', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('pledgetimes-2020-09-27-martial-law', 'https://pledgetimes.com/armenia-declared-martial-law-and-general-mobilization/', '2020-09-27-nkr-martial-law', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('pledgetimes-2020-09-27-martial-law', 'https://pledgetimes.com/armenia-declared-martial-law-and-general-mobilization/', '2020-09-27-armenia-martial-law', NULL);
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('commonspace-2020-11-15-kelbajar', 'https://www.commonspace.eu/news/hand-over-kelbajar-azerbaijan-postponed-until-25-november', '2020-11-10-trilateral-statement', 'Kalbajar deadline later moved to 25 November');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('sputnik-2020-11-11-memorandum', 'https://sputnikglobe.com/amp/20201111/russia-turkey-sign-memorandum-on-creation-of-joint-centre-to-control-ceasefire-in-karabakh-1081132496.html', '2020-11-10-trilateral-statement', '1,960 peacekeepers');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('irandaily-2020-10-31-peace-plan', 'https://irandaily.ir/News/276170.html', 'iran-ceasefire', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('primeminister-am-2020-10-09-repubblica', 'https://primeminister.am/en/interviews-and-press-conferences/item/2020/10/09/Nikol-Pashinyan-interview-La-Republica', 'armenia-self-determination', 'recognition of independence as protection');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('wion-2019-09-26-pashinyan', 'https://www.wionews.com/world/we-fully-defend-indian-position-armenia-pm-nikol-pashinyan-on-jammu-and-kashmir-252249', 'india-neutral', 'background: Armenia–India ties on Kashmir');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ponars-704', '¶15', 'azerbaijan-territorial-integrity', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('mee-2020-10-turkish-drones', 'http://www.middleeasteye.net/news/armenia-azerbaijan-conflict-turkey-drones', 'turkey', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('irandaily-2020-10-31-peace-plan', 'https://irandaily.ir/News/276170.html', 'iran', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wion-2019-09-26-pashinyan', 'https://www.wionews.com/world/we-fully-defend-indian-position-armenia-pm-nikol-pashinyan-on-jammu-and-kashmir-252249', 'india', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶7', 'azerbaijan', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶9', 'armenia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('tass-2020-10-07-csto', 'https://tass.com/world/1209687', 'russia', 'security commitments do not cover Karabakh');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('azertag-2020-03-06-oic-niger', 'https://azertag.az/de/xeber/Aserbaidschan_leistet_OIC_finanzielle_Hilfe-1434617', 'niger', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'niger', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'tunisia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'vietnam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'indonesia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'saint-vincent-and-the-grenadines', 'written “Saint Vincent”');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶19', 'south-africa', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶8', 'nam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶15', 'nam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶7', 'osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶15', 'unsc', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('sputnik-2020-11-11-memorandum', 'https://sputnikglobe.com/amp/20201111/russia-turkey-sign-memorandum-on-creation-of-joint-centre-to-control-ceasefire-in-karabakh-1081132496.html', 'peacekeepers', NULL);
-- citations: added by the fact-check fixes of issue 12 (2026-11-29)
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('republika-2018-06-09-indonesia-unsc', 'https://fbeta.republika.co.id/berita/en/national-politics/18/06/09/pa0ktp414-indonesia-elected-nonpermanent-member-of-unsc', 'indonesia-elected-member-unsc-2019', '144 votes to 46; two-thirds required');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('commonspace-minsk-cochairs-mandate', 'https://www.commonspace.eu/news/document-mandate-co-chairmen-osce-minsk-process', 'russia-co-chair-osce-minsk-group', 'the co-chairs mandate, issued in 1995');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('aliyev-heritage-osce-minsk-group', 'https://lib.aliyev-heritage.org/print.php?lang=en&page=2823467', 'russia-co-chair-osce-minsk-group', 'first co-chairs Russia and Sweden, then Russia and Finland; France, Russia and the US since 1997');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('commonspace-minsk-cochairs-mandate', 'https://www.commonspace.eu/news/document-mandate-co-chairmen-osce-minsk-process', 'osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('aliyev-heritage-osce-minsk-group', 'https://lib.aliyev-heritage.org/print.php?lang=en&page=2823467', 'osce-minsk-group', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('armenianclub-2007-08-22-pakradounian', 'https://www.armenianclub.com/2007/08/22/mp-of-the-tashnag-party-hagop-pakradounian/', 'hagop-pakradounian', 'ARF member since 1978, Central Committee member, won a seat in 2005');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenianweekly-2016-12-06-arf-lebanon', 'https://armenianweekly.com/2016/12/06/arf-aoun-2016/', 'hagop-pakradounian-leads-arf', 'the party in Lebanon is run by its Central Committee of Lebanon; Pakradouni in its delegation');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('inews-2019-10-22-fadli-zon-bksap', 'https://beta.inews.co.id/amp/news/nasional/fadli-zon-jadi-ketua-bksap-dpr', 'fadli-zon', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('sapanusantara-2020-10-fadli-zon', 'https://www.sapanusantara.com/2020/10/ketua-bksap-dpr-ri-azerbaijan-dan.html', 'fadli-zon', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('idntimes-2024-10-20-fadli-zon-minister', 'https://www.idntimes.com/news/indonesia/profil-fadli-zon-menteri-kebudayaan-di-kabinet-prabowo-gibran-00-d3g2d-by3sf7/amp', 'fadli-zon', 'named minister of culture on 20 October 2024');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('inews-2019-10-22-fadli-zon-bksap', 'https://beta.inews.co.id/amp/news/nasional/fadli-zon-jadi-ketua-bksap-dpr', 'fadli-zon-leads-bksap', 'Gerindra names him BKSAP chair, 22 October 2019');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('cuplikandunia-2024-10-14-fadli-zon', 'https://cuplikandunia.info/fadli-zon-kandidat-kuat-menteri-kebudayaan-lulusan-fib-ui-677.html', 'fadli-zon-leads-bksap', 'still BKSAP chair on 14 October 2024');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('idntimes-2024-10-20-fadli-zon-minister', 'https://www.idntimes.com/news/indonesia/profil-fadli-zon-menteri-kebudayaan-di-kabinet-prabowo-gibran-00-d3g2d-by3sf7/amp', 'fadli-zon-leads-bksap', 'named minister of culture on 20 October 2024');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('inews-2019-10-22-fadli-zon-bksap', 'https://beta.inews.co.id/amp/news/nasional/fadli-zon-jadi-ketua-bksap-dpr', 'bksap', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('inews-2019-10-22-fadli-zon-bksap', 'https://beta.inews.co.id/amp/news/nasional/fadli-zon-jadi-ketua-bksap-dpr', 'bksap-part-of-indonesia', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('sapanusantara-2020-10-fadli-zon', 'https://www.sapanusantara.com/2020/10/ketua-bksap-dpr-ri-azerbaijan-dan.html', 'fadli-zon-unsc-1993-resolutions', 'names resolutions 822, 853, 874, 884 and A/RES/62/243');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('minanews-2020-10-fadli-zon', 'https://minanews.net/fadli-zon-indonesia-berpeluang-damaikan-konflik-azerbaijan-armenia/', 'fadli-zon-unsc-1993-resolutions', 'online discussion of Sunday 18 October 2020; four Security Council resolutions');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('pikiranrakyat-2020-10-21-fadli-zon', 'https://depok.pikiran-rakyat.com/nasional/pr-09855935/mengaku-prihatin-fadli-zon-sebut-pbb-harus-berperan-dalam-upaya-genjatan-senjata-azerbaijan-armenia', 'fadli-zon-unsc-1993-resolutions', 'as BKSAP chair, on the ceasefire of 10 and 18 October');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('sapanusantara-2020-10-fadli-zon', 'https://www.sapanusantara.com/2020/10/ketua-bksap-dpr-ri-azerbaijan-dan.html', 'unverified-fadli-zon', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('minanews-2020-10-fadli-zon', 'https://minanews.net/fadli-zon-indonesia-berpeluang-damaikan-konflik-azerbaijan-armenia/', 'unverified-fadli-zon', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('inews-2019-10-22-fadli-zon-bksap', 'https://beta.inews.co.id/amp/news/nasional/fadli-zon-jadi-ketua-bksap-dpr', 'unverified-fadli-zon', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('virtualkarabakh-occupation-in-figures', 'http://www.virtualkarabakh.az/read.php?lang=2&menu=42&id=6433', 'seven-districts', 'Lachin 18 May 1992 to Zangilan 29 October 1993 (Azerbaijani source)');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('westernarmeniatv-2020-05-berdzor', 'https://westernarmeniatv.com/en/66102/on-this-day-28-years-ago-berdzor-was-liberated', 'seven-districts', 'Lachin (Berdzor) taken on 18 May 1992 (Armenian source)');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('qarabag-lachin-occupation-1992', 'https://qarabag.com/the-history-of-the-occupation-of-lachin-overrunning-of-armenian-aggression-beyond-the-borders-of-nagorno-karabakh/', 'lachin', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('westernarmeniatv-2020-05-berdzor', 'https://westernarmeniatv.com/en/66102/on-this-day-28-years-ago-berdzor-was-liberated', 'lachin', NULL);
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('armenianow-2005-nkr-turns-14', 'https://www.armenianow.com/hy/node/5774', 'nkr-self-determination', 'proclamation of 2 September 1991');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('nkrusa-declaration-of-independence', 'http://www.nkrusa.org/nk_conflict/declaration_independence.shtml', 'nkr-self-determination', 'text of the proclamation (2 September 1991)');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponarseurasia-citation-guidelines', 'https://ponarseurasia.org/permissions-citation-guidelines', 'ponars-eurasia', 'policy memos are cited as published by George Washington University');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶18', 'communist-party-of-vietnam', '“Vietnamese Communist Party officials”');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('liquisearch-communist-party-of-vietnam', 'https://www.liquisearch.com/communist_party_of_vietnam', 'communist-party-of-vietnam', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶12', 'lebanese-parliament', '“in the Lebanese Parliament”');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('wsn-2007-09-18-pakradounian', 'http://www.worldsecuritynetwork.com/Broader-Middle-East/manuela-paraipan/Interview-With-Hagop-Pakradounian-The-problem-is-that-we-always-try-to-find-solutions-outside-of-Lebanon', 'lebanese-parliament', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ponars-704', '¶12', 'beirut', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('lebadvisor-bourj-hammoud', 'https://lebadvisor.com/st_location/bourj-hammoud/', 'beirut', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wsn-2007-09-18-pakradounian', 'http://www.worldsecuritynetwork.com/Broader-Middle-East/manuela-paraipan/Interview-With-Hagop-Pakradounian-The-problem-is-that-we-always-try-to-find-solutions-outside-of-Lebanon', 'lebanese-parliament-part-of-lebanon', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenianclub-2007-08-22-pakradounian', 'https://www.armenianclub.com/2007/08/22/mp-of-the-tashnag-party-hagop-pakradounian/', 'hagop-pakradounian-member-lebanese-parliament', 'won a seat in the 2005 elections');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('azvision-2020-11-02-reuters-diaspora', 'https://en.azvision.az/news/134123/news.html', 'hagop-pakradounian-member-lebanese-parliament', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('lebadvisor-bourj-hammoud', 'https://lebadvisor.com/st_location/bourj-hammoud/', 'beirut-located-in-lebanon', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('lebadvisor-bourj-hammoud', 'https://lebadvisor.com/st_location/bourj-hammoud/', 'bourj-hammoud', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('lebadvisor-bourj-hammoud', 'https://lebadvisor.com/st_location/bourj-hammoud/', 'bourj-hammoud-located-in-lebanon', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('allinnet-unscr-822-text', 'https://allinnet.info/history/united-nations-security-council-resolution-822-1993/amp', 'armenian-forces', 'operative paragraph 1 and preamble of resolution 822');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('un-press-2008-03-14-ga10693', 'http://www.un.org/press/en/2008/ga10693.doc.htm', 'armenian-forces', 'resolution 62/243');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('allinnet-unscr-822-text', 'https://allinnet.info/history/united-nations-security-council-resolution-822-1993/amp', '1993-04-30-unsc-822', 'text of the resolution');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('azertag-2015-05-15-sang-parliament', 'https://azertag.az/de/xeber/vietnams_prasident_besucht_die_nationalversammlung-855316', 'vietnam-visitors', 'President Sang on a state visit, 15 May 2015');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('vietnamnet-2014-05-aliyev-hanoi', 'https://vietnamnet.vn/en/president-sang-welcomes-azerbaijani-counterpart-vows-stronger-cooperation-E102815.html', 'vietnam-visitors', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('liquisearch-communist-party-of-vietnam', 'https://www.liquisearch.com/communist_party_of_vietnam', 'vietnam-visitors', 'Sang as president and Politburo member');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('tass-2020-10-07-csto', 'https://tass.com/world/1209687', 'kremlin-outset', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('armenianweekly-2016-12-06-arf-lebanon', 'https://armenianweekly.com/2016/12/06/arf-aoun-2016/', 'arf-national-wing', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('azvision-2020-11-02-reuters-diaspora', 'https://en.azvision.az/news/134123/news.html', 'arf-national-wing', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('lebadvisor-bourj-hammoud', 'https://lebadvisor.com/st_location/bourj-hammoud/', 'bourj-hammoud-beirut', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('trend-2021-02-10-alizade-raza', 'https://en.trend.az/azerbaijan/politics/3378577.html', 'unverified-memri', 'meeting of 10 February 2021, citing the Pakistani embassy');
INSERT INTO citations (source_id, locator, event_id, note) VALUES ('azertag-2015-05-15-sang-parliament', 'https://azertag.az/de/xeber/vietnams_prasident_besucht_die_nationalversammlung-855316', '2015-sang-baku-visit', 'meeting with Ogtay Asadov, 15 May 2015');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('azertag-2015-05-15-sang-parliament', 'https://azertag.az/de/xeber/vietnams_prasident_besucht_die_nationalversammlung-855316', 'vietnam-visits', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('wikipedia-azerbaijan-south-africa-relations', 'http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FAzerbaijan%25E2%2580%2593South_Africa_relations', 'azerbaijan-diplomatic-relations-south-africa', 'Wikipedia, the only stored source with the day');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('hetq-2022-10-07-prague-statement', 'https://hetq.am/en/article/149050', 'armenia-self-determination', 'end: Prague statement of 6 October 2022');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('hetq-2022-10-07-prague-statement', 'https://hetq.am/en/article/149050', 'armenia-recognition-of-artsakh', 'end: Prague statement of 6 October 2022');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('hetq-2022-10-07-prague-statement', 'https://hetq.am/en/article/149050', 'armenia-remedial-secession', 'end: Prague statement of 6 October 2022');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('hetq-2022-10-07-prague-statement', 'https://hetq.am/en/article/149050', 'nikol-pashinyan-remedial-secession', 'end: Prague statement of 6 October 2022');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('hetq-2022-10-07-prague-statement', 'https://hetq.am/en/article/149050', 'armenia-territorial-integrity-2022-10', 'statement of 6 October 2022');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('commonspace-2023-04-pashinyan-recognition', 'https://karabakhspace.commonspace.eu/news/pashinyan-reaffirms-recognition-azerbaijans-territorial-integrity', 'armenia-territorial-integrity-2022-10', 'speech to parliament, 18 April 2023');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('newsam-2023-05-17-reykjavik', 'https://news.am/eng/news/760396.html', 'armenia-territorial-integrity-2022-10', '86,600 square kilometres, Reykjavik, 17 May 2023');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('sputnikindia-2023-09-28-nkr-dissolution', 'https://sputniknews.in/amp/20230928/self-proclaimed-republic-of-nagorno-karabakh-to-cease-to-exist-from-2024-4488953.html', 'armenia-territorial-integrity-2022-10', 'boundaries that include Nagorno-Karabakh (May 2023)');
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('hetq-2022-10-07-prague-statement', 'https://hetq.am/en/article/149050', 'armenia-position-outdated', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('ocmedia-2023-09-28-nkr-dissolution', 'https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/', 'armenia-position-outdated', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('ocmedia-2023-09-28-nkr-dissolution', 'https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/', 'nkr', 'decree of 28 September 2023');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('ocmedia-2023-09-28-nkr-dissolution', 'https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/', 'nkr-self-determination', 'end: dissolution decree, effective 1 January 2024');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('intellinews-2023-09-28-nkr-dissolves', 'https://www.intellinews.com/nagorno-karabakh-republic-dissolves-itself-294618', 'nkr-defense-army', 'surrender and agreement to dissolve the army');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('intellinews-2023-09-28-nkr-dissolves', 'https://www.intellinews.com/nagorno-karabakh-republic-dissolves-itself-294618', 'nkr-defense-army-part-of-nkr', 'end');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenianow-2005-nkr-turns-14', 'https://www.armenianow.com/hy/node/5774', 'nkr-defense-army-part-of-nkr', 'start bound: proclamation of 2 September 1991');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('tbsnews-2023-10-01-exodus', 'https://www.tbsnews.net/world/armenia-says-over-100000-refugees-flee-nagorno-karabakh-709818', 'nagorno-karabakh', '100,417 of an estimated 120,000 by 30 September 2023');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('intellinews-2023-09-28-nkr-dissolves', 'https://www.intellinews.com/nagorno-karabakh-republic-dissolves-itself-294618', 'azerbaijan-territorial-integrity', 'September 2023 offensive');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('aliyev-heritage-osce-minsk-group', 'https://lib.aliyev-heritage.org/print.php?lang=en&page=2823467', 'azerbaijan-minsk-group-mediation', 'Azerbaijan among the participants named in March 1992');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('mediamax-2025-12-01-minsk-closure', 'https://mediamax.am/en/news/foreignpolicy/59419/', 'azerbaijan-minsk-group-mediation', 'joint request; closure on 30 November 2025');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('mediamax-2025-12-01-minsk-closure', 'https://mediamax.am/en/news/foreignpolicy/59419/', 'egypt-minsk-group-mediation', 'end bound: closure of the Minsk process');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('mediamax-2025-12-01-minsk-closure', 'https://mediamax.am/en/news/foreignpolicy/59419/', 'argentina-minsk-group-mediation', 'end bound: closure of the Minsk process');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('rferl-2003-10-31-aliyev-sworn-in', 'https://rferl.org/amp/1104860.html', 'ilham-aliyev-president-azerbaijan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('dailysabah-2018-10-08-ulgen', 'https://www.dailysabah.com/diplomacy/2018/10/08/turkish-envoy-to-south-africa-2018-landmark-year-in-bilateral-relations/amp', 'elif-comoglu-ulgen-ambassador-to-south-africa', 'in post, October 2018');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('apie-2022-03-10-turkish-women-diplomats', 'https://appsaf.apieproject.com/news/2022/03/10/turkeys-woman-diplomats-shape-relations-with-africa/', 'elif-comoglu-ulgen-ambassador-to-south-africa', 'previously ambassador to Pretoria, March 2022');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('meduza-2024-12-04-armenia-csto', 'https://meduza.io/amp/en/news/2024/12/04/armenia-considers-itself-outside-of-russian-led-csto-military-alliance-prime-minister-says', 'nikol-pashinyan-prime-minister-armenia', 'prime minister in December 2024');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('hetq-2022-10-07-prague-statement', 'https://hetq.am/en/article/149050', 'nikol-pashinyan', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('trend-2021-02-10-alizade-raza', 'https://en.trend.az/azerbaijan/politics/3378577.html', 'ali-alizade-ambassador-to-pakistan', 'ambassador on 10 February 2021');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('novayagazeta-2024-02-23-armenia-csto', 'https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news', 'csto', NULL);
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('novayagazeta-2024-02-23-armenia-csto', 'https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news', 'armenia-member-csto', 'participation frozen, February 2024');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('meduza-2024-12-04-armenia-csto', 'https://meduza.io/amp/en/news/2024/12/04/armenia-considers-itself-outside-of-russian-led-csto-military-alliance-prime-minister-says', 'armenia-member-csto', 'December 2024');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('novayagazeta-2024-02-23-armenia-csto', 'https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news', 'armenia-allied-with-russia', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('hetq-2022-10-07-prague-statement', 'https://hetq.am/en/article/149050', 'armenia', 'Prague statement of 6 October 2022');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('intellinews-2023-09-28-nkr-dissolves', 'https://www.intellinews.com/nagorno-karabakh-republic-dissolves-itself-294618', 'azerbaijan', 'September 2023 offensive');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('unikal-2020-pakradunyan', 'https://unikal.az/news/265053/xaricdeki-ermeniler-qarabaga-doyusmeye-gelir', 'hagop-pakradounian-leads-arf', 'Dashnaktsutyuns leader in Lebanon (Reuters, in Azerbaijani)');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('unikal-2020-pakradunyan', 'https://unikal.az/news/265053/xaricdeki-ermeniler-qarabaga-doyusmeye-gelir', 'hagop-pakradounian', NULL);
INSERT INTO citations (source_id, locator, erratum_id, note) VALUES ('unikal-2020-pakradunyan', 'https://unikal.az/news/265053/xaricdeki-ermeniler-qarabaga-doyusmeye-gelir', 'arf-national-wing', 'leader in Lebanon');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenianclub-2008-04-10-sargsyan-sworn-in', 'https://armenianclub.com/2008/04/10/serge-sarkisian-sworn-in-as-armenias-president/amp', 'serzh-sargsyan-president-armenia', 'sworn in on 9 April 2008');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('iwpr-2004-azerbaijan-new-foreign-minister', 'https://iwpr.net/global-voices/azerbaijans-new-foreign-minister', 'elmar-mammadyarov-foreign-minister-azerbaijan', 'replaced Vilayat Guliyev on 2 April 2004');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('mediamax-mnatsakanyan-diplomatic-school', 'https://mediamax.am/en/news/foreignpolicy/57598/', 'zohrab-mnatsakanyan-foreign-minister-armenia', 'foreign minister from 13 May 2018 to 16 November 2020');
INSERT INTO citations (source_id, locator, relation_id, note) VALUES ('armenpress-2018-05-08-pashinyan-elected', 'https://armenpress.am/eng/news/932802/', 'nikol-pashinyan-prime-minister-armenia', 'elected on 8 May 2018, 59 votes to 42');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'eu-ceasefire', 'end bound: the fighting stopped under the statement of 9/10 November 2020');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'argentina-ceasefire', 'end bound: the fighting stopped under the statement of 9/10 November 2020');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'united-states-ceasefire', 'end bound: the fighting stopped under the statement of 9/10 November 2020');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'iran-ceasefire', 'end bound: the fighting stopped under the statement of 9/10 November 2020');
INSERT INTO citations (source_id, locator, position_id, note) VALUES ('armenia-pm-2020-11-10-statement', 'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement', 'felipe-sola-ceasefire', 'end bound: the fighting stopped under the statement of 9/10 November 2020');

-- cross-reference ids: where an actor's ISO 3166-1 alpha-3 code and Wikidata id were confirmed
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('owid-countries-regions', 'Our World in Data, countries and regions table (ISO 3166-1 alpha-3 and Wikidata ids)', NULL, 'Our World in Data', NULL, 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('everypolitician-world-cabinets', 'EveryPolitician scrapers, world cabinets 2017 (Wikidata export)', NULL, 'every-politician-scrapers', NULL, 'https://github.com/every-politician-scrapers/world/blob/4a3b394d9a35d26d138cded8718d0805b7ce9336/wikidata/results/2017-cabinets.csv', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('supraverden-bodies', 'supraverden, list of international bodies with Wikidata ids', NULL, 'confirmordeny/supraverden', NULL, 'https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('everypolitician-world-leaders-2021', 'EveryPolitician scrapers, world leaders 2021 (Wikidata export)', NULL, 'every-politician-scrapers', NULL, 'https://github.com/every-politician-scrapers/world-leaders-2021/blob/be7039cf5952d8121c4f1e24eea64cc5dd465633/data/wikidata.csv', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('everypolitician-armenia-ministers', 'EveryPolitician scrapers, Armenian ministers (Wikidata export)', NULL, 'every-politician-scrapers', NULL, 'https://github.com/every-politician-scrapers/armenia-ministers/blob/0f97f894d1206191bcc52e5925f00bac9a0299bf/html/holders21.csv', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('everypolitician-world-holders', 'EveryPolitician scrapers, office holders (Wikidata export)', NULL, 'every-politician-scrapers', NULL, 'https://github.com/every-politician-scrapers/world/blob/4a3b394d9a35d26d138cded8718d0805b7ce9336/html/holders21.csv', 'reference', NULL);
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('monitorosm-capitals', 'monitorOSM, reference list of capitals with Wikidata ids', NULL, 'OSM-Catalan', NULL, 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'reference', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'armenia', 'cross-reference id: ISO 3166-1 alpha-3 ARM and Wikidata Q399');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'azerbaijan', 'cross-reference id: ISO 3166-1 alpha-3 AZE and Wikidata Q227');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'russia', 'cross-reference id: ISO 3166-1 alpha-3 RUS and Wikidata Q159');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'turkey', 'cross-reference id: ISO 3166-1 alpha-3 TUR and Wikidata Q43');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'iran', 'cross-reference id: ISO 3166-1 alpha-3 IRN and Wikidata Q794');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'pakistan', 'cross-reference id: ISO 3166-1 alpha-3 PAK and Wikidata Q843');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'india', 'cross-reference id: ISO 3166-1 alpha-3 IND and Wikidata Q668');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'indonesia', 'cross-reference id: ISO 3166-1 alpha-3 IDN and Wikidata Q252');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'niger', 'cross-reference id: ISO 3166-1 alpha-3 NER and Wikidata Q1032');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'tunisia', 'cross-reference id: ISO 3166-1 alpha-3 TUN and Wikidata Q948');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'vietnam', 'cross-reference id: ISO 3166-1 alpha-3 VNM and Wikidata Q881');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'south-africa', 'cross-reference id: ISO 3166-1 alpha-3 ZAF and Wikidata Q258');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'saint-vincent-and-the-grenadines', 'cross-reference id: ISO 3166-1 alpha-3 VCT and Wikidata Q757');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'dominican-republic', 'cross-reference id: ISO 3166-1 alpha-3 DOM and Wikidata Q786');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'united-states', 'cross-reference id: ISO 3166-1 alpha-3 USA and Wikidata Q30');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'france', 'cross-reference id: ISO 3166-1 alpha-3 FRA and Wikidata Q142');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'egypt', 'cross-reference id: ISO 3166-1 alpha-3 EGY and Wikidata Q79');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'jordan', 'cross-reference id: ISO 3166-1 alpha-3 JOR and Wikidata Q810');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'israel', 'cross-reference id: ISO 3166-1 alpha-3 ISR and Wikidata Q801');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'lebanon', 'cross-reference id: ISO 3166-1 alpha-3 LBN and Wikidata Q822');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'argentina', 'cross-reference id: ISO 3166-1 alpha-3 ARG and Wikidata Q414');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'uruguay', 'cross-reference id: ISO 3166-1 alpha-3 URY and Wikidata Q77');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'syria', 'cross-reference id: ISO 3166-1 alpha-3 SYR and Wikidata Q858');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'switzerland', 'cross-reference id: ISO 3166-1 alpha-3 CHE and Wikidata Q39');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'china', 'cross-reference id: ISO 3166-1 alpha-3 CHN and Wikidata Q148');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'united-kingdom', 'cross-reference id: ISO 3166-1 alpha-3 GBR and Wikidata Q145');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'belgium', 'cross-reference id: ISO 3166-1 alpha-3 BEL and Wikidata Q31');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'estonia', 'cross-reference id: ISO 3166-1 alpha-3 EST and Wikidata Q191');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('owid-countries-regions', 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts', 'germany', 'cross-reference id: ISO 3166-1 alpha-3 DEU and Wikidata Q183');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-world-cabinets', 'https://github.com/every-politician-scrapers/world/blob/4a3b394d9a35d26d138cded8718d0805b7ce9336/wikidata/results/2017-cabinets.csv', 'nkr', 'cross-reference id: Wikidata Q244165');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('supraverden-bodies', 'https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md', 'un', 'cross-reference id: Wikidata Q1065');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('supraverden-bodies', 'https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md', 'unsc', 'cross-reference id: Wikidata Q37470');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('supraverden-bodies', 'https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md', 'oic', 'cross-reference id: Wikidata Q47543');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('supraverden-bodies', 'https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md', 'eu', 'cross-reference id: Wikidata Q458');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('supraverden-bodies', 'https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md', 'nato', 'cross-reference id: Wikidata Q7184');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('supraverden-bodies', 'https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md', 'csto', 'cross-reference id: Wikidata Q318693');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-world-leaders-2021', 'https://github.com/every-politician-scrapers/world-leaders-2021/blob/be7039cf5952d8121c4f1e24eea64cc5dd465633/data/wikidata.csv', 'nikol-pashinyan', 'cross-reference id: Wikidata Q7035479');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-world-leaders-2021', 'https://github.com/every-politician-scrapers/world-leaders-2021/blob/be7039cf5952d8121c4f1e24eea64cc5dd465633/data/wikidata.csv', 'ilham-aliyev', 'cross-reference id: Wikidata Q57371');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-world-leaders-2021', 'https://github.com/every-politician-scrapers/world-leaders-2021/blob/be7039cf5952d8121c4f1e24eea64cc5dd465633/data/wikidata.csv', 'armen-sarkissian', 'cross-reference id: Wikidata Q93153');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-armenia-ministers', 'https://github.com/every-politician-scrapers/armenia-ministers/blob/0f97f894d1206191bcc52e5925f00bac9a0299bf/html/holders21.csv', 'serzh-sargsyan', 'cross-reference id: Wikidata Q612803');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-armenia-ministers', 'https://github.com/every-politician-scrapers/armenia-ministers/blob/0f97f894d1206191bcc52e5925f00bac9a0299bf/html/holders21.csv', 'zohrab-mnatsakanyan', 'cross-reference id: Wikidata Q6510832');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-world-holders', 'https://github.com/every-politician-scrapers/world/blob/4a3b394d9a35d26d138cded8718d0805b7ce9336/html/holders21.csv', 'antonio-guterres', 'cross-reference id: Wikidata Q311440');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-world-leaders-2021', 'https://github.com/every-politician-scrapers/world-leaders-2021/blob/be7039cf5952d8121c4f1e24eea64cc5dd465633/data/wikidata.csv', 'abdel-fattah-el-sisi', 'cross-reference id: Wikidata Q307871');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-world-leaders-2021', 'https://github.com/every-politician-scrapers/world-leaders-2021/blob/be7039cf5952d8121c4f1e24eea64cc5dd465633/data/wikidata.csv', 'abdullah-ii', 'cross-reference id: Wikidata Q57464');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('monitorosm-capitals', 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'baku', 'cross-reference id: Wikidata Q9248');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('monitorosm-capitals', 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'yerevan', 'cross-reference id: Wikidata Q1953');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('monitorosm-capitals', 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'montevideo', 'cross-reference id: Wikidata Q1335');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('monitorosm-capitals', 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'buenos-aires', 'cross-reference id: Wikidata Q1486');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('monitorosm-capitals', 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'new-delhi', 'cross-reference id: Wikidata Q987');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('monitorosm-capitals', 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'hanoi', 'cross-reference id: Wikidata Q1858');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('monitorosm-capitals', 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'tehran', 'cross-reference id: Wikidata Q3616');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('monitorosm-capitals', 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'pretoria', 'cross-reference id: Wikidata Q3926');
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('monitorosm-capitals', 'https://github.com/OSM-Catalan/monitorOSM/blob/bec51e5aca0ef4344f4a53679695a4581e2d4b29/docs/reference/capitals.md', 'islamabad', 'cross-reference id: Wikidata Q1362');
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('everypolitician-azerbaijan-cabinet', 'EveryPolitician scrapers, Azerbaijani cabinet (Wikidata export)', NULL, 'every-politician-scrapers', NULL, 'https://github.com/every-politician-scrapers/azerbaijan-cabinet/blob/88e2221afaeb133eb9ac369d5a036c69bbeefc4d/html/holders21.csv', 'reference', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-azerbaijan-cabinet', 'https://github.com/every-politician-scrapers/azerbaijan-cabinet/blob/88e2221afaeb133eb9ac369d5a036c69bbeefc4d/html/holders21.csv', 'elmar-mammadyarov', 'cross-reference id: Wikidata Q58083');
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('everypolitician-argentina-ministers', 'EveryPolitician scrapers, Argentine ministers (Wikidata export)', NULL, 'every-politician-scrapers', NULL, 'https://github.com/every-politician-scrapers/argentina-ministers/blob/98105f511ea6ad6c9730e979190909cf34d9343b/html/holders21.csv', 'reference', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-argentina-ministers', 'https://github.com/every-politician-scrapers/argentina-ministers/blob/98105f511ea6ad6c9730e979190909cf34d9343b/html/holders21.csv', 'felipe-sola', 'cross-reference id: Wikidata Q1403237');
INSERT INTO sources (id, title, author, publisher, published, url, kind, paragraphs) VALUES ('everypolitician-tunisia-ministers', 'EveryPolitician scrapers, Tunisian ministers (Wikidata export)', NULL, 'every-politician-scrapers', NULL, 'https://github.com/every-politician-scrapers/tunisia-ministers/blob/6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe/html/holders21.csv', 'reference', NULL);
INSERT INTO citations (source_id, locator, actor_id, note) VALUES ('everypolitician-tunisia-ministers', 'https://github.com/every-politician-scrapers/tunisia-ministers/blob/6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe/html/holders21.csv', 'khemaies-jhinaoui', 'cross-reference id: Wikidata Q3196140');
