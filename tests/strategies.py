"""Hypothesis strategies for the project's own tests: spans, cues, speakers and claims."""

from __future__ import annotations

from hypothesis import strategies as st

from quoteattr.model import CLAIM_KINDS, CUE_TYPES, MENTION_TYPES, Claim, Cue, Span, Speaker

# French-looking text with the characters that break naive code: accents, guillemets,
# no-break spaces, curly apostrophes.
french_chars = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "Zs"),
) | st.sampled_from(list("éèêàçôûïÉ«»“”’'\u00a0\u202f -,.:;!?"))

words = st.text(french_chars, min_size=0, max_size=40)
optional_words = st.none() | st.text(french_chars, min_size=1, max_size=30).filter(
    lambda s: bool(s.strip())
)


@st.composite
def spans(draw: st.DrawFn, min_start: int = 0) -> Span:
    """A span whose text has exactly the span's length."""
    start = draw(st.integers(min_start, min_start + 5000))
    text = draw(words)
    return Span(start, start + len(text), text)


@st.composite
def inner_spans(draw: st.DrawFn, outer: Span) -> Span:
    """A span lying inside ``outer`` (used for a mixed claim's quoted part)."""
    a = draw(st.integers(outer.start, outer.end))
    b = draw(st.integers(a, outer.end))
    return Span(a, b, outer.text[a - outer.start : b - outer.start])


cues = st.builds(
    Cue,
    span=spans(),
    lemma=st.sampled_from(["déclarer", "dire", "selon", "se plaindre", ":", "communiqué"]),
    type=st.sampled_from(CUE_TYPES),
)

speakers = st.builds(
    Speaker,
    mention=st.none() | spans(),
    name=optional_words,
    description=optional_words,
    entity=st.none() | st.integers(0, 50),
    type=st.sampled_from(MENTION_TYPES),
    anonymous=st.booleans(),
    title=optional_words,
    organization=optional_words,
    role=optional_words,
)


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    """Any valid claim, including odd Unicode in every string field."""
    content = draw(spans())
    quoted = draw(st.none() | inner_spans(content))
    return Claim(
        doc_id=draw(st.text(max_size=20)),
        kind=draw(st.sampled_from(CLAIM_KINDS)),
        content=content,
        quoted=quoted,
        cue=draw(st.none() | cues),
        speaker=draw(st.none() | speakers),
        confidence=draw(st.floats(0.0, 1.0, allow_nan=False)),
    )
