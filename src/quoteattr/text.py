"""The text layer: a normalised copy for matching, an offset map back, and segmentation.

Every later stage matches on ``Text.norm`` (one apostrophe, one kind of space, one line end,
composed accents, no invisible characters) and converts what it finds back to the caller's
string with :meth:`Text.span`. Normalising without the map would make offsets wrong for text
that arrives with CRLF, a BOM or decomposed accents; keeping both is what lets the library
promise that ``text[start:end] == span.text`` for the caller's own string.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterator

import attrs
import regex

from quoteattr.model import Span

# Same-length substitutions: they never move an offset. Pairs rather than a translate table:
# a ``str.replace`` per character present is ~50x faster than ``str.translate`` on non-ASCII text.
_SAME_LENGTH: tuple[tuple[str, str], ...] = tuple(
    {
        "\N{RIGHT SINGLE QUOTATION MARK}": "'",
        "\N{LEFT SINGLE QUOTATION MARK}": "'",
        "\N{MODIFIER LETTER APOSTROPHE}": "'",
        "\N{GRAVE ACCENT}": "'",
        "\N{ACUTE ACCENT}": "'",  # « s´est félicité »: typed for an apostrophe
        "\N{PRIME}": "'",
        "\N{NO-BREAK SPACE}": " ",
        "\N{NARROW NO-BREAK SPACE}": " ",
        "\N{THIN SPACE}": " ",
        "\N{FIGURE SPACE}": " ",
        "\N{EN SPACE}": " ",
        "\N{EM SPACE}": " ",
        "\N{PUNCTUATION SPACE}": " ",
        "\N{HAIR SPACE}": " ",
        "\t": " ",
        # the rest of what str.split() takes for a space, so no token is only a separator
        "\x1c": " ",
        "\x1d": " ",
        "\x1e": " ",
        "\x1f": " ",
        "\N{OGHAM SPACE MARK}": " ",
        "\N{EN QUAD}": " ",
        "\N{EM QUAD}": " ",
        "\N{THREE-PER-EM SPACE}": " ",
        "\N{FOUR-PER-EM SPACE}": " ",
        "\N{SIX-PER-EM SPACE}": " ",
        "\N{MEDIUM MATHEMATICAL SPACE}": " ",
        "\N{IDEOGRAPHIC SPACE}": " ",
        "\N{LINE SEPARATOR}": "\n",
        "\N{PARAGRAPH SEPARATOR}": "\n",
        "\x85": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
    }.items()
)

# Length-changing rewrites: CRLF, lone CR, invisible characters, and a base letter followed by
# combining marks (decomposed accents).
_INVISIBLE = (
    r"\N{ZERO WIDTH NO-BREAK SPACE}\N{SOFT HYPHEN}\N{ZERO WIDTH SPACE}"
    r"\N{ZERO WIDTH NON-JOINER}\N{ZERO WIDTH JOINER}\N{WORD JOINER}"
    r"\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}"
)
_REWRITE = regex.compile(rf"\r\n?|[{_INVISIBLE}]|\P{{M}}\p{{M}}+")
# Any character that _REWRITE would touch: one class scan lets most texts skip it.
_NEEDS_REWRITE = regex.compile(rf"[\r{_INVISIBLE}\p{{M}}]")

_PARAGRAPH_BREAK = regex.compile(r"\n+")

# Quotation marks that open and close unambiguously (straight quotes can do either): the
# stages that must know whether a word stands inside a quotation read these.
OPENING_GUILLEMETS = frozenset(
    {"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"}
)
CLOSING_GUILLEMETS = frozenset(
    {"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"}
)
# « de » and its contractions: what ties a complement (« le maire de Lyon ») to a noun.
DE_WORDS = frozenset({"de", "d'", "du", "des"})

# A wire dateline: a place in capitals or a capitalised town, an agency in parentheses, a dash.
# « ORAN, 4 mai (Agence Oran Presse) – », « GENÈVE – »: a place in capitals may give a date and
# leave the agency out.
_DATELINE = regex.compile(
    r"(?:\p{Lu}[\p{Lu}\p{M}'/ .-]+(?:, [\p{L}\d]+(?: [\p{L}\d]+){0,3})?"
    r" ?\((?:\p{Lu}[\p{L}.-]{1,20}(?:[ /-]\p{L}[\p{L}.-]{0,20}){0,3})\)"
    r"|\p{Lu}[\p{Lu}\p{M}'/ .-]+, [\p{L}\d]+(?: [\p{L}\d]+){0,3}"
    r"|\p{Lu}[\p{Lu}\p{M}]{2,}(?:[/ -]\p{Lu}[\p{Lu}\p{M}]+)*"
    r"|\p{Lu}\p{Ll}+(?:[ -](?:\p{Lu}\p{Ll}+|en|de|du|des|la|le|les|sur|sous|lès|aux?))*"
    r" ?\((?:\p{Lu}[\p{L}.-]{1,20}(?:[ /-]\p{Lu}[\p{L}.-]{1,20})?)\))"
    r" ?[-\N{EN DASH}\N{EM DASH}] "
)
# A sentence ends at . ! ? … (possibly followed by closing marks) before a space and something
# that can start a sentence. Abbreviations are filtered in code.
_SENTENCE_END = regex.compile(
    r"(?:[.!?\N{HORIZONTAL ELLIPSIS}]+)(?: ?[\"'\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    r"\N{RIGHT DOUBLE QUOTATION MARK})\]])*"
    r"(?= +[\p{Lu}\p{N}\"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    r"\N{LEFT DOUBLE QUOTATION MARK}(\[\N{EM DASH}\N{EN DASH}-])"
)
_ABBREVIATION = regex.compile(
    r"(?:\b(?:M|MM|Mme|Mmes|Mlle|Mgr|Dr|Pr|Me|St|Ste|av|art|etc|cf|vol|p|n|no|J\.-C|env|ca|"
    r"Jr|Sr|Gal|Cdt|Col|Lt|Sgt)|\b\p{Lu})\.$"
)


@attrs.frozen
class Segment:
    """A paragraph or sentence of the normalised text: ``start``/``end`` index ``Text.norm``."""

    start: int
    end: int


@attrs.frozen(eq=False)
class OffsetMap:
    """From offsets in the normalised copy to offsets in the caller's string.

    Apart from :class:`Text` so that a long document's normalised copy can be let go once
    matching is done, while its claims are still being mapped back. ``_norm_points`` holds,
    for every place where the two strings stop advancing together, the normalised offset
    from which a constant shift applies; ``_orig_points`` the original offset it maps to, and
    ``_orig_ends`` the end of the rewritten stretch that starts there.
    """

    original: str
    norm_length: int
    _norm_points: tuple[int, ...] = (0,)
    _orig_points: tuple[int, ...] = (0,)
    _orig_ends: tuple[int, ...] = (0,)

    def _segment(self, n: int) -> int:
        return bisect.bisect_right(self._norm_points, n) - 1

    def to_original_start(self, n: int) -> int:
        """The original offset where the normalised character ``n`` begins."""
        i = self._segment(n)
        base_n, base_o = self._norm_points[i], self._orig_points[i]
        if i + 1 < len(self._norm_points) and self._orig_ends[i] != base_o:
            # Inside a rewritten stretch: point at its start.
            return base_o
        return base_o + (n - base_n)

    def to_original_end(self, n: int) -> int:
        """The original offset just after the normalised character ``n - 1``."""
        if n <= 0:
            return 0
        i = self._segment(n - 1)
        base_n, base_o = self._norm_points[i], self._orig_points[i]
        if i + 1 < len(self._norm_points) and self._orig_ends[i] != base_o:
            return self._orig_ends[i]
        return base_o + (n - base_n)

    def span(self, start: int, end: int) -> Span:
        """The caller's span for the normalised slice ``norm[start:end]``."""
        if not 0 <= start <= end <= self.norm_length:
            raise ValueError(f"span {start}:{end} is outside the normalised text")
        o_start = self.to_original_start(start) if start < self.norm_length else len(self.original)
        o_end = self.to_original_end(end) if end > start else o_start
        o_end = max(o_end, o_start)
        return Span(o_start, o_end, self.original[o_start:o_end])


