"""Records to diagram text: the network of relations, positions and events as Mermaid or Graphviz DOT,
and events as a Mermaid timeline. Pure functions: no SQL, no Rich; output is sorted so it diffs well."""

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from karabakh_cli.dates import format_date, format_span
from karabakh_cli.models import Event, Position, Relation
from karabakh_cli.text import safe

# Node kinds, in the order they are listed; actors take the kind of the actor (state, person...).
TOPIC = "topic"
EVENT = "event"
# Actor kinds drawn with rounded corners: bodies that states belong to.
_BODIES = frozenset({"organisation", "un-body"})
# Edge kinds: a relation between actors, an actor's stance on a topic, an actor's part in an event.
RELATION, POSITION, ROLE = "relation", "position", "role"


@dataclass(frozen=True, order=True)
class Node:
    """One box in the diagram: an actor, a topic or an event; key is unique across kinds."""

    key: str
    label: str
    kind: str


@dataclass(frozen=True, order=True)
class Edge:
    """One arrow: source and target are node keys; kind is relation, position or role."""

    source: str
    target: str
    kind: str
    label: str


@dataclass(frozen=True)
class Graph:
    """Nodes and edges, each sorted; focus is the key of the actor the graph is about, if any."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    focus: str | None = None


def actor_key(actor_id: str) -> str:
    """The node key of an actor."""
    return f"actor:{actor_id}"


def build_graph(
    relations: Iterable[Relation] = (),
    positions: Iterable[Position] = (),
    events: Iterable[Event] = (),
    actor_kinds: dict[str, str] | None = None,
    focus: str | None = None,
) -> Graph:
    """Collect the nodes and edges of relations, positions and event roles, deduplicated and sorted.

    actor_kinds maps actor ids to their kind (state, organisation...) for the node shapes."""
    kinds = actor_kinds or {}
    nodes: dict[str, Node] = {}
    edges: set[Edge] = set()

    def actor(actor_id: str, name: str) -> str:
        key = actor_key(actor_id)
        nodes.setdefault(key, Node(key, name, kinds.get(actor_id, "actor")))
        return key

    for relation in relations:
        source = actor(relation.subject_id, relation.subject_name)
        target = actor(relation.object_id, relation.object_name)
        predicate = relation.predicate.replace("-", " ").replace("co chair", "co-chair")
        label = _with_span(predicate, relation.date, relation.end_date)
        edges.add(Edge(source, target, RELATION, label))
    for position in positions:
        source = actor(position.actor_id, position.actor_name)
        target = f"topic:{position.topic_id}"
        nodes.setdefault(target, Node(target, position.topic_name, TOPIC))
        edges.add(Edge(source, target, POSITION, _with_span(position.stance, position.date, position.end_date)))
    for event in events:
        target = f"event:{event.id}"
        nodes.setdefault(target, Node(target, f"{format_span(event.date, event.end_date)}: {event.title}", EVENT))
        for participant in event.participants:
            edges.add(Edge(actor(participant.actor_id, participant.name), target, ROLE, participant.role))
    focus_key = actor_key(focus) if focus is not None else None
    return Graph(tuple(sorted(nodes.values(), key=_node_order)), tuple(sorted(edges)), focus_key)


def _with_span(text: str, date: str | None, end_date: str | None) -> str:
    span = format_span(date, end_date)
    if date is not None and end_date is None:
        span = f"from {span}"
    return f"{text}, {span}" if span else text


def _node_order(node: Node) -> tuple[int, str]:
    return ({TOPIC: 1, EVENT: 2}.get(node.kind, 0), node.key)


# --- Mermaid -----------------------------------------------------------------------------------

# Mermaid node shapes by node kind: (opening, closing) around the quoted label.
_MERMAID_SHAPES = {TOPIC: ("{{", "}}"), EVENT: ("([", "])")}
_MERMAID_ARROWS = {RELATION: "-->", POSITION: "-.->", ROLE: "---"}
# Mermaid's classes, so a rendered diagram tells kinds apart; shapes already do so without colour.
_MERMAID_CLASSES = {
    "focus": "stroke-width:3px",
    "body": "fill:#eef3fb,stroke:#4a6fa5",
    TOPIC: "fill:#fdf6e3,stroke:#b58900",
    EVENT: "fill:#f4f4f4,stroke:#777",
}


def mermaid_id(key: str) -> str:
    """A Mermaid node id for a node key: letters, digits and underscores only.

    Keys made of the characters kcli ids allow map one to one; any other key gets a hash suffix so
    two hostile keys cannot collide."""
    kind, _, rest = key.partition(":")
    safe = re.sub(r"[^A-Za-z0-9]", "_", rest)
    if not re.fullmatch(r"[a-z0-9-]+", rest):
        safe = f"{safe}_{hashlib.sha256(rest.encode()).hexdigest()[:8]}"
    # The kind prefix keeps ids clear of Mermaid's keywords ('end') and of arrow heads ('o', 'x').
    return f"{re.sub(r'[^A-Za-z0-9]', '_', kind) or 'node'}_{safe}"


def mermaid_text(text: str) -> str:
    """A label for inside Mermaid's double quotes: quotes and markup characters as entity codes."""
    text = safe(" ".join(text.split()), one_line=True)
    # '#' first: it starts Mermaid's entity codes, so a literal one must itself be a code.
    for char, code in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;"), ("|", "#124;")):
        text = text.replace(char, code)
    return text


