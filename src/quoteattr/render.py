"""A standalone HTML page that shows a text with its claims, cues and speakers highlighted.

Reading claims in context is how people check an extraction, so the page needs nothing but a
browser: inline CSS, no script, no external asset. Spans may nest or cross (a speaker named
inside another claim, a cue inside an incise), so the markup is built from sorted boundary
events with a stack, closing and reopening elements where spans cross; every element is then
properly nested and the text between tags is the caller's text, escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from quoteattr.model import Claim, Span, Speaker

# (strong, light) pairs: the strong colour marks speakers and the legend, the light one claims.
_PALETTE: Final = (
    ("#1f77b4", "#dbe9f6"),
    ("#d62728", "#f9dcdc"),
    ("#2ca02c", "#dcf2dc"),
    ("#9467bd", "#ebe1f4"),
    ("#ff7f0e", "#ffe8d2"),
    ("#17becf", "#d6f4f7"),
    ("#8c564b", "#efe2de"),
    ("#e377c2", "#fbe3f2"),
    ("#bcbd22", "#f3f3cf"),
    ("#393b79", "#e0e1f2"),
)
_NO_SPEAKER: Final = ("#555555", "#eeeeee")
# When two marks cover the same characters, the earlier rank encloses the later.
_RANK: Final = {"claim": 0, "quoted": 1, "speaker": 2, "cue": 3}

_CSS: Final = """
body { font-family: Georgia, 'DejaVu Serif', serif; margin: 2em auto; max-width: 52em;
       padding: 0 1em; color: #222; background: #fff; }
h1 { font-size: 1.3em; font-family: sans-serif; }
h2 { font-size: 1.1em; font-family: sans-serif; border-top: 1px solid #ccc; padding-top: 1em; }
.doc { white-space: pre-wrap; line-height: 1.9; font-size: 1.05em; }
.claim { background: var(--l); border-radius: 3px; }
.quoted { font-style: italic; }
.speaker { font-weight: bold; border-bottom: 3px solid var(--c); color: var(--c); }
.cue { font-weight: bold; text-decoration: underline dotted var(--c) 2px;
       text-underline-offset: 3px; }
.legend { font-family: sans-serif; font-size: 0.9em; background: #fafafa;
          border: 1px solid #ddd; border-radius: 4px; padding: 0.6em 1em; margin: 1em 0; }
.legend ul { list-style: none; padding: 0; margin: 0.3em 0; }
.legend li { margin: 0.2em 0; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: middle;
          margin-right: 0.4em; border: 2px solid var(--c); background: var(--l); }
.role { color: #555; }
.key span { margin-right: 1.2em; }
"""


@attrs.frozen
class _Mark:
    start: int
    end: int
    cls: str
    colours: tuple[str, str]
    title: str


def _label(speaker: Speaker | None) -> str:
    if speaker is None:
        return "no speaker found"
    return speaker.name or speaker.description or "unnamed speaker"


def _colours(claims: Sequence[Claim]) -> dict[int, tuple[str, str]]:
    """Entity -> colours, in order of first appearance, so neighbours get distinct colours."""
    out: dict[int, tuple[str, str]] = {}
    for claim in claims:
        entity = claim.speaker.entity if claim.speaker is not None else None
        if entity is not None and entity not in out:
            out[entity] = _PALETTE[len(out) % len(_PALETTE)]
    return out


def _claim_colours(claim: Claim, colours: dict[int, tuple[str, str]]) -> tuple[str, str]:
    entity = claim.speaker.entity if claim.speaker is not None else None
    return _NO_SPEAKER if entity is None else colours[entity]


def _checked(text: str, span: Span) -> Span:
    if text[span.start : span.end] != span.text:
        raise ValueError(
            f"span {span.start}:{span.end} ({span.text[:30]!r}) does not match the text: "
            "were the claims extracted from this text?"
        )
    return span


def _marks(text: str, claims: Sequence[Claim], colours: dict[int, tuple[str, str]]) -> list[_Mark]:
    seen: set[tuple[int, int, str]] = set()
    marks: list[_Mark] = []

    def add(span: Span, cls: str, pair: tuple[str, str], title: str) -> None:
        key = (span.start, span.end, cls)
        if span.start < span.end and key not in seen:
            seen.add(key)
            marks.append(_Mark(span.start, span.end, cls, pair, title))

    for claim in claims:
        pair = _claim_colours(claim, colours)
        speaker = claim.speaker
        who = _label(speaker)
        role = speaker.role if speaker is not None and speaker.role else None
        said_by = who + (f" \N{EM DASH} {role}" if role else "")
        add(_checked(text, claim.content), "claim", pair, f"{claim.kind} claim by {said_by}")
        if claim.quoted is not None:
            add(_checked(text, claim.quoted), "quoted", pair, f"quoted by {said_by}")
        if claim.cue is not None:
            cue = claim.cue
            add(_checked(text, cue.span), "cue", pair, f"cue: {cue.lemma} ({cue.type})")
        if speaker is not None and speaker.mention is not None:
            add(_checked(text, speaker.mention), "speaker", pair, said_by)
    marks.sort(key=lambda m: (m.start, -m.end, _RANK[m.cls]))
    return marks


def _open(mark: _Mark) -> str:
    strong, light = mark.colours
    return (
        f'<span class="{mark.cls}" style="--c:{strong};--l:{light}" '
        f'title="{html.escape(mark.title, quote=True)}">'
    )


def _markup(text: str, marks: Sequence[_Mark]) -> str:
    """The escaped text with every mark as a span; crossing marks are split so tags nest."""
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0
    next_mark = 0
    for bound in bounds:
        out.append(html.escape(text[pos:bound], quote=False))
        pos = bound
        if any(m.end == bound for m in stack):
            reopen: list[_Mark] = []
            while any(m.end == bound for m in stack):
                mark = stack.pop()
                out.append("</span>")
                if mark.end != bound:
                    reopen.append(mark)
            for mark in reversed(reopen):
                out.append(_open(mark))
                stack.append(mark)
        while next_mark < len(marks) and marks[next_mark].start == bound:
            out.append(_open(marks[next_mark]))
            stack.append(marks[next_mark])
            next_mark += 1
    return "".join(out)


def _legend(claims: Sequence[Claim], colours: dict[int, tuple[str, str]]) -> str:
    counts: dict[int | None, int] = {}
    first: dict[int | None, Speaker | None] = {}
    for claim in claims:
        entity = claim.speaker.entity if claim.speaker is not None else None
        counts[entity] = counts.get(entity, 0) + 1
        first.setdefault(entity, claim.speaker)
    items = []
    for entity, count in counts.items():
        strong, light = _NO_SPEAKER if entity is None else colours[entity]
        speaker = first[entity] if entity is not None else None
        role = speaker.role if speaker is not None else None
        items.append(
            f'<li><span class="swatch" style="--c:{strong};--l:{light}"></span>'
            f"<strong>{html.escape(_label(speaker))}</strong>"
            + (f' <span class="role">({html.escape(role)})</span>' if role else "")
            + f" \N{EM DASH} {count} claim{'s' if count > 1 else ''}</li>"
        )
    grey = 'style="--c:#555555;--l:#eeeeee"'
    key = (
        f'<div class="key"><span class="claim" {grey}>claim</span>'
        f'<span class="cue" {grey}>cue</span>'
        f'<span class="speaker" {grey}>speaker</span>'
        "<span>hover a highlight for the kind, speaker and role</span></div>"
    )
    return (
        f'<div class="legend">{key}<ul>{"".join(items)}</ul></div>'
        if items
        else f'<div class="legend">{key}<p>No claim found.</p></div>'
    )


def page_start(title: str) -> str:
    """The page head with its inline style, up to the opening of the body."""
    return (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
    )


def page_end() -> str:
    """The end of the page opened by :func:`page_start`."""
    return "</body>\n</html>\n"


def document_html(text: str, claims: Iterable[Claim], *, heading: str | None = None) -> str:
    """One document's section (heading, legend, highlighted text), for pages of many documents.

    >>> "Le maire" in document_html("Le maire a parlé.", [])
    True
    """
    ordered = list(claims)
    colours = _colours(ordered)
    head = f"<h2>{html.escape(heading)}</h2>\n" if heading is not None else ""
    body = _markup(text, _marks(text, ordered, colours))
    legend = _legend(ordered, colours)
    return f'<section>\n{head}{legend}\n<div class="doc">{body}</div>\n</section>\n'


def render_html(text: str, claims: Iterable[Claim], *, title: str | None = None) -> str:
    """A standalone HTML page of ``text`` with its claims, cues and speakers highlighted.

    Each speaker entity gets its own colour, listed in a legend; hovering a highlight shows the
    claim's kind, the speaker and their role. Raises ``ValueError`` when a claim's span does not
    match ``text``.

    >>> from quoteattr import extract
    >>> text = "Selon la police, tout va bien."
    >>> page = render_html(text, extract(text))
    >>> page.startswith("<!DOCTYPE html>") and 'class="cue"' in page
    True
    """
    ordered = list(claims)
    name = title if title is not None else (ordered[0].doc_id if ordered else "") or "quoteattr"
    return (
        page_start(name)
        + f"<h1>{html.escape(name)}</h1>\n"
        + document_html(text, ordered)
        + page_end()
    )