@attrs.frozen(eq=False)
class Text:
    """The caller's string, its normalised copy and the map between them.

    >>> t = Text.of("Il a dit\\r\\nnon")
    >>> t.norm
    'Il a dit\\nnon'
    >>> t.span(9, 12)
    Span(start=10, end=13, text='non')
    """

    norm: str
    offsets: OffsetMap

    @property
    def original(self) -> str:
        return self.offsets.original

    @classmethod
    def of(cls, original: str) -> Text:
        """Normalise ``original`` and build the offset map; linear in the text's length."""
        if not isinstance(original, str):
            raise TypeError(f"text must be a str, not {type(original).__name__}")
        translated = original
        for char, replacement in _SAME_LENGTH:
            if char in translated:
                translated = translated.replace(char, replacement)
        if _NEEDS_REWRITE.search(translated) is None:
            return cls(translated, OffsetMap(original, len(translated)))
        pieces: list[str] = []
        norm_points: list[int] = [0]
        orig_points: list[int] = [0]
        orig_ends: list[int] = [0]
        norm_len = 0
        last = 0
        for match in _REWRITE.finditer(translated):
            a, b = match.span()
            pieces.append(translated[last:a])
            norm_len += a - last
            found = match.group()
            if found[0] == "\r":
                replacement = "\n"
            elif len(found) == 1:
                replacement = ""
            else:
                replacement = unicodedata.normalize("NFC", found)
                if len(replacement) != 1:
                    # No composed form: keep the base letter and drop the marks.
                    replacement = found[0]
            pieces.append(replacement)
            # Inside a rewrite every normalised char maps to the rewrite's start; its end
            # maps to the rewrite's end. After it the shift is constant again.
            norm_points.append(norm_len)
            orig_points.append(a)
            orig_ends.append(b)
            norm_len += len(replacement)
            norm_points.append(norm_len)
            orig_points.append(b)
            orig_ends.append(b)
            last = b
        if len(norm_points) == 1:
            return cls(translated, OffsetMap(original, len(translated)))
        pieces.append(translated[last:])
        norm = "".join(pieces)
        offsets = OffsetMap(
            original, len(norm), tuple(norm_points), tuple(orig_points), tuple(orig_ends)
        )
        return cls(norm, offsets)

    def to_original_start(self, n: int) -> int:
        """The original offset where the normalised character ``n`` begins."""
        return self.offsets.to_original_start(n)

    def to_original_end(self, n: int) -> int:
        """The original offset just after the normalised character ``n - 1``."""
        return self.offsets.to_original_end(n)

    def span(self, start: int, end: int) -> Span:
        """The caller's span for the normalised slice ``norm[start:end]``."""
        return self.offsets.span(start, end)

    def paragraphs(self) -> Iterator[Segment]:
        """Non-empty lines of the normalised text: news paragraphs, one per line."""
        last = 0
        for match in _PARAGRAPH_BREAK.finditer(self.norm):
            if self.norm[last : match.start()].strip():
                yield _trimmed(self.norm, last, match.start())
            last = match.end()
        if self.norm[last:].strip():
            yield _trimmed(self.norm, last, len(self.norm))


