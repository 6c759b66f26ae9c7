"""What each table and column of the database means, in the words of docs/codebook.md.

Used by kcli schema and by kcli browse (Datasette's descriptions); tests/test_web.py fails when this
copy and the codebook drift apart."""

# Every table and column the database has, described: taken from docs/codebook.md (backticks dropped,
# "closed vocabulary below" spelled out). tests/test_web.py fails when the two drift apart.
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "meta": (
        "Key–value facts about the build.",
        {
            "key": "schema_version, data_version (a date, YYYY.MM.DD), newest_source (added by the build: the "
            "newest publication date among the sources), seed_sha256 (added by the build: SHA-256 of the seed "
            "file) or content_sha256 (added by the build: SHA-256 of the seed tables' rows, which kcli db check "
            "compares)",
            "value": "the value, as text",
        },
    ),
    "sources": (
        "One row per document cited.",
        {
            "id": "slug",
            "title": "the document's title or headline, in its own language; [bracketed] if supplied by us",
            "author": "named author, if any",
            "publisher": "outlet or institution; a wire service it carries is added in brackets, e.g. AzVision "
            "(Reuters)",
            "published": "partial date of publication, if known",
            "url": "the address actually consulted; also the locator of its citations",
            "kind": "one of memo, document, news, reference, statement, opinion",
            "paragraphs": "set only for a source cited by paragraph number (the memo: 20)",
        },
    ),
    "actors": (
        "Everyone and everything that acts or is acted upon: states, organisations, people, places, media.",
        {
            "id": "slug",
            "name": "the usual English name, with its proper accents (Elif Çomoğlu Ülgen)",
            "kind": "one of state, quasi-state, subnational, organisation, un-body, party, person, place, "
            "armed-group, media, agency, ngo",
            "summary": "who or what it is and its part in the story, in one or two sentences",
            "iso3": "ISO 3166-1 alpha-3 code; left NULL until confirmed from a source",
            "wikidata": "Wikidata item id (Q…); left NULL until confirmed from a source",
            "region": "a state's UN M49 region: Africa, Americas, Asia, Europe or Oceania",
            "subregion": "a state's UN M49 sub-region, as M49 spells it (Western Asia, Latin America and the "
            "Caribbean)",
            "latitude": "a place's point in decimal degrees (WGS84), cited to GeoNames or Wikidata; both or neither",
            "longitude": "a place's point in decimal degrees (WGS84), cited to GeoNames or Wikidata; both or neither",
            "date": "the actor's lifetime: founded, born or proclaimed; dissolved, died or ended (partial dates)",
            "end_date": "the actor's lifetime: founded, born or proclaimed; dissolved, died or ended (partial dates)",
            "span_start": "added by the build, never in the seed (see Dates and their precision in docs/codebook.md)",
            "span_end": "added by the build, never in the seed (see Dates and their precision in docs/codebook.md)",
            "sort_day": "added by the build: where the record sorts in date order, the last day its date covers (a "
            "year-only date follows the days of its year)",
        },
    ),
    "aliases": (
        "Other names for an actor. After folding (lower case, no accents, punctuation to spaces: see "
        "karabakh_cli/text.py), no alias may equal another actor's name or alias; the build checks this. Two "
        "people who share a surname get full-name aliases only (Serzh Sargsyan and Armen Sarkissian have no "
        "bare-surname alias).",
        {
            "alias": "the other name, as written (unique, case-insensitively)",
            "actor_id": "the actor it names",
            "kind": "one of abbreviation, short-name, full-name, former-name, transliteration, other-language, "
            "misspelling, local-name",
            "note": 'language, where it comes from (e.g. "memo ¶17"), or why it is listed',
        },
    ),
    "topics": (
        "What positions are about.",
        {"id": "slug", "name": "short name", "description": "the question the topic asks"},
    ),
    "events": (
        "Things that happened, with their dates.",
        {
            "id": "slug starting with the date",
            "date": "partial dates (see Dates and their precision in docs/codebook.md)",
            "end_date": "partial dates (see Dates and their precision in docs/codebook.md)",
            "kind": "one of war, military, ceasefire, resolution, meeting, statement, diplomatic, recognition, "
            "visit, agreement, protest, publication, political, aid, disaster, institutional",
            "title": 'one-line title; an unverified memo claim says so ("(memo\'s claim)")',
            "summary": "what happened, in our words",
            "status": "verified, partial or unverified",
            "scope": "conflict, or context for the memo's background that is not the conflict (other wars, a flood "
            "elsewhere): kcli timeline leaves context out unless --all is given",
            "span_start": "added by the build, never in the seed (see Dates and their precision in docs/codebook.md)",
            "span_end": "added by the build, never in the seed (see Dates and their precision in docs/codebook.md)",
            "sort_day": "added by the build: where the record sorts in date order, the last day its date covers (a "
            "year-only date follows the days of its year)",
        },
    ),
    "event_actors": (
        "Who took part in an event and how; one row per actor and role (an actor may have two roles).",
        {
            "event_id": "the event",
            "actor_id": "the actor",
            "role": "one of initiator, target, mediator, signatory, supporter, opponent, subject, "
            "participant, author, recipient, host, location",
        },
    ),
    "positions": (
        "An actor's stance on a topic, over a period.",
        {
            "id": "slug, actor then topic",
            "actor_id": "who, and on what",
            "topic_id": "who, and on what",
            "stance": "one of supports, opposes, neutral, ambiguous",
            "date": "when the stance is attested (open ends: see Dates and their precision in docs/codebook.md)",
            "end_date": "when the stance is attested (open ends: see Dates and their precision in docs/codebook.md)",
            "summary": "the stance in our words, with its basis",
            "status": "verified, partial or unverified",
            "span_start": "added by the build, never in the seed",
            "span_end": "added by the build, never in the seed",
            "sort_day": "added by the build: where the record sorts in date order, the last day its date covers (a "
            "year-only date follows the days of its year)",
        },
    ),
    "relations": (
        "Ties between two actors over time: subject —predicate→ object, from date to end_date.",
        {
            "id": "slug",
            "subject_id": "the two actors (never the same)",
            "object_id": "the two actors (never the same)",
            "predicate": "one of member, permanent-member, elected-member, observer, chair, co-chair, "
            "presides, office-holder, ambassador-to, part-of, located-in, allied-with, supports, "
            "does-not-recognise, diplomatic-relations, founded, leads",
            "date": "when the tie held (open ends: see Dates and their precision in docs/codebook.md)",
            "end_date": "when the tie held (open ends: see Dates and their precision in docs/codebook.md)",
            "summary": "the tie in our words",
            "status": "verified, partial or unverified",
            "span_start": "added by the build, never in the seed",
            "span_end": "added by the build, never in the seed",
            "sort_day": "added by the build: where the record sorts in date order, the last day its date covers (a "
            "year-only date follows the days of its year)",
        },
    ),
    "votes": (
        "A decision of a body on a text: a recorded vote with its tally and roll call, or a text adopted without a "
        "vote.",
        {
            "id": "slug of the document symbol (a-res-62-243)",
            "body_id": "the body that voted (un-general-assembly)",
            "symbol": "the document symbol as the body writes it (A/RES/62/243, S/RES/822 (1993), Resolution 2517 "
            "(2023)); where a house gives none, a short label of the house and the day (Sénat, 25 nov. 2020); kcli "
            "vote also takes other spellings (s/res/822, PACE 2517)",
            "date": "the day of the vote",
            "title": "the text's title",
            "summary": "what the text asked, in our words",
            "method": "one of recorded, without-vote, consensus, non-recorded",
            "yes": "the tally of a recorded vote (NULL otherwise); kcli db check compares it with the ballots",
            "no": "the tally of a recorded vote (NULL otherwise); kcli db check compares it with the ballots",
            "abstain": "the tally of a recorded vote (NULL otherwise); kcli db check compares it with the ballots",
            "absent": "the tally of a recorded vote (NULL otherwise); kcli db check compares it with the ballots",
            "status": "verified, partial or unverified (see Status)",
            "span_start": "added by the build, never in the seed",
            "span_end": "added by the build, never in the seed",
            "sort_day": "added by the build: where the record sorts in date order, the last day its date covers (a "
            "year-only date follows the days of its year)",
        },
    ),
    "ballots": (
        "How each state voted in a recorded vote: its roll call, cited through the vote's citations.",
        {
            "vote_id": "the vote",
            "actor_id": "the state",
            "choice": "one of yes, no, abstain, absent, non-member",
        },
    ),
    "errata": (
        "Where a source (so far always the memo) is wrong, outdated or unclear.",
        {
            "id": "slug",
            "source_id": "the source and place that err (ponars-704, '¶3')",
            "locator": "the source and place that err (ponars-704, '¶3')",
            "says": "what it says, as a short quotation in curly quotes",
            "correction": "what is right, or what could and could not be confirmed",
            "kind": "one of error, outdated, ambiguity, spelling, unverified",
        },
    ),
    "errata_records": (
        "Links an erratum to each record it concerns, named by its kind and id; the build checks that the "
        "record exists.",
        {
            "erratum_id": "the erratum",
            "record_type": "the kind of record concerned: actor, event, position, relation (karabakh_cli/kinds.py)",
            "record_id": "the id of the record concerned",
        },
    ),
    "citations": (
        "Which source backs which record.",
        {
            "source_id": "the source",
            "locator": "'¶N' for the memo; the source's URL for any other source",
            "record_type": "the kind of record it backs: actor, event, position, relation or erratum "
            "(karabakh_cli/kinds.py)",
            "record_id": "the id of the record it backs",
            "note": "what it supports, when that needs saying",
        },
    ),
    "former_ids": (
        "An id a record had before it was renamed, so that old references still resolve: kcli event and "
        "kcli cite answer an old id with the record under its current id.",
        {
            "old_id": "the id the record had",
            "record_type": "the kind of record: actor, event, position, relation, vote or erratum "
            "(karabakh_cli/kinds.py)",
            "record_id": "the record's id now",
        },
    ),
    "actor_names": (
        "Every way to name an actor, folded for lookup. One row per actor id, per actor name and per alias.",
        {
            "key": "the folded label: lower case, accents removed, punctuation and runs of spaces turned "
            "into one space (karabakh_cli.text.fold)",
            "actor_id": "the actor named",
            "label": "the label as written",
            "field": "where the label comes from: id (the actor's id), name (its name) or alias (a row of aliases)",
        },
    ),
    "event_spans": (
        "An R*Tree over each event's span, so a date window finds its events without reading every event "
        "before it. The event_spans_* tables are the R*Tree's own storage.",
        {
            "id": "the event's rowid in events",
            "first_day": "the first day the event may cover, as a day number (1 is 0001-01-01)",
            "last_day": "the last day the event may cover (its end date's, if any), as a day number",
        },
    ),
    "search_records": (
        "The full-text index behind kcli search: one row per actor, event, position, relation and "
        "erratum, indexed with SQLite FTS5 (tokenizer unicode61 remove_diacritics 2). The "
        "search_records_fts_* tables are FTS5's own storage.",
        {
            "type": "actor, event, position, relation or erratum",
            "record_id": "the record's id",
            "title": 'actor name; event title; "actor: topic" for a position; "subject predicate object" '
            "for a relation; says for an erratum",
            "body": "summary (for an actor, followed by its aliases); correction for an erratum",
        },
    ),
}