# Mermaid (and so GitHub) renders no diagram with more edges than this ("Too many edges"), nor one longer
# than this many characters ("Maximum text size in diagram exceeded").
MERMAID_MAX_EDGES = 500
MERMAID_MAX_TEXT = 50_000


def mermaid_limit_exceeded(graph: Graph, text: str) -> str | None:
    """What makes the Mermaid text of graph too big to render, or None when it renders."""
    if len(graph.edges) > MERMAID_MAX_EDGES:
        return f"the graph has {len(graph.edges)} ties, more than Mermaid draws ({MERMAID_MAX_EDGES})"
    if len(text) > MERMAID_MAX_TEXT:
        return f"the diagram is {len(text)} characters long, more than Mermaid reads ({MERMAID_MAX_TEXT})"
    return None


def render_mermaid(graph: Graph, title: str | None = None) -> str:
    """The graph as a Mermaid flowchart, left to right, for a ```mermaid block in GitHub Markdown."""
    lines = ["---", f"title: {_yaml_text(title)}", "---"] if title else []
    lines.append("flowchart LR")
    for node in graph.nodes:
        opening, closing = _MERMAID_SHAPES.get(node.kind, ("(", ")") if node.kind in _BODIES else ("[", "]"))
        lines.append(f'    {mermaid_id(node.key)}{opening}"{mermaid_text(node.label)}"{closing}')
    for edge in graph.edges:
        arrow = _MERMAID_ARROWS[edge.kind]
        lines.append(f'    {mermaid_id(edge.source)} {arrow}|"{mermaid_text(edge.label)}"| {mermaid_id(edge.target)}')
    members = {
        "body": [node for node in graph.nodes if node.kind in _BODIES],
        TOPIC: [node for node in graph.nodes if node.kind == TOPIC],
        EVENT: [node for node in graph.nodes if node.kind == EVENT],
        "focus": [node for node in graph.nodes if node.key == graph.focus],
    }
    for name, nodes in members.items():
        if nodes:
            lines.append(f"    classDef {name} {_MERMAID_CLASSES[name]}")
            lines.append(f"    class {','.join(mermaid_id(node.key) for node in nodes)} {name}")
    return "\n".join(lines) + "\n"


def _yaml_text(text: str) -> str:
    """A YAML single-quoted scalar, for the title in Mermaid's front matter (which takes no entity codes)."""
    return "'" + safe(" ".join(text.split()), one_line=True).replace("'", "''") + "'"


# --- Graphviz DOT ------------------------------------------------------------------------------

_DOT_SHAPES = {TOPIC: 'shape=hexagon, style=filled, fillcolor="#fdf6e3"', EVENT: "shape=ellipse, style=dashed"}
_DOT_EDGES = {RELATION: "style=solid", POSITION: "style=dashed", ROLE: "style=dotted, arrowhead=none"}


def dot_quote(text: str) -> str:
    """A DOT quoted string: backslashes and double quotes escaped, line breaks as spaces."""
    text = safe(" ".join(text.split()), one_line=True)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_dot(graph: Graph, title: str | None = None) -> str:
    """The graph in Graphviz DOT, for `dot -Tsvg`."""
    lines = ["digraph kcli {", "    graph [rankdir=LR, fontname=Helvetica];"]
    if title:
        lines.append(f"    graph [label={dot_quote(title)}, labelloc=t];")
    lines += ["    node [shape=box, fontname=Helvetica];", "    edge [fontname=Helvetica, fontsize=10];"]
    for node in graph.nodes:
        shape = _DOT_SHAPES.get(node.kind, "shape=box, style=rounded" if node.kind in _BODIES else "shape=box")
        if node.key == graph.focus:
            shape += ", penwidth=3"
        lines.append(f"    {dot_quote(node.key)} [label={dot_quote(node.label)}, {shape}];")
    for edge in graph.edges:
        attributes = f"label={dot_quote(edge.label)}, {_DOT_EDGES[edge.kind]}"
        lines.append(f"    {dot_quote(edge.source)} -> {dot_quote(edge.target)} [{attributes}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


# --- Mermaid timeline ----------------------------------------------------------------------------


def timeline_text(text: str) -> str:
    """Text for a Mermaid timeline: like a label, and ':' (its separator) as an entity code too."""
    return mermaid_text(text).replace(":", "#58;")


def render_timeline_mermaid(events: Sequence[Event], title: str | None = None) -> str:
    """Events as a Mermaid timeline: a section a month, a period a date, its events beside it."""
    lines = ["timeline"]
    if title:
        lines.append(f"    title {timeline_text(title)}")
    section, period = None, None
    for event in events:
        month = event.date[:7]
        if month != section:
            section, period = month, None
            lines.append(f"    section {timeline_text(format_date(month))}")
        span = format_span(event.date, event.end_date)
        if span == period:
            lines.append(f"        : {timeline_text(event.title)}")
        else:
            period = span
            lines.append(f"        {timeline_text(span)} : {timeline_text(event.title)}")
    return "\n".join(lines) + "\n"


def graph_title(actor_name: str | None, topics: Sequence[str], as_of: str | None) -> str:
    """The diagram's title: whose ties, on which topics, as of when."""
    title = actor_name or ("All actors" if topics else "Overview: ties other than memberships and places, and stances")
    if topics:
        title += ": stances on " + ", ".join(topics)
    if as_of:
        title += f", as of {format_date(as_of)}"
    return title