def _trimmed(s: str, start: int, end: int) -> Segment:
    while start < end and s[start].isspace():
        start += 1
    while end > start and s[end - 1].isspace():
        end -= 1
    return Segment(start, end)


def sentences(norm: str, paragraph: Segment) -> list[Segment]:
    """Split a paragraph into sentences, leaving abbreviations such as « M. » and « Dr. » whole.

    A sentence boundary inside quotation marks is still a boundary: quotations are matched on
    the paragraph, so a quotation may span several sentences.

    >>> t = "M. Dupont a parlé. Il a dit non."
    >>> [t[s.start:s.end] for s in sentences(t, Segment(0, len(t)))]
    ['M. Dupont a parlé.', 'Il a dit non.']
    """
    out: list[Segment] = []
    start = paragraph.start
    dateline = _DATELINE.match(norm, paragraph.start, paragraph.end)
    if dateline is not None:
        start = dateline.end()  # « PARIS (AFP) - »: where and by whom, no part of a sentence
    for match in _SENTENCE_END.finditer(norm, start, paragraph.end):
        end = match.end()
        if _ABBREVIATION.search(norm, max(paragraph.start, match.start() - 8), match.start() + 1):
            continue
        if norm[start:end].strip():
            out.append(_trimmed(norm, start, end))
        start = end
    if norm[start : paragraph.end].strip():
        out.append(_trimmed(norm, start, paragraph.end))
    return out


