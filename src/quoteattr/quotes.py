"""The quotation scanner: finds what stands between quotation marks in French news text.

Real copy is damaged: a « never closed, a closing mark typed as «, a stray », a quotation
carried over several paragraphs, an incise cutting a quotation in two. The scanner finds every
candidate mark with one compiled pattern and feeds the marks to a small stack machine, so it
never looks back over the text and stays linear whatever it is given. Nesting is capped
(``_MAX_OPEN``) so that pathological runs of opening marks cannot make the spans quadratic.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterator, Sequence
from types import MappingProxyType
from typing import Final

import regex

from quoteattr import lexicon, verbs
from quoteattr.grammar import word_class, words_of
from quoteattr.model import Quotation, QuotationRole, QuotationStyle, Span

__all__ = ["find_quotations", "quote_contexts"]

_LQ: Final = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_RQ: Final = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_LDQ: Final = "\N{LEFT DOUBLE QUOTATION MARK}"
_RDQ: Final = "\N{RIGHT DOUBLE QUOTATION MARK}"
_LOW: Final = "\N{DOUBLE LOW-9 QUOTATION MARK}"
_LSA: Final = "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
_RSA: Final = "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
_RSQ: Final = "\N{RIGHT SINGLE QUOTATION MARK}"
_DASHES: Final = "\N{EM DASH}\N{EN DASH}"
_SENTENCE_END: Final = ".!?\N{HORIZONTAL ELLIPSIS}"
_PAD: Final = " \t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}"
_PAD_RE: Final = "[ \\t\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}]"
_APOSTROPHES_RE: Final = "['" + _RSQ + "]"
_HYPHEN_RE: Final = "[-\N{NON-BREAKING HYPHEN}]"
_CLOSING_MARKS: Final = _RQ + _RDQ + _LDQ + _RSA + "\"'"

# More open quotations than this at once is noise: further opening marks are ignored.
_MAX_OPEN: Final = 4
# Role decisions look at most this many characters of content and of left context.
_HEAD: Final = 80
_LEFT: Final = 60

# Every mark the state machine may act on, and dashes (an interview turn when one opens a
# paragraph). A straight single quote counts only where it cannot be an apostrophe (l'État).
_TOKEN: Final = regex.compile(
    "[" + _LQ + _RQ + _LDQ + _RDQ + _LOW + _LSA + _RSA + _DASHES + '"]'
    "|(?<![\\p{L}\\p{N}])'(?=[^\\s'])|(?<=[^\\s'])'(?![\\p{L}\\p{N}])"
)
_WS_RUN: Final = regex.compile(r"\s*")

# An incise: a comma, then a verb inverted with its subject pronoun (a-t-il dit, estime-t-elle,
# nous a-t-il confié), possibly a participle or a few words, up to the next comma or full stop.
# Parentheticals of the speaker's own (semble-t-il, paraît-il, dit-on) are not incises.
_INCISE_HEAD_RE: Final = (
    "," + _PAD_RE + "*"
    "(?:(?:nous|vous|lui|leur|me|te|se|le|la|les|en|y)" + _PAD_RE + "+"
    "|[mtls]" + _APOSTROPHES_RE + ")?"
    "(?!(?:semble|para[iî]t)(?:" + _HYPHEN_RE + "t)?" + _HYPHEN_RE + "il"
    "|dit" + _HYPHEN_RE + "on)"
    "\\p{L}+(?:" + _HYPHEN_RE + "t)?" + _HYPHEN_RE + "(?:il|elle|ils|elles|on)"
    "(?![\\p{L}\\p{N}'" + _RSQ + "-])"
)
_INCISE_HEAD: Final = regex.compile(_INCISE_HEAD_RE)
_INCISE: Final = regex.compile(
    _INCISE_HEAD_RE
    + "[^,.;:!?\N{HORIZONTAL ELLIPSIS}\\n"
    + _LQ
    + _RQ
    + _LDQ
    + _RDQ
    + _LOW
    + _LSA
    + _RSA
    + '"]{0,60}?'
    + _PAD_RE
    + "*[,.]"
)

# Words before « dit » that make it the speech verb (il a dit, a-t-il dit) rather than "called".
_SPEECH_BEFORE_DIT: Final = frozenset(
    {
        "a",
        "ai",
        "as",
        "avait",
        "avais",
        "avaient",
        "avons",
        "avez",
        "ont",
        "aura",
        "aurait",
        "auraient",
        "eut",
        "il",
        "elle",
        "on",
        "ils",
        "elles",
        "je",
        "tu",
        "nous",
        "vous",
        "qui",
        "ne",
        "lui",
        "leur",
        "me",
        "te",
        "se",
        "le",
        "la",
        "les",
        "y",
        "en",
    }
)
_INVERTED_PRONOUNS: Final = ("-il", "-elle", "-ils", "-elles", "-on")
# A short quotation opening with a subject pronoun has a verb: it is speech, not a term.
_SUBJECT_WORDS: Final = frozenset(
    {
        "je",
        "j'",
        "tu",
        "il",
        "elle",
        "on",
        "nous",
        "vous",
        "ils",
        "elles",
        "c'",
        "ce",
        "ça",
        "cela",
        "ceci",
        "n'",
        "ne",
        "qu'",
    }
)


@functools.cache
def _determiners() -> frozenset[str]:
    """What may stand between a trigger and the mark: « appelle la », « qualifie l' »."""
    return words_of("det") | words_of("det_indef") | {"de", "d'"}


