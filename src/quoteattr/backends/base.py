"""A parse any backend can supply, and the one place the rules engine's claims use it.

The rules engine stays the reference: a parser only fills in a speaker the rules could not
find, through the cue verb's ``nsubj``. French parsers are known to attach a post-verbal
inverted subject (« a déclaré le ministre ») as an object and to misattach « selon X », so
the rules keep those cases and every claim they already attributed. Offsets index the text
the parse was made from, which is also the text the claims index.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs

from quoteattr.coref import name_sightings, resolve
from quoteattr.errors import BackendError
from quoteattr.mentions import analyse
from quoteattr.model import Claim, MentionType, Span, Speaker
from quoteattr.pipeline import extract
from quoteattr.text import Text, sentences, tokenize

# Dependents that hang off a subject without naming it (« le ministre, qui était là, »).
_NOT_IN_MENTION = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "punct", "dep", "cc"})
# The subject of a verb reached through these relations is the cue verb's own subject:
# « est arrivé et a déclaré », « a tenu à rappeler ».
_SHARES_SUBJECT = frozenset({"conj", "xcomp"})
_MENTION_TYPES: frozenset[str] = frozenset(
    {"person", "organization", "group", "pronoun", "anonymous", "document", "unknown"}
)
_EDGE_PUNCT = " ,;:.\N{EM DASH}\N{EN DASH}-()"


@attrs.frozen
class ParsedToken:
    """One syntactic word: a multiword token's parts (« du » = de + le) share its offsets.

    ``head`` is the index of the governing word in :attr:`Parse.tokens`, or -1 for a root;
    ``entity`` is the named-entity label ("" outside an entity).
    """

    start: int
    end: int
    text: str
    lemma: str
    upos: str
    head: int
    deprel: str
    sentence: int
    entity: str = ""


def _words(tokens: Iterable[ParsedToken]) -> tuple[ParsedToken, ...]:
    return tuple(tokens)


@attrs.frozen
class Parse:
    """A backend's analysis of ``text``: words in order, with offsets into ``text``."""

    text: str
    tokens: tuple[ParsedToken, ...] = attrs.field(converter=_words)

    @tokens.validator
    def _offsets_in_text(
        self, attribute: attrs.Attribute[tuple[ParsedToken, ...]], value: tuple[ParsedToken, ...]
    ) -> None:
        for i, tok in enumerate(value):
            if not 0 <= tok.start <= tok.end <= len(self.text):
                raise ValueError(
                    f"Parse.tokens[{i}] {tok.start}:{tok.end} is outside a text of "
                    f"{len(self.text)} characters"
                )
            if not -1 <= tok.head < len(value):
                raise ValueError(f"Parse.tokens[{i}].head {tok.head} names no token")

    def children(self, index: int) -> tuple[int, ...]:
        """Indices of the words governed by word ``index``."""
        return tuple(i for i, t in enumerate(self.tokens) if t.head == index)


def sentence_spans(parse: Parse) -> tuple[Span, ...]:
    """The parse's sentences as spans of its text, first word to last word.

    >>> p = Parse("Oui. Non.", [ParsedToken(0, 3, "Oui", "oui", "INTJ", -1, "root", 0),
    ...     ParsedToken(5, 8, "Non", "non", "INTJ", -1, "root", 1)])
    >>> [s.text for s in sentence_spans(p)]
    ['Oui', 'Non']
    """
    bounds: dict[int, tuple[int, int]] = {}
    for tok in parse.tokens:
        start, end = bounds.get(tok.sentence, (tok.start, tok.end))
        bounds[tok.sentence] = (min(start, tok.start), max(end, tok.end))
    return tuple(Span.of(parse.text, a, b) for a, b in (bounds[k] for k in sorted(bounds)))


def _cue_word(parse: Parse, cue: Span, lemma: str) -> int | None:
    """The verb of a cue span: the word with the cue's lemma, else its first VERB."""
    inside = [
        i
        for i, t in enumerate(parse.tokens)
        if t.start < cue.end and cue.start < t.end and t.end > t.start
    ]
    for i in inside:
        if parse.tokens[i].lemma.lower() == lemma.lower():
            return i
    verbs = [i for i in inside if parse.tokens[i].upos == "VERB"]
    return verbs[0] if verbs else None


def _subject_of(parse: Parse, verb: int) -> int | None:
    """The word heading the verb's active subject, following conj / xcomp up at most twice;
    None for a passive (« a été annoncé »), where the agent is no speaker to guess at."""
    for _ in range(3):
        deps = parse.children(verb)
        if any(parse.tokens[d].deprel.startswith(("nsubj:pass", "nsubjpass")) for d in deps):
            return None
        subjects = [d for d in deps if parse.tokens[d].deprel in ("nsubj", "csubj")]
        if subjects:
            return subjects[0]
        tok = parse.tokens[verb]
        if tok.deprel not in _SHARES_SUBJECT or tok.head < 0:
            return None
        verb = tok.head
    return None