# Words keep inner hyphens (déclare-t-elle, porte-parole) and take an elision apostrophe
# (l', s', qu', aujourd'hui is repaired below); everything else is one token per character.
# No groups: ``findall`` then returns plain strings, built in C.
_TOKEN = regex.compile(
    r"(?:M|MM|Mme|Mmes|Mlle|Mgr|Dr|Pr|Me|St|Ste)\.(?=\s)"
    r"|(?i:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'"
    r"(?=[\p{L}\s\x22\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    r"\N{LEFT DOUBLE QUOTATION MARK}\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}]|$)"
    r"|\p{L}[\p{L}\p{M}\p{N}]*(?:[-.'](?=\p{L})\p{L}[\p{L}\p{M}\p{N}]*)*"
    # Inclusive endings stay in their word: « professeur(e)s », « élu·e·s »
    r"(?:\(\p{Ll}{1,3}\)\p{Ll}{0,2}(?![\p{L}\p{N}])|(?:\N{MIDDLE DOT}\p{Ll}+)+)?"
    r"|\p{N}+(?:[.,]\p{N}+)*"
    r"|\S"
)
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


@functools.cache
def _is_word_char(char: str) -> bool:
    """A one-character token is a word when it is a letter or a digit (« a », « 3 »)."""
    return _WORD_CHAR.match(char) is not None


class Token:
    """A word, number or punctuation mark of the normalised text.

    ``low`` is the lowercase text used for every lexicon lookup; ``word`` tells letters from
    numbers and punctuation; ``capitalized`` is a word whose first letter is upper case. A
    plain slotted class rather than an attrs class or a named tuple: documents have hundreds of
    thousands of tokens, read a dozen times each, and slots are the fastest to read (and a
    native struct in the compiled build).
    """

    __slots__ = ("capitalized", "end", "low", "start", "text", "word")

    def __init__(self, start: int, end: int, text: str, low: str, word: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        self.word = word
        self.capitalized = word and text[0].isupper()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Token)
            and self.start == other.start
            and self.end == other.end
            and self.text == other.text
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))


def tokenize(norm: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``norm[start:end]``, with offsets into ``norm``.

    >>> [t.text for t in tokenize("L'UE a-t-elle dit à M. Roy « non » ?")]
    ["L'", 'UE', 'a-t-elle', 'dit', 'à', 'M.', 'Roy', '«', 'non', '»', '?']
    """
    stop = len(norm) if end is None else end
    out: list[Token] = []
    append = out.append
    find = norm.find
    pos = start
    # Only spaces lie between tokens, so each token is found where the search resumes.
    for text in _TOKEN.findall(norm, start, stop):
        a = find(text, pos)
        pos = a + len(text)
        append(Token(a, pos, text, text.lower(), pos - a > 1 or _is_word_char(text)))
    return out
