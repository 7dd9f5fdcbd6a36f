"""The HTML view: a standalone, well-formed page whose text is the caller's, escaped."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

import quoteattr
from quoteattr.model import Claim, Cue, Span, Speaker
from quoteattr.render import document_html

LQ = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RQ = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
NBSP = "\N{NO-BREAK SPACE}"


class _Page(HTMLParser):
    """Collects the text of the highlighted document and checks that tags nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.in_doc = 0
        self.doc_text: list[str] = []
        self.spans: list[dict[str, str | None]] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "meta":
            return
        self.stack.append(tag)
        attributes = dict(attrs)
        if attributes.get("class") == "doc":
            self.in_doc = len(self.stack)
        elif self.in_doc and tag == "span":
            self.spans.append(attributes)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        if self.in_doc == len(self.stack):
            self.in_doc = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_doc:
            self.doc_text.append(data)


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed tags: {parser.stack}"
    return parser


def span(text: str, part: str, start: int = 0) -> Span:
    at = text.index(part, start)
    return Span.of(text, at, at + len(part))


TWO_SPEAKERS = (
    f"{LQ}{NBSP}Nous irons jusqu’au bout{NBSP}{RQ}, a déclaré la ministre Anne Morel. "
    f"Selon le syndicat, la grève continuera. {LQ}{NBSP}Rien n’est joué{NBSP}{RQ}, "
    "a ajouté Anne Morel."
)


def test_page_keeps_the_text_and_marks_each_claim() -> None:
    claims = quoteattr.extract(TWO_SPEAKERS, doc_id="grève")
    page = parse(quoteattr.render_html(TWO_SPEAKERS, claims))
    assert "".join(page.doc_text) == TWO_SPEAKERS
    classes = [s["class"] for s in page.spans]
    assert classes.count("claim") == len(claims) == 3
    assert "cue" in classes and "speaker" in classes


def test_one_colour_per_speaker_entity_and_a_legend() -> None:
    claims = quoteattr.extract(TWO_SPEAKERS, doc_id="grève")
    entities = [c.speaker.entity if c.speaker else None for c in claims]
    assert entities[0] == entities[2] != entities[1], "the test needs two speakers"
    page_html = quoteattr.render_html(TWO_SPEAKERS, claims)
    styles = [s["style"] for s in parse(page_html).spans if s["class"] == "claim"]
    assert styles[0] == styles[2] != styles[1]
    legend = page_html[page_html.index('class="legend"') : page_html.index('class="doc"')]
    assert "Anne Morel" in legend and "2 claims" in legend and "1 claim" in legend


def test_role_is_shown_on_hover() -> None:
    text = "« Il faut agir », a déclaré le maire de Lyon."
    claims = quoteattr.extract(text)
    assert claims and claims[0].speaker is not None and claims[0].speaker.role
    spans = parse(quoteattr.render_html(text, claims)).spans
    speaker_titles = [s["title"] or "" for s in spans if s["class"] == "speaker"]
    assert any(claims[0].speaker.role in title for title in speaker_titles)


def test_markup_in_text_and_names_is_escaped() -> None:
    text = 'Le chef <b>"X" & Cie</b> a dit que <script>alert(1)</script> était prêt.'
    speaker = Speaker(
        mention=span(text, '<b>"X" & Cie</b>'), name='"X" <Cie>', entity=0, role="CEO & <boss>"
    )
    claim = Claim(
        "d",
        "indirect",
        span(text, "<script>alert(1)</script> était prêt"),
        cue=Cue(span(text, "a dit"), "dire", "verb"),
        speaker=speaker,
    )
    page_html = quoteattr.render_html(text, [claim], title="<title>")
    page = parse(page_html)
    assert "script" not in page.tags and "b" not in page.tags
    assert "".join(page.doc_text) == text
    assert "&lt;Cie&gt;" in page_html and "CEO &amp; &lt;boss&gt;" in page_html
    assert any('"X" <Cie>' in (s["title"] or "") for s in page.spans)


def test_page_is_standalone() -> None:
    claims = quoteattr.extract(TWO_SPEAKERS)
    page_html = quoteattr.render_html(TWO_SPEAKERS, claims)
    assert page_html.startswith("<!DOCTYPE html>") and "<style>" in page_html
    assert not re.search(r"<script|<link|src=|@import|url\(|https?:", page_html)


def test_crossing_spans_are_split_and_nest() -> None:
    """A speaker named inside another claim's content, and a cue crossing its end."""
    text = "Paul a dit que Marie a affirmé que tout ira bien."
    outer = Claim(
        "d",
        "indirect",
        span(text, "Marie a affirmé que tout"),
        cue=Cue(span(text, "a dit"), "dire", "verb"),
        speaker=Speaker(mention=span(text, "Paul"), name="Paul", entity=0),
    )
    inner = Claim(
        "d",
        "nested",
        span(text, "tout ira bien"),
        cue=Cue(span(text, "affirmé que tout ira"), "affirmer", "verb"),
        speaker=Speaker(mention=span(text, "Marie"), name="Marie", entity=1),
    )
    page = parse(quoteattr.render_html(text, [outer, inner]))
    assert "".join(page.doc_text) == text
    assert [s["class"] for s in page.spans].count("claim") >= 2


def test_claims_of_another_text_are_refused() -> None:
    claims = quoteattr.extract(TWO_SPEAKERS)
    try:
        quoteattr.render_html("Un autre texte, bien plus court.", claims)
    except ValueError as error:
        assert "does not match the text" in str(error)
    else:
        raise AssertionError("claims of another text must be refused")


def test_no_claim_still_gives_the_text() -> None:
    text = "Il pleut sur Brest & Quimper."
    page_html = quoteattr.render_html(text, [])
    assert "".join(parse(page_html).doc_text) == text
    assert "No claim found." in page_html


@st.composite
def marked_texts(draw: st.DrawFn) -> tuple[str, list[Claim]]:
    alphabet = st.sampled_from([*"ab <>&\"'\n", LQ, RQ, NBSP, "é"])
    text = draw(st.text(alphabet, min_size=1, max_size=40))
    claims = []
    for _ in range(draw(st.integers(0, 4))):
        bounds = [draw(st.integers(0, len(text))) for _ in range(6)]
        (c0, c1), (k0, k1), (m0, m1) = (sorted(bounds[i : i + 2]) for i in (0, 2, 4))
        claims.append(
            Claim(
                "d",
                draw(st.sampled_from(["direct", "indirect", "mixed"])),
                Span.of(text, c0, c1),
                cue=Cue(Span.of(text, k0, k1), "dire", "verb"),
                speaker=Speaker(
                    mention=Span.of(text, m0, m1), entity=draw(st.integers(0, 12)), role="r"
                ),
            )
        )
    return text, claims


@given(marked_texts())
def test_any_spans_give_well_nested_markup_of_the_same_text(
    case: tuple[str, list[Claim]],
) -> None:
    """Whatever the spans (nested, crossing, empty, repeated), tags nest and the visible text
    of the document is exactly the caller's text."""
    text, claims = case
    section = document_html(text, claims, heading="d")
    page = parse(f"<body>{section}</body>")
    assert "".join(page.doc_text) == text
    assert html.unescape(re.sub(r"<[^>]+>", "", section.split('class="doc">', 1)[1])).startswith(
        text
    )