def _subtree(parse: Parse, head: int) -> list[int]:
    """``head`` and what it governs, without relative clauses and punctuation."""
    found = [head]
    stack = [head]
    while stack:
        for child in parse.children(stack.pop()):
            if parse.tokens[child].deprel not in _NOT_IN_MENTION:
                found.append(child)
                stack.append(child)
    return sorted(found)


def _mention_range(parse: Parse, head: int) -> tuple[int, int] | None:
    """Character range of the contiguous words around ``head`` in its subtree."""
    words = _subtree(parse, head)
    at = words.index(head)
    lo = hi = at
    while lo > 0 and words[lo - 1] == words[lo] - 1:
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1] == words[hi] + 1:
        hi += 1
    start = parse.tokens[words[lo]].start
    end = parse.tokens[words[hi]].end
    text = parse.text
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return (start, end) if end > start else None


def _needs_speaker(claim: Claim) -> bool:
    if claim.cue is None or claim.cue.type != "verb":
        return False  # « selon X », nouns and colons: the rules' own ground
    speaker = claim.speaker
    return speaker is None or speaker.mention is None


def _norm_offset(doc: Text, original: int) -> int:
    """The normalised offset of an original one (the map is monotonic)."""
    return bisect.bisect_left(range(len(doc.norm)), original, key=doc.to_original_start)


def _speaker_for(
    doc: Text, start: int, end: int, known: Sequence[Speaker], position: int
) -> Speaker | None:
    """A speaker for the original range ``start:end``, resolved like the rules' ones: a
    surname gets the full name seen earlier, a known source keeps its entity id."""
    n_start, n_end = _norm_offset(doc, start), _norm_offset(doc, end)
    if n_end <= n_start:
        return None
    info = analyse(doc.norm, n_start, n_end)
    if info.type == "pronoun":
        return None  # the rules' coreference would have bound it; a bare « il » says nothing
    all_tokens = [
        tokenize(doc.norm, s.start, s.end) for p in doc.paragraphs() for s in sentences(doc.norm, p)
    ]
    sightings = name_sightings(all_tokens, doc.norm)
    found = resolve([info], [_norm_offset(doc, position)], sightings, [""])
    speaker = found[0]
    if speaker is None:
        return None
    same = next((s for s in known if speaker.name is not None and s.name == speaker.name), None)
    entity = (
        same.entity
        if same is not None
        else 1 + max((s.entity for s in known if s.entity is not None), default=-1)
    )
    return attrs.evolve(
        speaker,
        mention=doc.span(n_start, n_end),
        entity=entity,
        type=mention_type(info.type) if speaker.type == "unknown" else speaker.type,
    )


def improve(claims: Iterable[Claim], parse: Parse) -> list[Claim]:
    """The rules' claims, with a speaker taken from the parse where the rules found none.

    Only claims with a verb cue and no speaker mention change; nothing else is re-run.

    >>> p = Parse("Il pleut.", [])
    >>> improve([], p)
    []
    """
    out = list(claims)
    doc: Text | None = None
    for i, claim in enumerate(out):
        if not _needs_speaker(claim) or claim.cue is None:
            continue
        verb = _cue_word(parse, claim.cue.span, claim.cue.lemma)
        subject = None if verb is None else _subject_of(parse, verb)
        found = None if subject is None else _mention_range(parse, subject)
        if found is None or (found[0] < claim.end and claim.start < found[1]):
            continue  # no subject, or one inside the claim's own words
        doc = doc or Text.of(parse.text)
        known = [c.speaker for c in out if c.speaker is not None]
        speaker = _speaker_for(doc, *found, known, claim.cue.span.start)
        if speaker is not None:
            out[i] = attrs.evolve(claim, speaker=speaker)
    return out


def extract_parsed(parse: Parse, *, doc_id: str | None = None) -> list[Claim]:
    """The rules engine on ``parse.text``, improved with the parse.

    >>> [c.kind for c in extract_parsed(Parse("Selon la police, tout va bien.", []))]
    ['according_to']
    """
    return improve(extract(parse.text, doc_id=doc_id), parse)


def missing(what: str, install: str) -> BackendError:
    """The error for an absent optional dependency, with the command that installs it."""
    return BackendError(f"{what} is not installed; install it with: {install}")


def mention_type(value: str) -> MentionType:
    """``value`` when it is a mention type, else "unknown"."""
    return value if value in _MENTION_TYPES else "unknown"  # type: ignore[return-value]