_LONGEST_TRIGGER: Final = 4  # words

# Families: the mark that closes each, and the marks that reopen it on a continuing paragraph.
_STYLE: Final[MappingProxyType[str, QuotationStyle]] = MappingProxyType(
    {
        "guillemets": "guillemets",
        "curly": "curly",
        "low": "low",
        "angle": "angle_single",
        "straight": "straight",
        "single": "single",
        "dash": "dash",
    }
)
_REOPEN: Final = MappingProxyType(
    {"guillemets": _LQ + _RQ, "curly": _LDQ, "low": _LOW, "angle": _LSA, "straight": '"'}
)
# Unclosed straight or single quotes are usually inches, feet or apostrophes: not returned.
_DROP_UNCLOSED: Final = frozenset({"straight", "single"})
_ROLES: Final[MappingProxyType[str, QuotationRole]] = MappingProxyType(
    {"title": "title", "term": "term"}
)

_Raw = tuple[int, int, int, int, str, bool]  # span start, span end, content start/end, family


@functools.cache
def quote_contexts() -> MappingProxyType[str, QuotationRole]:
    """The trigger words that make a quotation a title or a term, read once from the data file.

    Kept as data so that a linguist can extend the list without touching the scanner.

    >>> quote_contexts()["intitulé"]
    'title'
    """
    resource = importlib.resources.files("quoteattr") / "data" / "quote_contexts.tsv"
    table: dict[str, QuotationRole] = {}
    for number, line in enumerate(resource.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        role = _ROLES.get(fields[-1].strip()) if len(fields) == 2 else None
        if role is None:
            raise ValueError(
                f"quote_contexts.tsv line {number}: expected 'trigger<TAB>title|term', got {line!r}"
            )
        table[_normalise(fields[0])] = role
    return MappingProxyType(table)


def _words(phrase: str) -> list[str]:
    """Lower-case words with elisions split off, so that l'album and l' album agree."""
    return phrase.lower().replace(_RSQ, "'").replace("'", "' ").split()


def _normalise(trigger: str) -> str:
    return " ".join(_words(trigger))


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, damaged ones included, sorted by (start, -end).

    Damage is repaired the way a reader would (an unclosed « runs to the end of its
    paragraph, a « typed for » closes), so that later stages see whole quotations; nested
    quotations come back too, with ``depth`` counting the quotations around them.

    >>> [q.content.text for q in find_quotations("Il a dit : « Nous irons, a-t-il dit, loin. »")]
    ['Nous irons, a-t-il dit, loin.']
    """
    return list(iter_quotations(text))


def iter_quotations(text: str) -> Iterator[Quotation]:
    """:func:`find_quotations` one at a time, for a reader going through a long document in
    order: only the quotations not yet reached stay in memory, as plain tuples."""
    return _build(text, _sorted_raw(text))


def _sorted_raw(text: str) -> list[_Raw]:
    return sorted(
        (
            (start, end, content_start, content_end, family, unclosed)
            for start, end, content_start, content_end, family, unclosed in _scan(text)
            for content_start, content_end in [_trim(text, content_start, content_end)]
            if content_start < content_end
        ),
        key=lambda item: (item[0], -item[1]),
    )


def _build(text: str, items: list[_Raw]) -> Iterator[Quotation]:
    depths = _depths(items)
    cuts = _incises(text, items, depths)
    for index, (start, end, content_start, content_end, family, unclosed) in enumerate(items):
        yield (
            Quotation(
                span=Span(start, end, text[start:end]),
                content=Span(content_start, content_end, text[content_start:content_end]),
                style=_STYLE[family],
                role=_role(text, start, content_start, content_end, family),
                unclosed=unclosed,
                depth=depths[index],
                # model.py's converter=tuple confuses mypy's attrs plugin: the value is a tuple
                parts=_parts(text, content_start, content_end, cuts[index])
                if index in cuts
                else (),
            )
        )


def _scan(text: str) -> list[_Raw]:
    """One pass over the marks with a stack of open quotations.

    Line breaks are looked for only while a quotation is open (``str.find`` between two
    marks), so the pattern is a plain character class, nearly as fast as a bare scan.
    """
    length = len(text)
    out: list[_Raw] = []
    stack: list[tuple[int, str]] = []  # (mark position, family)
    last = 0  # no paragraph break before ``last`` has gone unseen
    # Closing marks still ahead in the paragraph, counted only when a repeated opener needs it.
    ahead: dict[str, int] = {}
    ahead_end = -1
    for match in _TOKEN.finditer(text):
        position = match.start()
        if stack:
            newline = text.find("\n", last, position)
            if newline >= 0 and _end_paragraph(text, newline, stack, out, position):
                last = position + 1
                continue  # this mark reopens the quotation
        last = position + 1
        char = text[position]
        if (
            ahead
            and char in ahead
            and (char not in _OPENS or _OPENS[char].match(text, position, ahead_end))
        ):
            ahead[char] -= 1  # a mark counted ahead is passed (a closer typed « was not counted)
        if char == _RQ:
            if stack and stack[-1][1] == "guillemets":  # the usual case, inlined
                start = stack.pop()[0]
                out.append((start, last, start + 1, position, "guillemets", False))
            elif not stack and (opened := _never_opened(text, position, out)) is not None:
                out.append((opened, last, opened, position, "guillemets", False))
            elif (
                len(stack) == 1  # not « Il m'a dit "tu vas le regretter », raconte X
                and stack[0][1] == "straight"
                and _no_straight_ahead(text, position)
            ):
                # « "Nous avons vendu à crédit », a dénoncé X »: a » closes the " left open
                start = stack.pop()[0]
                out.append((start, last, start + 1, position, "straight", False))
            else:
                _close_family(text, stack, out, position, "guillemets")
        elif char == _LQ and not stack:
            stack.append((position, "guillemets"))
        elif char in _DASHES:
            if _opens_paragraph(text, position):  # an interview turn; nothing is open here
                stack.append((position, "dash"))
            elif all(family == "dash" for _, family in stack) and _opens_turn(
                text, position, stack[-1][0] if stack else None
            ):
                # « – Et les prix ? – Ils sont fixés par la Fédération. »: turns in one paragraph
                if stack:
                    start = stack.pop()[0]
                    end = _end_before(text, position)
                    out.append((start, end, start + 1, end, "dash", False))
                stack.append((position, "dash"))
        elif char == _LQ or (char == _LDQ and _innermost(stack, "low", "curly") != "low"):
            family, closer = ("guillemets", _RQ) if char == _LQ else ("curly", _RDQ)
            if _find(stack, family) >= 0:
                if position >= ahead_end:
                    ahead_end, ahead = _closers_ahead(text, position)
                # the closers later openers do not take (« … «, a dit X. … « … » »)
                opener = _LQ if family == "guillemets" else _LDQ
                _repeat_opener(
                    text, stack, out, position, family, max(0, ahead[closer] - ahead[opener])
                )
            else:
                _push(stack, position, family)
        elif char == _LDQ:
            _close_family(text, stack, out, position, "low")
        elif char == _RDQ:
            family = "curly" if _find(stack, "curly") >= 0 else "low"  # Polish „…” too
            if (
                family == "low"
                and _find(stack, "low") < 0
                and _mistyped_closer(text, stack, position)
            ):
                family = "guillemets"  # « Nous irons jusqu'au bout ”, a lancé X
            _close_family(text, stack, out, position, family)
        elif char == _LOW:
            _push(stack, position, "low")
        elif char == _LSA:
            _push(stack, position, "angle")
        elif char == _RSA:
            _close_family(text, stack, out, position, "angle")
        elif char == '"':
            if _find(stack, "straight") >= 0:
                _close_family(text, stack, out, position, "straight")
            else:
                _push(stack, position, "straight")
        elif stack:  # a straight single quote, meaningful only inside a quotation
            _single_quote(text, stack, out, position)
    if stack:
        newline = text.find("\n", last)
        if newline >= 0:
            _end_paragraph(text, newline, stack, out, -1)
    _close_above(text, stack, 0, _trim_end(text, length), out)
    return out


def _no_straight_ahead(text: str, position: int) -> bool:
    """Whether no " is left in the paragraph after ``position`` to close one left open."""
    return not _left_in_paragraph(text, position, '"')


def _mistyped_closer(text: str, stack: list[tuple[int, str]], position: int) -> bool:
    """Whether a ” closes the « open on top of the stack: no » is left in the paragraph to
    close it (« « Nous irons jusqu'au bout ”, a lancé X »)."""
    if not stack or stack[-1][1] != "guillemets":
        return False
    return not _left_in_paragraph(text, position, _RQ)


def _left_in_paragraph(text: str, position: int, mark: str) -> bool:
    end = text.find("\n", position)
    return text.find(mark, position + 1, len(text) if end < 0 else end) >= 0


def _opens_turn(text: str, position: int, turn: int | None) -> bool:
    """A dash after the end of a sentence and a space, before a capital, in an interview
    written in one paragraph: the answer to the dash turn open since ``turn``, when that
    asked a question, or a question itself (« … 240 érablières. – La récolte sera-t-elle
    meilleure ? »). Not « Le maire – élu en 2020 – a dit », nor prose that sets a sentence
    off with a dash (« Le bilan s'alourdit. – Selon les pompiers, … »)."""
    before = _end_before(text, position)
    if before == position or before == 0 or text[before - 1] not in _TURN_ENDS:
        return False
    after = position + 1
    if after >= len(text) or not text[after].isspace():
        return False
    while after < len(text) and text[after].isspace() and text[after] != "\n":
        after += 1
    if after >= len(text) or not text[after].isupper():
        return False
    if turn is not None and _asks(text, turn, position):
        return True
    return _asks(text, position, _turn_end(text, position + 1))


def _turn_end(text: str, start: int) -> int:
    """Where a dash turn from ``start`` ends: at the next dash that may open a turn, or at the
    paragraph's end."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    for index in range(start, end):
        if text[index] not in _DASHES:
            continue  # the common case: no need to look back past the spaces
        before = _end_before(text, index)
        if 0 < before < index and text[before - 1] in _TURN_ENDS:
            return index
    return end


def _asks(text: str, start: int, end: int) -> bool:
    """Whether the turn from ``start`` to ``end`` is a question."""
    return text[start:end].rstrip().endswith("?")


_TURN_ENDS: Final = ".?!\N{HORIZONTAL ELLIPSIS}"


def _end_before(text: str, position: int) -> int:
    """Where the text before ``position`` ends, past the spaces (not past a line break)."""
    index = position
    while index > 0 and text[index - 1].isspace() and text[index - 1] != "\n":
        index -= 1
    return index


def _opens_paragraph(text: str, position: int) -> bool:
    index = position - 1
    while index >= 0 and text[index] != "\n" and text[index].isspace():
        index -= 1
    return index < 0 or text[index] == "\n"


def _closers_ahead(text: str, position: int) -> tuple[int, dict[str, int]]:
    """Where the paragraph ends, and how many closing and opening marks it still holds after
    ``position``."""
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    counts = {
        _RQ: text.count(_RQ, position + 1, end),
        _RDQ: text.count(_RDQ, position + 1, end),
        # openers that open: not a closer typed as an opener (« … ans «, a dit X »)
        _LQ: len(_OPENS[_LQ].findall(text, position + 1, end)),
        _LDQ: len(_OPENS[_LDQ].findall(text, position + 1, end)),
    }
    return end, counts


# An opener that opens: not one followed by a comma, a stop or the paragraph's end.
_OPENS: Final = {
    mark: regex.compile(regex.escape(mark) + r"(?![\s\p{Zs}]*[,.;:!?)]|[\s\p{Zs}]*$)")
    for mark in (_LQ, _LDQ)
}


def _end_paragraph(
    text: str, newline: int, stack: list[tuple[int, str]], out: list[_Raw], next_mark: int
) -> bool:
    """Close what is open at a paragraph break, unless the next paragraph opens by reopening it."""
    if not stack:
        return False
    end = _trim_end(text, newline)
    following = int(_WS_RUN.match(text, newline).end())
    if following == next_mark and text[following] in _REOPEN.get(stack[0][1], ""):
        # French convention: each continuing paragraph reopens, only the last one closes.
        _close_above(text, stack, 1, end, out)
        return True
    if _closed_in_next_paragraph(text, following, stack):
        return False  # « … raconte-t-elle. Le corps proteste.¶À partir de là, je … » »
    _close_above(text, stack, 0, end, out)
    return False


def _closed_in_next_paragraph(text: str, following: int, stack: list[tuple[int, str]]) -> bool:
    """Whether one open pair of guillemets goes on in the paragraph at ``following``, which
    does not reopen it but closes it (« » » before any « « »), a speaker's words (« je »,
    « nous », « on » in either part) of a few words: a continuation whose reopening mark was
    left out."""
    if len(stack) != 1 or stack[0][1] != "guillemets":
        return False
    stop = text.find("\n", following)
    stop = len(text) if stop < 0 else stop
    closer = text.find(_RQ, following, stop)
    if closer < 0 or _LQ in text[following:closer] or '"' in text[following:closer]:
        return False
    words = text[following:closer]
    opened = text[stack[0][0] : following]
    # words said whole (« « Les premiers jours, je … »), not a fragment (« d'un « événement… »)
    whole = opened[1:].lstrip(_PAD)[:1].isupper()
    return whole and len(words.split()) >= 3 and speaks_as_first_person(opened + " " + words)


def _innermost(stack: list[tuple[int, str]], *families: str) -> str | None:
    for _, family in reversed(stack):
        if family in families:
            return family
    return None


def _find(stack: list[tuple[int, str]], family: str) -> int:
    for index in range(len(stack) - 1, -1, -1):
        if stack[index][1] == family:
            return index
    return -1


def _push(stack: list[tuple[int, str]], position: int, family: str) -> None:
    if len(stack) < _MAX_OPEN:
        stack.append((position, family))


def _never_opened(text: str, position: int, out: Sequence[_Raw]) -> int | None:
    """Where the words before a closing mark with nothing open began, when its opening mark
    was lost: « « A », confie X. Personne ne nous avait rien dit. » » — a whole sentence of
    the paragraph, after a quotation closed earlier in it, ends with the stray mark."""
    paragraph = text.rfind("\n", 0, position) + 1
    # ``out`` grows in closing order: only its tail can lie in this paragraph
    closed = next((raw[1] for raw in reversed(out) if raw[1] <= position), -1)
    if closed < paragraph:
        return None  # no quotation before it in the paragraph: a stray mark
    stop = position
    while stop > paragraph and text[stop - 1] in _PAD:
        stop -= 1  # the words' own end (« 2026. » ») is not the sentence before
    cut = max(text.rfind(end + " ", paragraph, stop - 1) for end in _SENTENCE_END)
    start = cut + 2 if cut >= 0 else paragraph
    while start < position and text[start] in _PAD:
        start += 1
    if start <= closed:
        return None  # the quotation before ends inside this sentence
    words = text[start:stop].split()
    if len(words) < 3 or not text[start].isupper() or text[stop - 1] not in _SENTENCE_END:
        return None
    # Only a speaker's own words go on like that (« Personne ne nous avait rien dit. » »), not
    # the writer's (« Selon la préfecture, la livraison est prévue pour 2026. » »).
    if not speaks_as_first_person(text[start:stop]):
        return None
    return start


def _close_family(
    text: str, stack: list[tuple[int, str]], out: list[_Raw], position: int, family: str
) -> None:
    """Close the innermost open quotation of ``family``; a closer with nothing to close is stray."""
    index = _find(stack, family)
    if index < 0:
        return
    if len(stack) > index + 1:
        _close_above(text, stack, index + 1, _trim_end(text, position), out)
    start, _ = stack.pop()
    out.append((start, position + 1, start + 1, position, family, False))


def _close_above(
    text: str, stack: list[tuple[int, str]], keep: int, end: int, out: list[_Raw]
) -> None:
    """End everything above ``keep`` at ``end``: dash turns end there, the rest are unclosed."""
    while len(stack) > keep:
        start, family = stack.pop()
        if family == "dash":
            out.append((start, end, start + 1, end, family, False))
        elif family not in _DROP_UNCLOSED or _speech_after_colon(text, start, end):
            out.append((start, end, start + 1, end, family, True))


def _speech_after_colon(text: str, start: int, end: int) -> bool:
    """« Il a déclaré : " Nous irons… » with the straight quote never closed: after a colon
    and before a capital, a straight quote of several words opens speech, not inches; so does
    one opening a sentence before a long run of words (« Les retards s'accumulent. "Le bateau
    part en retard, peste X. Mes mangues… »)."""
    before = text[max(0, start - 3) : start].rstrip()
    after = text[start + 1 : end].lstrip()
    if not after[:1].isupper():
        return False
    words = len(after.split())
    if before.endswith(":"):
        return words >= 4
    return (not before or before.endswith((".", "!", "?", "\n"))) and words >= 6


def _repeat_opener(
    text: str,
    stack: list[tuple[int, str]],
    out: list[_Raw],
    position: int,
    family: str,
    closers_ahead: int,
) -> None:
    """An opener while its family is open: nest if enough closers follow, else it may close."""
    open_count = sum(1 for _, open_family in stack if open_family == family)
    if closers_ahead <= open_count:
        opened = stack[_find(stack, family)][0]
        if _closes_here(text, position) or (
            closers_ahead == 0 and _lower_after(text, opened) and _lower_after(text, position)
        ):
            # « d'« erreur historique « et annonce une pétition »: with no closer left in the
            # paragraph, a mark between a fragment and lower-case words ends the fragment
            _close_family(text, stack, out, position, family)
            return
        if closers_ahead == 0:
            return  # stray: nothing could ever close it
    _push(stack, position, family)


def _closes_here(text: str, position: int) -> bool:
    """Whether a mark reads as a closer: end of paragraph, sentence end, or comma and incise."""
    index = position + 1
    while index < len(text) and text[index] in _PAD:
        index += 1
    if index >= len(text) or text[index] in "\r\n" or text[index] in _SENTENCE_END:
        return True
    if text[index] != ",":
        return False
    if _INCISE_HEAD.match(text, index) is not None:
        return True
    # « « On ne lâchera rien « , a prévenu X »: a plain incise, its verb known to the lexicon
    words = _WORDS_AFTER.match(text, index)
    return words is not None and _reporting_start(
        words.group(1).lower(), (words.group(2) or "").lower()
    )


def _lower_after(text: str, position: int) -> bool:
    index = position + 1
    while index < len(text) and text[index] in _PAD:
        index += 1
    return index < len(text) and text[index].islower()


_WORDS_AFTER: Final = regex.compile("," + _PAD_RE + "*(\\p{L}+)(?:" + _PAD_RE + "+(\\p{L}+))?")


def _reporting_start(first: str, second: str) -> bool:
    """Whether two words open a reporting verb group: a finite reporting form (« explique »),
    or an auxiliary and a participle (« a prévenu »)."""
    if first in verbs.auxiliary_index():
        infos = verbs.form_index().get(second, ())
        return any(info.tense == "past_participle" for info in infos)
    return any(info.tense in verbs.FINITE_TENSES for info in verbs.form_index().get(first, ()))


def _single_quote(text: str, stack: list[tuple[int, str]], out: list[_Raw], position: int) -> None:
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    can_close = not before.isspace() and not after.isalnum()
    if can_close and _find(stack, "single") >= 0:
        _close_family(text, stack, out, position, "single")
    elif not before.isalnum() and not after.isspace():
        _push(stack, position, "single")


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _depths(items: list[_Raw]) -> list[int]:
    """Spans nest or are disjoint, so a stack of open ends gives each one its depth."""
    depths: list[int] = []
    ends: list[int] = []
    for start, end, *_ in items:
        while ends and ends[-1] <= start:
            ends.pop()
        depths.append(len(ends))
        ends.append(end)
    return depths


def _incises(text: str, items: list[_Raw], depths: list[int]) -> dict[int, list[tuple[int, int]]]:
    """Incises searched once in each outermost content, then given to their innermost quotation."""
    found = [
        (match.start(), match.end())
        for item, depth in zip(items, depths, strict=True)
        if depth == 0
        if text.find(",", item[2], item[3]) >= 0 and text.find("-", item[2], item[3]) >= 0
        for match in _INCISE.finditer(text, item[2], item[3])
    ]
    cuts: dict[int, list[tuple[int, int]]] = {}
    open_items: list[int] = []
    following = 0
    for start, end in found:
        while following < len(items) and items[following][0] <= start:
            while open_items and items[open_items[-1]][1] <= items[following][0]:
                open_items.pop()
            open_items.append(following)
            following += 1
        while open_items and items[open_items[-1]][1] <= start:
            open_items.pop()
        if not open_items:
            continue
        owner = open_items[-1]
        inside = items[owner][2] <= start and end <= items[owner][3]
        if inside and (following >= len(items) or items[following][0] >= end):
            cuts.setdefault(owner, []).append((start, end))
    return cuts


def _parts(
    text: str, start: int, end: int, cuts: list[tuple[int, int]] | tuple[()]
) -> tuple[Span, ...]:
    if not cuts:
        return ()
    bounds = []
    piece_start = start
    for cut_start, cut_end in cuts:
        bounds.append(_trim(text, piece_start, cut_start))
        piece_start = cut_end
    bounds.append(_trim(text, piece_start, end))
    pieces = tuple(Span.of(text, a, b) for a, b in bounds if a < b)
    return pieces if len(pieces) > 1 else ()


def _role(
    text: str, start: int, content_start: int, content_end: int, family: str
) -> QuotationRole:
    """Speech, title, term or scare quote, from the content's shape and the words before it."""
    if family == "dash":
        return "speech"
    trigger = trigger_role(text, start)
    words = text[content_start : min(content_end, content_start + _HEAD)].split(None, 4)[:4]
    if (
        trigger == "title"
        and text[content_start].islower()
        and (_sign_before(text, start) or _opens_on_verb(words[0]))
    ):
        # « L'inscription « reste ouverte jusqu'au 15 mars », a précisé la mairie », « La devise
        # « a perdu 12 % », a souligné un cambiste »: in lower case, and opening on a verb, the
        # words say something about the thing named before them
        trigger = None
    if trigger == "title" and not (
        # « un projet « dangereux » »: a judgement on the project, not its name
        words[0][:1].islower()
        and (
            (len(words) == 1 and words[0].endswith(_ADJECTIVE_ENDINGS))
            or (
                # « un projet « déconnecté des besoins réels » », « un projet « hors normes » »
                (
                    words[0].endswith(_ADJECTIVE_ENDINGS + _JUDGEMENT_ENDINGS)
                    or words[0] in words_of("qualifier_head")
                )
                and _indefinite_before(text, start)
            )
        )
    ):
        return "title"
    count = len(words) if content_end - content_start <= _HEAD else 4
    last = content_end - 1
    while last > content_start and (text[last] in _CLOSING_MARKS or text[last].isspace()):
        last -= 1
    first = text[content_start].lstrip(_CLOSING_MARKS + _LQ + _LOW + _LSA)
    capital = first.isupper()
    if (
        trigger is None
        and text[last] not in _SENTENCE_END
        and not (count >= 2 and _words(words[0])[0] in _SUBJECT_WORDS)
        # « voilà ce que nous voulions »: someone speaking of themselves
        and not speaks_as_first_person(text[content_start:content_end], pronouns_only=True)
        and _named_before_colon(text, start)
    ):
        return "title"  # « a trouvé un nom à sa cuvée : « Rescapé » »
    if (
        trigger is None
        and capital
        and text[last] not in _SENTENCE_END
        and _named_before_comma(text, start)
    ):
        return "title"  # « Son thème, « Lanmè pa ka fè kado », dénonçait la pollution »
    if (
        trigger is None
        and capital
        and text[last] not in ".\N{HORIZONTAL ELLIPSIS}"
        and _after_publishing_verb(text, start)
        and _work_spoken_of(text, start, end_of_quote=content_end)
        and not speaks_as_first_person(text[content_start:content_end], pronouns_only=True)
    ):
        return "title"  # « avait déjà écrit « La tortue qui courait trop vite » »
    if count >= 4 or text[last] in _SENTENCE_END or (capital and _after_colon(text, start)):
        return "speech"
    if count >= 2 and _words(words[0])[0] in _SUBJECT_WORDS:
        return "speech"
    if trigger == "term":
        return "term"
    head = _words(words[0])[0] if count >= 2 else ""
    if quote_contexts().get(head) == "title" and not head.endswith(_PARTICIPLE_ENDINGS):
        # « la « loi immigration » », « le « plan vélo » »: a name (not « appelé au calme »)
        return "title"
    if count >= 2:
        return "title" if capital else "term"
    return "scare"


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "it", "ite")
_ADJECTIVE_ENDINGS = (
    "eux", "euse", "ible", "able", "ique", "if", "ive", "el", "elle", "al", "ale",
    "é", "ée", "ant", "ante", "ent", "ente", "aire",
)  # fmt: skip


