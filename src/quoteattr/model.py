"""The claim model: immutable values that every stage produces and every consumer reads.

Offsets are Python ``str`` indices into the text the caller passed, never into a normalised
copy, so a span can always be checked on its own: ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final, Literal, get_args

import attrs

ClaimKind = Literal[
    "direct", "indirect", "mixed", "partial", "according_to", "nested", "hypothetical", "stance"
]
CueType = Literal["verb", "selon", "noun", "colon"]
MentionType = Literal[
    "person", "organization", "group", "pronoun", "anonymous", "document", "unknown"
]
QuotationStyle = Literal["guillemets", "curly", "low", "straight", "angle_single", "single", "dash"]
QuotationRole = Literal["speech", "title", "term", "scare"]

CLAIM_KINDS: Final[tuple[str, ...]] = get_args(ClaimKind)
CUE_TYPES: Final[tuple[str, ...]] = get_args(CueType)
MENTION_TYPES: Final[tuple[str, ...]] = get_args(MentionType)
QUOTATION_STYLES: Final[tuple[str, ...]] = get_args(QuotationStyle)
QUOTATION_ROLES: Final[tuple[str, ...]] = get_args(QuotationRole)


def _one_of(choices: tuple[str, ...]) -> Any:
    """A validator whose message names the field and the accepted values."""

    def check(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in choices:
            raise ValueError(
                f"{type(instance).__name__}.{attribute.name} must be one of "
                f"{', '.join(choices)}; got {value!r}"
            )

    return check


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must not be empty")


def _optional_non_empty(
    instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and not value.strip():
        raise ValueError(
            f"{type(instance).__name__}.{attribute.name} must be None or a non-empty string"
        )


@attrs.frozen
class Span:
    """A slice of the caller's text; `text` is kept so a span can be checked on its own.

    >>> Span(0, 5, "Selon")
    Span(start=0, end=5, text='Selon')
    """

    start: int
    end: int
    text: str = attrs.field()

    @text.validator
    def _consistent(self, attribute: attrs.Attribute[str], value: str) -> None:
        # One validator for the three fields: documents make hundreds of thousands of spans.
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int:
            for name, got in (("start", start), ("end", end)):
                if not isinstance(got, int) or isinstance(got, bool):
                    raise TypeError(f"Span.{name} must be an int; got {got!r}")
        if not isinstance(value, str):
            raise TypeError(f"Span.text must be a str; got {value!r}")
        if start < 0:
            raise ValueError(f"Span.start must be >= 0; got {start}")
        if end < start:
            raise ValueError(f"Span.end {end} is before Span.start {start}")
        if len(value) != end - start:
            raise ValueError(
                f"Span.text has {len(value)} characters but the span "
                f"{self.start}:{self.end} covers {self.end - self.start}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``, for building spans that cannot disagree with the text.

        >>> Span.of("Il a dit", 3, 8).text
        'a dit'
        """
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}:{end} is outside a text of {len(text)} characters")
        return cls(start, end, text[start:end])

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Cue:
    """The expression that reports speech: « a déclaré », « selon », « communiqué », « : »."""

    span: Span
    lemma: str = attrs.field(validator=_non_empty)
    type: CueType = attrs.field(validator=_one_of(CUE_TYPES))


@attrs.frozen
class Mention:
    """A way the text names a possible source, before any resolution across the document."""

    span: Span
    type: MentionType = attrs.field(validator=_one_of(MENTION_TYPES))


@attrs.frozen
class Speaker:
    """Who said it: the words of the claim's sentence, and what the document resolves them to.

    ``name`` is the proper name found through coreference ("Emily Horne" for « Horne »),
    ``description`` the fullest description of the source in the document, ``entity`` an id
    shared by every claim of one source in a document. ``title`` and ``organization`` are kept
    as written in French; ``role`` is the English label composed from them.
    """

    mention: Span | None = None
    name: str | None = attrs.field(default=None, validator=_optional_non_empty)
    description: str | None = attrs.field(default=None, validator=_optional_non_empty)
    entity: int | None = attrs.field(default=None)
    type: MentionType = attrs.field(default="unknown", validator=_one_of(MENTION_TYPES))
    anonymous: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    title: str | None = attrs.field(default=None, validator=_optional_non_empty)
    organization: str | None = attrs.field(default=None, validator=_optional_non_empty)
    role: str | None = attrs.field(default=None, validator=_optional_non_empty)

    @entity.validator
    def _entity_not_negative(
        self, attribute: attrs.Attribute[int | None], value: int | None
    ) -> None:
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise ValueError(f"Speaker.entity must be None or an int >= 0; got {value!r}")


@attrs.frozen
class Claim:
    """One attributed claim: what was said, how it is reported, and by whom.

    ``content`` is the claim's words (inside the quotation marks for a direct quotation);
    ``quoted`` is the quoted part of a mixed claim; ``confidence`` lies in [0, 1].
    """

    doc_id: str = attrs.field(validator=attrs.validators.instance_of(str))
    kind: ClaimKind = attrs.field(validator=_one_of(CLAIM_KINDS))
    content: Span
    quoted: Span | None = attrs.field(default=None)
    cue: Cue | None = None
    speaker: Speaker | None = None
    confidence: float = attrs.field(default=1.0, converter=float)

    @confidence.validator
    def _confidence_in_unit_interval(self, attribute: attrs.Attribute[float], value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"Claim.confidence must lie in [0, 1]; got {value}")

    @quoted.validator
    def _quoted_inside_content(
        self, attribute: attrs.Attribute[Span | None], value: Span | None
    ) -> None:
        if value is not None and not self.content.contains(value):
            raise ValueError(
                f"Claim.quoted {value.start}:{value.end} lies outside Claim.content "
                f"{self.content.start}:{self.content.end}"
            )

    @property
    def text(self) -> str:
        """The claim's words, as in the caller's text."""
        return self.content.text

    @property
    def start(self) -> int:
        return self.content.start

    @property
    def end(self) -> int:
        return self.content.end


def _spans(parts: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(parts)


@attrs.frozen
class Quotation:
    """A stretch of text between quotation marks, with its marks and what it is used for.

    ``span`` includes the marks; ``content`` is what lies inside them, without the padding
    spaces; ``parts`` splits ``content`` where an incise interrupts it (« Nous irons, a-t-il
    dit, jusqu'au bout »). ``role`` says whether it reads as speech or as a title, term or
    scare quote; only speech can become a claim.
    """

    span: Span
    content: Span = attrs.field()
    style: QuotationStyle = attrs.field(validator=_one_of(QUOTATION_STYLES))
    role: QuotationRole = attrs.field(default="speech", validator=_one_of(QUOTATION_ROLES))
    unclosed: bool = False
    depth: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    parts: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    @content.validator
    def _content_inside(self, attribute: attrs.Attribute[Span], value: Span) -> None:
        if not self.span.contains(value):
            raise ValueError(
                f"Quotation.content {value.start}:{value.end} lies outside Quotation.span "
                f"{self.span.start}:{self.span.end}"
            )
