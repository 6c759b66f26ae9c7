"""Write a synthetic kcli seed of any size: the real schema (Part 1 of db/seed.sql) plus generated rows.

    .venv/bin/python benchmarks/gen_seed.py --events 100000 --output /tmp/kcli-scale/seed-100k.sql

The rows pass every check of the build (karabakh_cli/checks.py): every fact is cited, locators fit
their source, dates are real calendar dates, no name or alias is shared, every actor takes part in
something. They follow the shipped seed's layout (one INSERT a line, grouped by table), so a build
of a synthetic seed exercises the same code path as the real one.

Shape, for N events (deterministic for a given N and --seed):
- dates from year 1000 to 2025, so a 50-event window exists at every size; 97% day precision,
  2.5% month, 0.5% year; 5% of events last 1-10 days; three events last several years;
- N/100 actors (at least 60), 5% of them organisations; one alias for every fourth actor;
- 1-3 participants an event; N/20 positions on 12 topics; N/10 relations, 80% of them memberships;
- one citation for every fact (a tenth of the events have two); N/2000 errata (at least 3);
- fixed-size probes that do not grow with N, for the scale benchmark: organisation `org-probe`
  with exactly 40 membership relations (20 hold on 2005-06-15), actor `actor-probe` with 2 aliases,
  and the word `tavush` in exactly 25 event summaries (`ceasefire` is in about 5% of them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_SEED = ROOT / "db" / "seed.sql"

EVENT_KINDS = (
    "war",
    "military",
    "ceasefire",
    "resolution",
    "meeting",
    "statement",
    "diplomatic",
    "recognition",
    "visit",
    "agreement",
    "protest",
    "publication",
    "political",
    "aid",
    "disaster",
    "institutional",
)
ACTOR_KINDS = (
    "state",
    "quasi-state",
    "subnational",
    "party",
    "person",
    "place",
    "armed-group",
    "media",
    "agency",
    "ngo",
)
ROLES = (
    "initiator",
    "target",
    "mediator",
    "signatory",
    "supporter",
    "opponent",
    "subject",
    "participant",
    "author",
    "recipient",
    "host",
    "location",
)
STATUSES = ("verified", "partial", "unverified")
STANCES = ("supports", "opposes", "neutral", "ambiguous")
MEMBERSHIP = ("member", "permanent-member", "elected-member", "chair", "co-chair")
OTHER_PREDICATES = ("allied-with", "supports", "diplomatic-relations", "does-not-recognise", "part-of")
ALIAS_KINDS = ("abbreviation", "short-name", "full-name", "former-name", "transliteration")
WORDS = (
    "border",
    "talks",
    "envoy",
    "summit",
    "shelling",
    "corridor",
    "treaty",
    "mission",
    "refugees",
    "observers",
    "minister",
    "parliament",
    "declaration",
    "negotiations",
    "offensive",
    "withdrawal",
    "monitoring",
    "convoy",
    "delegation",
    "sanctions",
    "humanitarian",
    "statement",
    "mediation",
    "protocol",
    "agreement",
    "frontline",
)
FIRST_DAY = dt.date(1000, 1, 1).toordinal()
LAST_DAY = dt.date(2025, 12, 31).toordinal()
MEMO_PARAGRAPHS = 500
N_SOURCES = 40
N_TOPICS = 12


def schema_text(seed: Path = REAL_SEED) -> str:
    """Part 1 of the real seed: everything before the '-- Part 2: rows' banner."""
    lines = seed.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines):
        if line.startswith("-- Part 2"):
            # Drop the banner's rule line above it too.
            end = number - 1 if lines[number - 1].startswith("---") else number
            return "".join(lines[:end])
    raise SystemExit(f"{seed}: no '-- Part 2' banner; cannot find the schema")


def q(value: object) -> str:
    """A SQL literal."""
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def row(table: str, columns: str, *values: object) -> str:
    return f"INSERT INTO {table} ({columns}) VALUES ({', '.join(q(v) for v in values)});\n"


def _day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


class Seed:
    def __init__(self, events: int, rng: random.Random) -> None:
        self.n_events = events
        self.rng = rng
        self.n_actors = max(60, events // 100)
        self.n_orgs = max(3, self.n_actors // 20)
        self.sources = [f"src-{i:02d}" for i in range(N_SOURCES)]  # src-00 is the memo
        self.citations: list[str] = []

    def cite(self, column: str, record_id: str) -> None:
        source = self.rng.choice(self.sources)
        # The memo is cited by paragraph, every other source by its URL.
        locator = f"¶{self.rng.randint(1, MEMO_PARAGRAPHS)}" if source == "src-00" else f"https://example.org/{source}"
        kind = column.removesuffix("_id")
        self.citations.append(
            row("citations", "source_id, locator, record_type, record_id, note", source, locator, kind, record_id, None)
        )

    def actor_id(self, index: int) -> str:
        return f"org-{index:06d}" if index < self.n_orgs else f"actor-{index:06d}"

    def write(self, out) -> dict[str, int]:
        rng = self.rng
        counts: dict[str, int] = {}
        out.write(schema_text())
        out.write("\n-- Part 2: rows (synthetic, benchmarks/gen_seed.py)\n\n")
        out.write(row("meta", "key, value", "schema_version", "2"))
        out.write(row("meta", "key, value", "data_version", f"synthetic-{self.n_events}"))

        for i, source in enumerate(self.sources):
            if i == 0:
                out.write(
                    row(
                        "sources",
                        "id, title, author, publisher, published, url, kind, paragraphs",
                        source,
                        "Synthetic memo",
                        "Bench Author",
                        "Bench Press",
                        "2021-07",
                        None,
                        "memo",
                        MEMO_PARAGRAPHS,
                    )
                )
            else:
                out.write(
                    row(
                        "sources",
                        "id, title, author, publisher, published, url, kind, paragraphs",
                        source,
                        f"Synthetic report {i}",
                        None,
                        "Bench News",
                        "2020-10-01",
                        f"https://example.org/{source}",
                        "news",
                        None,
                    )
                )
        counts["sources"] = len(self.sources)

        # Actors: organisations first, then the rest; actor-probe is a fixed, named one.
        for index in range(self.n_actors):
            actor = self.actor_id(index)
            kind = "organisation" if index < self.n_orgs else ACTOR_KINDS[index % len(ACTOR_KINDS)]
            name = f"Organisation {index:06d}" if index < self.n_orgs else f"Actor {index:06d}"
            summary = f"Synthetic {kind} number {index}, {rng.choice(WORDS)} and {rng.choice(WORDS)}."
            out.write(row("actors", "id, name, kind, summary, iso3, wikidata", actor, name, kind, summary, None, None))
            self.cite("actor_id", actor)
        out.write(
            row(
                "actors",
                "id, name, kind, summary, iso3, wikidata",
                "actor-probe",
                "Probe Republic",
                "state",
                "The fixed actor the scale benchmark looks up.",
                "PRB",
                "Q42",
            )
        )
        self.cite("actor_id", "actor-probe")
        out.write(
            row(
                "actors",
                "id, name, kind, summary, iso3, wikidata",
                "org-probe",
                "Probe Union",
                "organisation",
                "The fixed organisation whose members the scale benchmark lists.",
                None,
                None,
            )
        )
        self.cite("actor_id", "org-probe")
        counts["actors"] = self.n_actors + 2

        aliases = 0
        for index in range(0, self.n_actors, 4):
            out.write(
                row(
                    "aliases",
                    "alias, actor_id, kind, note",
                    f"Alias {index:06d}",
                    self.actor_id(index),
                    ALIAS_KINDS[index % len(ALIAS_KINDS)],
                    None,
                )
            )
            aliases += 1
        for alias in ("Probia", "Republic of Probe"):
            out.write(row("aliases", "alias, actor_id, kind, note", alias, "actor-probe", "short-name", None))
            aliases += 1
        counts["aliases"] = aliases

        event_ids = self._events(out)
        counts["events"] = len(event_ids)
        counts["event_actors"] = self._participants(out, event_ids)

        for i in range(N_TOPICS):
            out.write(row("topics", "id, name, description", f"topic-{i:02d}", f"Topic {i}", f"Synthetic topic {i}."))
        counts["topics"] = N_TOPICS

        counts["positions"] = self._positions(out)
        counts["relations"] = self._relations(out)
        counts["errata"] = self._errata(out, event_ids)

        out.write("\n")
        out.writelines(self.citations)
        counts["citations"] = len(self.citations)
        return counts

    def _span(self) -> tuple[str, str | None]:
        rng = self.rng
        start = rng.randint(FIRST_DAY, LAST_DAY - 40)
        draw = rng.random()
        if draw < 0.005:
            return _day(start)[:4], None
        if draw < 0.03:
            return _day(start)[:7], None
        if draw < 0.08:
            return _day(start), _day(start + rng.randint(1, 10))
        return _day(start), None

    def _events(self, out) -> list[str]:
        rng = self.rng
        out.write("\n")
        ids = []
        tavush = set(rng.sample(range(self.n_events), min(25, self.n_events)))
        long_ones = {0: ("1988-02", "1994-05"), 1: ("1991", "2020"), 2: ("2020-09-27", "2023-09-19")}
        for i in range(self.n_events):
            event_id = f"ev-{i:07d}"
            date, end_date = long_ones.get(i) or self._span()
            kind = EVENT_KINDS[i % len(EVENT_KINDS)]
            words = rng.sample(WORDS, 3)
            if rng.random() < 0.05:
                words.append("ceasefire")
            if i in tavush:
                words.append("tavush")
            title = f"Event {i}: {words[0]} {words[1]}"
            summary = f"Synthetic {kind} about {' and '.join(words)}."
            status = STATUSES[i % len(STATUSES)]
            out.write(
                row(
                    "events",
                    "id, date, end_date, kind, title, summary, status",
                    event_id,
                    date,
                    end_date,
                    kind,
                    title,
                    summary,
                    status,
                )
            )
            self.cite("event_id", event_id)
            if i % 10 == 0:
                self.cite("event_id", event_id)
            ids.append(event_id)
        return ids

    def _participants(self, out, event_ids: list[str]) -> int:
        rng = self.rng
        out.write("\n")
        total = 0
        n = self.n_actors
        for i, event_id in enumerate(event_ids):
            # The first participant walks through every actor, so all are reachable.
            actors = {self.actor_id(i % n)}
            for _ in range(rng.randint(0, 2)):
                actors.add(self.actor_id(rng.randrange(n)))
            if i % 997 == 0:
                actors.add("actor-probe")
            for actor in sorted(actors):
                out.write(row("event_actors", "event_id, actor_id, role", event_id, actor, rng.choice(ROLES)))
                total += 1
        return total

    def _positions(self, out) -> int:
        rng = self.rng
        out.write("\n")
        count = max(20, self.n_events // 20)
        for i in range(count):
            actor = self.actor_id(rng.randrange(self.n_actors))
            if rng.random() < 0.3:
                date, end_date = None, None
            else:
                start = rng.randint(FIRST_DAY, LAST_DAY - 400)
                date = _day(start)
                end_date = _day(start + rng.randint(1, 365)) if rng.random() < 0.3 else None
            out.write(
                row(
                    "positions",
                    "id, actor_id, topic_id, stance, date, end_date, summary, status",
                    f"pos-{i:07d}",
                    actor,
                    f"topic-{rng.randrange(N_TOPICS):02d}",
                    rng.choice(STANCES),
                    date,
                    end_date,
                    f"Synthetic position {i}.",
                    rng.choice(STATUSES),
                )
            )
            self.cite("position_id", f"pos-{i:07d}")
        return count

    def _relations(self, out) -> int:
        rng = self.rng
        out.write("\n")
        count = max(100, self.n_events // 10)
        columns = "id, subject_id, predicate, object_id, date, end_date, summary, status"
        written = 0
        # The probe organisation: 40 members, the even ones holding on 2005-06-15, the odd ones ended before.
        for k in range(40):
            subject = self.actor_id(self.n_orgs + k)
            date, end_date = ("2001-03-04", None) if k % 2 == 0 else ("1990-01-01", "1999-12-31")
            out.write(
                row(
                    "relations",
                    columns,
                    f"rel-probe-{k:02d}",
                    subject,
                    MEMBERSHIP[k % 3],
                    "org-probe",
                    date,
                    end_date,
                    f"Probe membership {k}.",
                    "verified",
                )
            )
            self.cite("relation_id", f"rel-probe-{k:02d}")
            written += 1
        for i in range(count):
            subject = self.actor_id(rng.randrange(self.n_orgs, self.n_actors))
            if rng.random() < 0.8:
                predicate, obj = rng.choice(MEMBERSHIP), self.actor_id(rng.randrange(self.n_orgs))
            else:
                predicate, obj = rng.choice(OTHER_PREDICATES), self.actor_id(rng.randrange(self.n_actors))
                if obj == subject:
                    obj = self.actor_id((self.n_actors - 1) if subject != self.actor_id(self.n_actors - 1) else 0)
            if rng.random() < 0.2:
                date, end_date = None, None
            else:
                start = rng.randint(FIRST_DAY, LAST_DAY - 4000)
                date = _day(start)[: rng.choice((4, 7, 10))]
                end_date = _day(start + rng.randint(400, 3650))[:4] if rng.random() < 0.5 else None
            out.write(
                row(
                    "relations",
                    columns,
                    f"rel-{i:07d}",
                    subject,
                    predicate,
                    obj,
                    date,
                    end_date,
                    f"Synthetic relation {i}.",
                    rng.choice(STATUSES),
                )
            )
            self.cite("relation_id", f"rel-{i:07d}")
            written += 1
        return written

    def _errata(self, out, event_ids: list[str]) -> int:
        rng = self.rng
        out.write("\n")
        count = max(3, self.n_events // 2000)
        for i in range(count):
            erratum = f"err-{i:06d}"
            source = rng.choice(self.sources[1:])
            out.write(
                row(
                    "errata",
                    "id, source_id, locator, says, correction, kind",
                    erratum,
                    source,
                    f"https://example.org/{source}",
                    f"Says {i}.",
                    f"Correction {i}.",
                    "error",
                )
            )
            out.write(
                row("errata_records", "erratum_id, record_type, record_id", erratum, "event", rng.choice(event_ids))
            )
            self.cite("erratum_id", erratum)
        return count


def generate(events: int, output: Path, seed: int = 42) -> dict[str, int]:
    """Write a synthetic seed with this many events to output; return the row counts."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        return Seed(events, random.Random(seed)).write(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic kcli seed (real schema, generated rows).")
    parser.add_argument("--events", type=int, required=True, help="number of events (1000, 100000, 1000000...)")
    parser.add_argument("--output", type=Path, required=True, help="the .sql file to write")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    args = parser.parse_args(argv)
    counts = generate(args.events, args.output, args.seed)
    size = args.output.stat().st_size
    print(f"{args.output}: {size / 1e6:.1f} MB, " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