# More adjective endings (« absurde », « inutile », « irréaliste »), trusted only after an
# indefinite noun (« un projet « absurde » »): « le plan « canicule » » is a name.
_JUDGEMENT_ENDINGS = (
    "ide", "ile", "iste", "esque", "oire", "ace", "urde", "uste", "igne", "ère", "if",
)  # fmt: skip


def _indefinite_before(text: str, start: int) -> bool:
    """Whether « un » or « une » comes right before the noun before the mark at ``start``."""
    words = text[max(0, start - _LEFT) : start].split()
    return len(words) >= 2 and words[-2].lower().replace("\u2019", "'") in _INDEFINITES


_INDEFINITES = frozenset({"un", "une", "d'un", "d'une"})


def _after_colon(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in _PAD:
        index -= 1
    return index >= 0 and text[index] == ":"


def _named_before_colon(text: str, start: int) -> bool:
    """« a trouvé un nom à sa cuvée : « Rescapé » », « Le titre est éloquent : « … » »: a naming
    noun with its article shortly before the colon makes what follows a name."""
    window = text[max(0, start - _LEFT) : start].rstrip(_PAD)
    if not window.endswith(":"):
        return False
    words = [w.strip(_STRIP_WORD) for w in _words(window[:-1])][-10:]
    # a sign's words too: « la devise peinte sur la façade des anciens Docks : « … » »
    names = words_of("name_noun") | words_of("sign")
    heads = _determiners() - _OF
    # the naming noun heads the phrase (« un nom », « une seconde devise », not « le choix du
    # nom »)
    return any(
        w in names
        and (
            (k > 0 and words[k - 1] in heads)
            or (k > 1 and words[k - 2] in heads and words[k - 1] not in _OF)
        )
        for k, w in enumerate(words)
    )


_OF: Final = frozenset({"de", "d'", "du", "des"})
# Pronouns of someone speaking of themselves; claims adds the possessives.
FIRST_PERSON_PRONOUNS: Final = frozenset({"je", "j'", "nous", "me", "m'", "moi"})
_STRIP_WORD: Final = ".,;:!?\N{HORIZONTAL ELLIPSIS}()"

# Words that speak as « je » or « nous », possessives and « on » included.
FIRST_PERSON_WORDS: Final = FIRST_PERSON_PRONOUNS | frozenset(
    {"on", "mon", "ma", "mes", "notre", "nos"}
)


def speaks_as_first_person(words: str, *, pronouns_only: bool = False) -> bool:
    """Whether words speak as « je » or « nous » (also through « on » or a possessive, unless
    ``pronouns_only``): the mark of a speaker's own words, which the writer's never bear. One
    test for every stage that asks, so that they agree on what counts."""
    wanted = FIRST_PERSON_PRONOUNS if pronouns_only else FIRST_PERSON_WORDS
    return not wanted.isdisjoint(w.strip(_STRIP_WORD) for w in _words(words))


def trigger_role(text: str, start: int) -> QuotationRole | None:
    """The role a trigger word right before the mark gives, looking at a few words only."""
    window = text[max(0, start - _LEFT) : start].rstrip(_PAD)
    if not window or not (window[-1].isalpha() or window[-1] in "'" + _RSQ):
        return None  # after a colon, a comma or a paragraph break: no trigger
    last = window.rsplit(None, 1)[-1]
    if _words(last)[-1] in _between_trigger_and_mark():
        # « les coupeurs de route, appelés ici « zaraguinas » »
        window = window[: -len(last)].rstrip(_PAD)
        if not window:
            return None
    if _words(window.rsplit(None, 1)[-1])[-1] not in _trigger_ends():
        return None  # the common case, decided without splitting the whole window
    words = _words(window)
    if start > _LEFT:
        words = words[1:]  # the first word may be cut
    table = quote_contexts()
    for candidate in (words, words[:-1] if words and words[-1] in _determiners() else None):
        if not candidate:
            continue
        for size in range(min(_LONGEST_TRIGGER, len(candidate)), 0, -1):
            role = table.get(" ".join(candidate[-size:]))
            if role is None:
                continue
            if candidate[-size] == "dit" and _speech_dit(
                candidate[:-size], _head_after(text, start)
            ):
                return None
            return role
    return None


def _opens_on_verb(word: str) -> bool:
    """« a », « reste », « ne », « promet »: words that open a predicate, not a name."""
    split = _words(word)
    head = split[0].strip(_STRIP_WORD) if split else ""
    return any(word_class(head, cls) for cls in ("auxiliary", "copula", "neg")) or any(
        info.tense != "past_participle" and info.tense != "infinitive"
        for info in verbs.form_index().get(head, ())
    )


def _named_before_comma(text: str, start: int) -> bool:
    """« Son thème, « … », », « Leur devise, « … » »: a naming or sign noun with its article
    right before the comma puts the quotation in apposition to it, a name."""
    window = text[max(0, start - _LEFT) : start].rstrip(_PAD)
    if not window.endswith(","):
        return False
    words = [w.strip(_STRIP_WORD) for w in _words(window[:-1])[-2:]]
    return (
        len(words) == 2
        and words[0] in _determiners()
        and (words[1] in words_of("name_noun") or word_class(words[1], "sign"))
    )


def _sign_before(text: str, start: int) -> bool:
    """Whether the word right before the mark (past a determiner) names a sign (« l'inscription
    « … » », « une pancarte « … » »)."""
    words = _words(text[max(0, start - _LEFT) : start])
    while words and words[-1] in _determiners():
        words.pop()
    return bool(words) and word_class(words[-1], "sign")


def _work_spoken_of(text: str, start: int, *, end_of_quote: int) -> bool:
    """Whether a work's noun stands in apposition right after the quotation (« publie « Ousa
    ou lé ? », un album », « (« Où es-tu ? »), un album »): what makes a quotation after
    « publie » or « a écrit » a title, not a message (« le ministre a écrit « … » sur X »)."""
    after = text[end_of_quote : end_of_quote + 80]
    close = len(after) - len(after.lstrip(_CLOSING_MARKS + _PAD))
    rest = after[close:]
    if rest.startswith("("):
        rest = rest[rest.find(")") + 1 :] if ")" in rest else ""
    rest = rest.lstrip(_PAD)
    if not rest.startswith(","):
        return False
    words = [w.strip(_STRIP_WORD) for w in _words(rest[1:])[:3]]
    return len(words) >= 2 and words[0] in _determiners() and words[1] in words_of("work")


def _after_publishing_verb(text: str, start: int) -> bool:
    """Whether the mark at ``start`` follows a verb whose object is a work (« a écrit »,
    « publie »), an adverb or two allowed between (« avait déjà écrit »)."""
    words = _words(text[max(0, start - _LEFT) : start])
    while words and words[-1] in _between_trigger_and_mark():
        words.pop()
    return bool(words) and words[-1] in words_of("publish")


@functools.cache
def _between_trigger_and_mark() -> frozenset[str]:
    """One-word adverbs that may part a trigger from its mark (« appelés ici », « dit
    parfois »)."""
    return frozenset(
        form
        for form, adverb in lexicon.adverbs().items()
        if adverb.kind in ("adverb", "time") and " " not in form and "'" not in form
    )


@functools.cache
def _trigger_ends() -> frozenset[str]:
    """Last words of the triggers, and determiners: a mark after anything else has no trigger."""
    return frozenset(trigger.rsplit(" ", 1)[-1] for trigger in quote_contexts()) | _determiners()


def _head_after(text: str, start: int) -> str:
    """The first word inside the mark at ``start``, lowercase, apostrophes straight."""
    head = text[start + 1 : start + 16].lstrip(_PAD).split(" ", 1)[0]
    return head.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")


def _speech_dit(before: list[str], head: str) -> bool:
    """Whether « dit » is the verb of saying: il a dit, a-t-il dit, ils m'ont dit, and after
    someone who speaks (« le maire dit », « la municipalité dit »), not after a thing named
    (« le projet dit « … » ») nor before a name's complement (« le collège dit « de la
    Gare » »)."""
    if not before:
        return False
    last = before[-1]
    if last in _SPEECH_BEFORE_DIT or last.endswith(_INVERTED_PRONOUNS):
        return True
    if head in ("de", "des", "du") or head.startswith("d'"):
        return False
    key = lexicon.normalize_key(last)
    title = lexicon.titles().get(key)
    return (title is not None and title.kind == "title") or key in lexicon.organizations()
