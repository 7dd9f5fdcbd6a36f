"""extract(): the stages run in order, text → quotations → cues and claims → speakers.

Everything before the last step works in the normalised copy of the text; the last step maps
every span back to the caller's string, which is what makes ``text[start:end] == span.text``
hold for whatever the caller passed.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Sequence
from typing import TypeGuard, cast

import attrs
import regex

from quoteattr import lexicon, quotes, verbs
from quoteattr.claims import (
    Context,
    Draft,
    cueless_draft,
    has_verb,
    link_sentence,
    sentence_like,
    uncued_draft,
    with_mention,
    words_noun,
)
from quoteattr.coref import NameSighting, may_name_someone, name_sightings, resolve
from quoteattr.cues import adverb_length_forward, find_verb_cues, may_hold_cue
from quoteattr.errors import QuoteattrError
from quoteattr.grammar import determiner, word_class, words_of
from quoteattr.mentions import MentionInfo, analyse, title_record
from quoteattr.model import Claim, Cue, MentionType, Quotation, Span, Speaker
from quoteattr.speakers import (
    main_subject,
    participle_led,
    speaker_range,
    subject_after,
    subject_before,
)
from quoteattr.text import (
    DE_WORDS,
    OPENING_GUILLEMETS,
    OffsetMap,
    Segment,
    Text,
    Token,
    sentences,
    tokenize,
)

_KIND_ORDER = {
    "direct": 0,
    "mixed": 1,
    "partial": 2,
    "indirect": 3,
    "according_to": 4,
    "nested": 5,
    "hypothetical": 6,
    "stance": 7,
}


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, with offsets into ``text`` itself.

    >>> [q.content.text for q in find_quotations("Il a dit : « Non. »")]
    ['Non.']
    """
    doc = Text.of(_checked(text))
    return [_map_quotation(doc, q) for q in quotes.find_quotations(doc.norm)]


def _map_quotation(doc: Text, q: Quotation) -> Quotation:
    return attrs.evolve(
        q,
        span=doc.span(q.span.start, q.span.end),
        content=doc.span(q.content.start, q.content.end),
        parts=tuple(doc.span(p.start, p.end) for p in q.parts),
    )


def _checked(text: object) -> str:
    if not isinstance(text, str):
        raise QuoteattrError(f"text must be a str, not {type(text).__name__}")
    return text


def extract(
    text: str,
    *,
    doc_id: str | None = None,
    backend: str = "rules",
    model: str = "fr_core_news_sm",
    stanza_dir: str | os.PathLike[str] | None = None,
) -> list[Claim]:
    """Every attributed claim in a French text, in document order.

    ``backend`` "spacy" (pipeline ``model``) or "stanza" (models in ``stanza_dir``) adds a
    parser's subjects to the rules; see docs/backends.md.

    >>> [c.kind for c in extract("« Nous irons jusqu'au bout », a déclaré le ministre.")]
    ['direct']
    """
    if backend != "rules":
        from quoteattr.backends import extract_with

        return extract_with(
            _checked(text), backend=backend, doc_id=doc_id, model=model, stanza_dir=stanza_dir
        )
    doc = Text.of(_checked(text))
    if doc_id is not None and not isinstance(doc_id, str):
        raise QuoteattrError(f"doc_id must be a str or None, not {type(doc_id).__name__}")
    drafts, sightings, described = _read(doc)
    # Only the offset map outlives the reading: on a 10 MB document the normalised copy and
    # the quotations weigh as much as the claims.
    offsets = doc.offsets
    del doc
    drafts = _deduplicate(drafts)
    kept: list[Draft] = []
    for i, d in enumerate(drafts):
        mention = d.mention
        if _thought_inside_claim(i, drafts):
            continue
        if not kept and (
            d.speaker_mode == "continuation"
            or (d.speaker_mode == "participle" and d.cue_first == 0 and mention is None)
        ):
            continue  # « Puis : « … » », « Et de conclure : « … » » with nobody quoted before
        if _unsourced(d):
            continue  # « La demi-finale confirme cette guérison »: no one announced anything
        kept.append(d)
    drafts = kept
    speakers = resolve(
        [d.mention for d in drafts],
        [d.cue[0] if d.cue else d.content[0] for d in drafts],
        sightings,
        _continues(drafts),
        described,
    )
    del sightings, described
    name = doc_id if doc_id is not None else ""
    claims: list[Claim] = []
    # Built from the end and popped, so each draft is freed as its claim is made: the peak
    # holds the claims, not the claims and all that led to them.
    drafts.reverse()
    speakers.reverse()
    while drafts:
        claims.append(_claim(offsets, name, drafts.pop(), speakers.pop()))
    return claims


def _read(
    doc: Text,
) -> tuple[list[Draft], list[NameSighting], list[tuple[int, MentionInfo]]]:
    """The paragraph loop: every draft with the mention found for it (while the sentence's
    tokens exist), every full name the text sights, and the titled subjects of sentences
    that report nothing (for a later « il »)."""
    norm = doc.norm
    quotations = quotes.iter_quotations(norm)
    upcoming = next(quotations, None)
    drafts: list[Draft] = []
    sightings: list[NameSighting] = []
    described: list[tuple[int, MentionInfo]] = []
    # How the paragraph before reported speech: "direct", "reported" (indirect or mixed) or
    # None; a paragraph that is only a quotation may go on with its speaker.
    previous_speech: str | None = None
    lone: tuple[Segment, tuple[Quotation, ...]] | None = None
    # The last sentence of the paragraph before, when it reported nothing.
    last_before: Segment | None = None
    # A paragraph of quotation given to the subject described before it, pending.
    orphan_draft: Draft | None = None
    active: list[Quotation] = []
    # One copy of each word a mention or a sighting repeats (« il », « le ministre »): a long
    # document's drafts would otherwise hold thousands of equal strings at the reading's peak.
    shared: dict[str, str] = {}
    # The label of the last question in a question-and-answer interview (« Egora : … ? »).
    interviewer: str | None = None
    for paragraph in doc.paragraphs():
        # Quotations overlapping this paragraph, kept in one forward pass (some span several).
        while upcoming is not None and upcoming.span.start < paragraph.end:
            active.append(upcoming)
            upcoming = next(quotations, None)
        active = [q for q in active if q.span.end > paragraph.start]
        in_paragraph = tuple(active)
        found: list[Draft] = []
        in_sentences = sentences(norm, paragraph)
        for index, sentence in enumerate(in_sentences):
            cue_possible = may_hold_cue(norm, sentence.start, sentence.end)
            names_possible = may_name_someone(norm, sentence.start, sentence.end)
            if not cue_possible and not names_possible and not _opens_with_title(norm, sentence):
                continue
            tokens = tokenize(norm, sentence.start, sentence.end)
            if names_possible:
                sightings.extend(
                    _shared_sighting(s, shared) for s in name_sightings([tokens], norm)
                )
            linked: list[Draft] = []
            if cue_possible:
                ctx = Context(norm, sentence, paragraph, tuple(tokens), in_paragraph)
                linked = link_sentence(ctx)
            before = len(found)
            if linked and index > 0 and _statement_then_pronoun(tokens):
                # « Le SER tire la sonnette d'alarme. Dans une note, il estime… »: a body that
                # opens the sentence before is the « il » a statement is issued by
                issuer = _issuer(
                    norm, tokenize(norm, in_sentences[index - 1].start, sentence.start)
                )
                if issuer is not None:
                    described.append((in_sentences[index - 1].start, issuer))
            for d in linked:
                found_range = speaker_range(d, tokens)
                mention = None if found_range is None else analyse(norm, *found_range, tokens)
                if mention is not None and _introduced_indefinitely(norm, mention):
                    # « Un septuagénaire a été interpellé… « … », a déclaré le septuagénaire »:
                    # the one just brought in, unnamed, not someone named of that age
                    mention = attrs.evolve(mention, anonymous=True)
                if mention is not None and _relative_pronoun(tokens, mention):
                    # « Le sénateur a défendu la loi, un texte qu'il juge « indispensable » »
                    mention = _main_subject_of(norm, tokens, mention) or mention
                if (
                    d.speaker_mode == "colon"
                    and mention is not None
                    and mention.text.split(None, 1)[0].lower() in _POSSESSIVES
                ):
                    # « Son message tient en une phrase : « … » »: whose message the sentence
                    # before says
                    mention = _previous_subject(norm, in_sentences, index) or mention
                elif _possessive_title(mention):
                    # « Le Syndeac dénonce… Son délégué régional, X, … »: the body just named
                    body = _possessor_body(norm, in_sentences, index, [*drafts[-1:], *found])
                    if body is not None:
                        mention = attrs.evolve(mention, organization=body)
                if mention is not None and d.speaker_mode == "participle" and d.cue_first == 0:
                    # « Prévenant que…, les agriculteurs ont levé le camp, a constaté X »: the
                    # main clause's subject, not the last speaker going on
                    d = attrs.evolve(d, speaker_mode="before")
                if (
                    mention is None
                    and d.speaker_mode == "participle"
                    and d.cue_first == 0
                    and not (
                        found
                        and found[-1].sentence == in_sentences[index - 1]
                        # a draft that needs a source and has none will not last
                        and not _unsourced(found[-1])
                    )
                ):
                    # « La préfète a démenti. Avant de préciser : « … » »: the subject of the
                    # sentence before, when it names someone and reports nothing (else the
                    # last speaker goes on).
                    mention = _previous_subject(norm, in_sentences, index)
                    if mention is not None:
                        d = attrs.evolve(d, speaker_mode="before")
                if (
                    _writers_voice(d, tokens, mention)
                    or _neuter_subject(mention)
                    or _reads_a_sign(d, tokens)
                ):
                    continue
                found.append(with_mention(d, None if mention is None else _shared(mention, shared)))
            _selon_after_colon(norm, found, before)
            silent = all(_unsourced(d) for d in found[before:])
            known = len(described)
            if silent and (names_possible or _opens_with_title(norm, sentence)):
                # a sentence that reports nothing lasting (« Le prévenu, un Français de 43 ans,
                # a reconnu les faits », « Goulven Roux a vendu ses truies »): its titled or
                # fully named subject may be a later « il »
                subject = _subject_mention(norm, tokens)
                if (
                    subject is not None
                    and (subject.title or (subject.type == "person" and _full_name(subject)))
                    and (
                        not subject.anonymous
                        or _asks_anonymity(norm, sentence)
                        or subject.number == "pl"
                    )
                    and _acts(norm, tokens, subject)
                ):
                    described.append((sentence.start, subject))
            if silent and cue_possible and len(described) == known:
                # « Le ministère conteste ce diagnostic. Dans un communiqué, il affirme… »: a
                # body that reacts, with no content yet, is the next « il » / « elle »
                reacting = _reacting_body(norm, tokens)
                if reacting is not None:
                    described.append((sentence.start, reacting))
        if found:
            opening = _quotation_before_claim(norm, in_sentences, in_paragraph, found)
            if opening is not None:
                found.insert(0, with_mention(opening, found[0].mention))
            found.extend(_quoted_sentences(norm, in_sentences, in_paragraph, found))
            for before_intro in _quotations_before_introduction(
                norm, in_sentences, in_paragraph, found
            ):
                _insert_in_order(found, before_intro)
        for owned, mention in _words_then_speaker(norm, in_sentences, in_paragraph, found):
            # « C'est en ces termes que X a répondu aux parents »: the verb reports the words
            # before, not a clause of its own sentence
            found[:] = [d for d in found if d.cue != owned.cue or d.kind == "direct"]
            _insert_in_order(found, with_mention(owned, mention))
        if lone is not None and in_sentences:
            # « « C'est fini. »¶Ces trois mots, prononcés par l'entraîneur… »
            # Only the last claim can reach into a paragraph no claim was found in (as for
            # _continuation), so the rest of a long document's claims are not scanned.
            owned_before = _owned_quotation(norm, lone[0], in_sentences[0], lone[1], drafts[-1:])
            if owned_before is not None:
                drafts.append(with_mention(*owned_before))
                orphan_draft = None  # its owner is named after it
        if orphan_draft is not None:
            drafts.append(orphan_draft)
            orphan_draft = None
        if not found and previous_speech is not None:
            cont = _continuation(norm, paragraph, in_paragraph, drafts, previous_speech)
            if cont is not None:
                found.append(cont)
        if not found:
            answer = _interview_answer(paragraph, in_paragraph)
            if answer is not None:
                found.append(answer)
        label = _LABEL.match(norm, paragraph.start, paragraph.end)
        if label is not None and not found and in_sentences and interviewer is not None:
            labelled = _labelled_answer(
                norm, label, paragraph, in_sentences[0], sightings, interviewer
            )
            if labelled is not None:
                found.append(labelled)
        if label is not None:
            interviewer = _question_label(norm, label, paragraph) or interviewer
        if not found:
            introduced = _introduced_speaker(norm, in_sentences, in_paragraph)
            if introduced is not None:
                mention, quoted = introduced
                found.extend(with_mention(d, mention) for d in quoted)
        # The quotation the whole paragraph is, when nothing in it was claimed.
        orphan = None if found else _orphan_quotation(norm, paragraph, in_paragraph)
        if orphan is not None and previous_speech is None and last_before is not None:
            # « La présidente du club, Anne Roy, était furieuse.¶« On nous a volé le match. » »
            described_before = _subject_mention(
                norm, tokenize(norm, last_before.start, last_before.end)
            )
            if described_before is not None:
                # kept until the next paragraph has had the chance to name the owner
                orphan_draft = with_mention(
                    cueless_draft(orphan, in_sentences[0], "before", 0.5), described_before
                )
        last_before = in_sentences[-1] if in_sentences and not found else None
        for owned, mention in _set_up_quotations(norm, in_sentences, in_paragraph, found):
            _insert_in_order(found, with_mention(owned, mention))
        if any(d.kind == "direct" for d in found):
            previous_speech = "direct"
        elif any(d.kind in ("indirect", "mixed") for d in found):
            previous_speech = "reported"
        elif found or not _opens_with_quote(norm, paragraph, in_paragraph):
            previous_speech = None
        # A paragraph of one sentence that is only a quotation nobody claimed: the next
        # paragraph may say whose words they were.
        lone = None
        if not found and len(in_sentences) == 1:
            lone = (in_sentences[0], in_paragraph)
        elif not found and in_sentences and orphan is not None:
            lone = (paragraph, in_paragraph)  # a quotation of several sentences
        drafts.extend(found)
    if orphan_draft is not None:
        drafts.append(orphan_draft)
    return _split_at_paragraphs(norm, drafts), sightings, described


# Marks that reopen a quotation at a paragraph's start; straight quotes do it too.
_REOPENING = OPENING_GUILLEMETS | {'"'}


def _selon_after_colon(norm: str, found: list[Draft], before: int) -> None:
    """« Un cadre nuance : selon lui, le site « … » », « Le patronat grince : d'après un
    calcul de la FEB, … »: the words after the colon are the « selon » claim's, and its
    « lui » is the subject before the colon; the colon's own claim goes (in place, among
    this sentence's drafts ``found[before:]``)."""
    for d in found[before:]:
        if d.cue_type != "selon" or d.cue is None or d.mention is None:
            continue
        framing = next(
            (
                e
                for e in found[before:]
                if e is not d
                and e.content[0] == d.cue[0]
                and e.cue_type == "verb"
                and norm[max(0, e.content[0] - 4) : e.content[0]].rstrip().endswith(":")
            ),
            None,
        )
        if framing is None:
            continue
        found.remove(framing)
        if framing.mention is not None and d.mention.type == "pronoun":
            found[found.index(d)] = with_mention(d, framing.mention)
        return


def _relative_pronoun(tokens: Sequence[Token], mention: MentionInfo) -> bool:
    """Whether the mention is « il » / « elle » right after a relative « qu' » / « que »
    (« un texte qu'il juge « … » »)."""
    if mention.type != "pronoun" or mention.text.lower() not in ("il", "elle"):
        return False
    k = next((i for i, t in enumerate(tokens) if t.start == mention.start), 0)
    # « Le ministre a reçu le maire, qui a présenté un projet qu'il juge… »: after a « qui »
    # the relative's own subject may be meant
    return (
        k > 1
        and tokens[k - 1].low in ("qu'", "que")
        and not any(t.low == "qui" for t in tokens[: k - 1])
    )


def _main_subject_of(
    norm: str, tokens: Sequence[Token], pronoun: MentionInfo
) -> MentionInfo | None:
    """The described subject the sentence opens with (« Le sénateur »), when the pronoun may
    stand for it; a named one is left to coreference, which keeps the pronoun as written."""
    subject = _subject_mention(norm, tokens, bodies=True)
    if (
        subject is None
        or subject.name is not None
        or subject.start >= pronoun.start
        or subject.number == "pl"
        or (subject.gender and pronoun.gender and subject.gender != pronoun.gender)
    ):
        return None
    return subject


def _shared(m: MentionInfo, shared: dict[str, str]) -> MentionInfo:
    def one(text: str | None) -> str | None:
        return None if text is None else shared.setdefault(text, text)

    return MentionInfo(
        m.start,
        m.end,
        shared.setdefault(m.text, m.text),
        m.type,
        anonymous=m.anonymous,
        name=one(m.name),
        title=one(m.title),
        organization=one(m.organization),
        gender=m.gender,
        number=m.number,
        back_reference=m.back_reference,
    )


def _shared_sighting(s: NameSighting, shared: dict[str, str]) -> NameSighting:
    return NameSighting(
        s.position,
        shared.setdefault(s.name, s.name),
        s.gender,
        s.title,
        s.subject,
        tuple(shared.setdefault(p, p) for p in s.phrases),
        s.age,
    )


def _split_at_paragraphs(norm: str, drafts: list[Draft]) -> list[Draft]:
    """A quotation continued in the next paragraph (« … masculins.¶« Aujourd'hui, … » ») is
    one claim per paragraph. The part that holds the cue (the first when the cue comes
    before the quotation, the last when it follows) keeps it; every part keeps the speaker's
    mention."""
    out: list[Draft] = []
    for d in drafts:
        start, end = d.content
        breaks = []
        k = norm.find("\n", start, end) if d.kind == "direct" else -1
        while k >= 0:
            if norm[k + 1 : end].lstrip()[:1] in _REOPENING:
                breaks.append(k)
            k = norm.find("\n", k + 1, end)
        if not breaks:
            out.append(d)
            continue
        parts = []
        for n, (a, b) in enumerate(itertools.pairwise([start, *breaks, end])):
            while a < b and (norm[a].isspace() or (n and norm[a] in _REOPENING)):
                a += 1
            while b > a and norm[b - 1].isspace():
                b -= 1
            if b - a >= 2:
                parts.append((a, b))
        cue_at = d.cue[0] if d.cue is not None else start
        owner = next((n for n, (a, b) in enumerate(parts) if cue_at < b), len(parts) - 1)
        for n, part in enumerate(parts):
            piece = attrs.evolve(d, content=part)
            if n != owner:
                piece = attrs.evolve(piece, cue=None, cue_lemma=None, cue_type=None)
            out.append(piece)
    return out


_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def _possessive_title(mention: MentionInfo | None) -> TypeGuard[MentionInfo]:
    """« Son délégué régional, X », « sa porte-parole »: a function whose body is named
    before; not « sa mère », « son épouse », whose « sa » is a person's."""
    if mention is None or mention.title is None or mention.organization is not None:
        return False
    record = title_record(mention.title)
    return (
        record is not None
        and record.kind == "title"
        and mention.text.split(None, 1)[0].lower() in _POSSESSIVES
    )


def _possessor_body(
    norm: str, in_sentences: Sequence[Segment], index: int, before: Sequence[Draft]
) -> str | None:
    """The body a possessive points to: one quoted in this sentence or the one before, else
    the body the sentence before is about."""
    since = in_sentences[max(0, index - 1)].start
    for d in reversed(before):
        if d.sentence.start < since:
            break
        m = d.mention
        if m is not None and m.type == "organization" and m.organization:
            return m.organization
    if index == 0:
        return None
    previous = in_sentences[index - 1]
    tokens = tokenize(norm, previous.start, previous.end)
    subject = _subject_mention(norm, tokens, bodies=True)
    if subject is None or subject.type != "organization" or not subject.organization:
        return None
    if _someone_else_named(tokens, subject.end):
        return None  # « Le tribunal a condamné Paul Roux. … son avocat »: Paul Roux's
    body = subject.organization
    # « La Fédération … (FIQ) sonne l'alarme »: a verb the lexicon misses ends at the acronym
    return body[: body.rfind(")") + 1] if ")" in body else body


def _acts(norm: str, tokens: Sequence[Token], subject: MentionInfo) -> bool:
    """Whether the subject does something: « Le préfet était absent », « a été limogé », « n'a
    pas répondu » describe someone who is not about to speak."""
    after = [t.low for t in tokens if t.start >= subject.end and t.word][:4]
    if not after:
        return False
    if word_class(after[0], "neg") and any(
        tokens[vc.first].start >= subject.end and word_class(vc.lemma, "litotes")
        for vc in find_verb_cues(tokens)
    ):
        return True  # « Le prévenu n'a pas contesté les faits »: he admits them
    return not (
        word_class(after[0], "neg")
        or (
            after[0] in verbs.auxiliary_index()
            and (after[0] not in ("a", "ont", "avait", "avaient") or after[1:2] == ["été"])
        )
    )


def _full_name(mention: MentionInfo) -> bool:
    """A first name and a surname (« Goulven Trébouta »), not a surname alone."""
    return mention.name is not None and " " in mention.name


def _statement_then_pronoun(tokens: Sequence[Token]) -> bool:
    """« Dans un communiqué publié lundi, il affirme… »: a written statement, then a subject
    pronoun; bodies issue statements."""
    if len(tokens) < 5 or tokens[0].low != "dans" or not determiner(tokens[1].low):
        return False
    if lexicon.source_kind(tokens[2].low) != "document":
        return False
    return any(
        tokens[k].text == "," and tokens[k + 1].low in ("il", "elle", "ils", "elles")
        for k in range(3, min(len(tokens) - 1, 16))
    )


def _issuer(norm: str, tokens: Sequence[Token]) -> MentionInfo | None:
    """The body a sentence opens with, even before a verb the lexicons miss: up to its
    acronym (« Le Syndicat des énergies renouvelables (SER) tire… ») or its first comma
    (« Le groupe, qui fabrique des résines, … »)."""
    found = _subject_mention(norm, tokens, bodies=True)
    if found is None and len(tokens) > 2 and determiner(tokens[0].low):
        end = next(
            (
                k + 1
                for k in range(2, min(len(tokens), 14))
                if tokens[k].text == ","
                or (
                    tokens[k].text == ")"
                    and tokens[k - 1].text.isupper()
                    and tokens[k - 2].text == "("
                )
            ),
            None,
        )
        if end is not None:
            last = end - 1 if tokens[end - 1].text == "," else end
            found = analyse(norm, tokens[0].start, tokens[last - 1].end, tokens)
    return found if found is not None and found.type == "organization" else None


def _asks_anonymity(norm: str, sentence: Segment) -> bool:
    """« Un cadre, qui a requis l'anonymat, rejette ces accusations », « qui préfère ne pas
    être nommé »: a source described as anonymous on purpose is about to be quoted, though
    only as « il » or « ce dernier »."""
    return _anonymity_pattern().search(norm, sentence.start, sentence.end) is not None


@functools.cache
def _anonymity_pattern() -> regex.Pattern[str]:
    def alternation(cls: str) -> str:
        return "|".join(sorted(words_of(cls), key=len, reverse=True))

    return regex.compile(
        rf"\b(?:{alternation('anonymity')})\b"
        rf"|\b(?:pas être|rester) (?:{alternation('unnamed')})\b",
        regex.IGNORECASE,
    )


def _opening_preposition(word: str) -> bool:
    """« Dans un communiqué, », « Au banc du gouvernement, »: a phrase before the subject."""
    return word in ("au", "aux") or word_class(word, "prep")


_GROUP_DETERMINERS = frozenset({"des", "plusieurs", "quelques", "certains", "certaines"})


def _opens_with_title(norm: str, sentence: Segment) -> bool:
    """« Le préfet… », « L'entraîneur… »: a determiner and a title open the sentence (a test
    on its first two words, before any tokenising)."""
    head = norm[sentence.start : min(sentence.end, sentence.start + 60)]
    words = head.split(None, 2)
    if not words:
        return False
    first = words[0].lower()
    if (
        "," in head
        and len(words) > 1
        and (
            (first.endswith(("é", "ée", "és", "ées")) and word_class(words[1].lower(), "prep"))
            # « Au banc du gouvernement, la ministre… »; a source (« Selon X, ») is no subject
            or (_opening_preposition(first) and first not in ("selon", "pour", "d'après"))
        )
    ):
        # « Interrogée par France Inter, la ministre… »: the subject after the opening phrase
        words = head.split(",", 1)[1].split(None, 2)
        if not words:
            return False
        first = words[0].lower()
    if first.startswith("l'") and len(first) > 2:
        title = first[2:]
    elif len(words) >= 2 and (
        word_class(first, "det")
        or (word_class(first, "det_indef") and _asks_anonymity(norm, sentence))
        # « Des habitants ont manifesté. Ils dénoncent… »: a group may be a later « ils »
        or first in _GROUP_DETERMINERS
    ):
        title = words[1].lower()
    else:
        return False
    return lexicon.normalize_key(title.rstrip(",")) in lexicon.titles()


_INTERROGATIVES = frozenset(
    {"qui", "que", "qu'", "quel", "quelle", "quels", "quelles", "pourquoi", "comment"}
)


def _writers_voice(d: Draft, tokens: Sequence[Token], mention: MentionInfo | None) -> bool:
    """« Je souligne que… », « Rappelons que… » outside quotation marks: the writer's own
    voice, not an attribution. ``tokens`` are those of the draft's sentence."""
    if tokens and tokens[-1].text == "?" and d.cue is not None:
        # « Qui n'a jamais dit que… ? », « Avez-vous remarqué que… ? »: a question to the reader
        cue_words = {t.low for t in tokens[d.cue_first : d.cue_last]}
        if (
            (mention is not None and mention.text.lower() in ("qui", "vous", "tu"))
            or any(w.endswith(("-vous", "-tu")) for w in cue_words)
            or (mention is None and tokens[0].low in _INTERROGATIVES)
        ):
            return True
    return (
        mention is not None
        and mention.text.lower() in ("je", "j'", "nous")
        and d.kind not in ("nested", "direct")
    )


def _neuter_subject(mention: MentionInfo | None) -> bool:
    """« Tout indique que… », « Cela montre que… »: a neuter pronoun says nothing; nor does
    a sign (« une banderole proclamait « … » ») or a phrase (« une même phrase revenait »),
    whose writer goes unnamed."""
    if mention is None:
        return False
    low = mention.text.lower()
    if word_class(low, "mute"):
        return True
    if mention.organization or mention.name or mention.type == "pronoun":
        # « Les Affiches parisiennes », « Le tract de la CGT »: someone wrote it
        return False
    words = mention.text.replace("'", "' ").split(None, 3)
    if len(words) > 1 and determiner(words[0].lower()):
        words = words[1:]
    # « une banderole », « une même phrase revenait : « … » »: a sign or the words themselves
    return any(
        not w[:1].isupper()
        and (word_class(w.lower(), "sign") or word_class(w.lower(), "utterance"))
        for w in words[:2]
    )


def _reads_a_sign(d: Draft, tokens: Sequence[Token]) -> bool:
    """« Sur sa pancarte, on pouvait lire « Non à la réforme » »: a sign's words, whose writer
    goes unnamed (« lit-on dans le communiqué de la CGT » names one)."""
    return d.cue_lemma == "lire" and any(word_class(t.low, "sign") for t in tokens)


def _thought_inside_claim(i: int, drafts: Sequence[Draft]) -> bool:
    """A stance verb inside another claim's content (« a déclaré qu'il espérait que… ») is
    part of that claim, not a second one; so is a quoted fragment inside what someone said
    (« Commentaire du président : il refuse « … » »), though not inside « selon X, … », whose
    content is the writer's sentence. Drafts are in content order: only neighbours can
    contain it."""
    d = drafts[i]
    # « Pour le conseiller, ces chiffres montrent que… »: evidence inside someone's claim is
    # their reasoning, not a document's own claim
    evidence = (
        d.mention is not None
        and d.mention.type == "document"
        and d.cue_lemma is not None
        and word_class(d.cue_lemma, "evidence")
    )
    # « Il dit n'avoir assuré que la moitié de ses surfaces, « … » »: a verb inside the
    # content with no subject of its own is part of what was said
    bare = (
        _no_source(d.mention)
        # « les jeunes estiment que… » inside another claim: people, their own claim
        and (d.mention is None or d.mention.number != "pl")
        # a document and a share of people (« 68 % des Français estiment… ») speak
        and not (
            d.mention is not None
            and (d.mention.type == "document" or any(c.isdigit() for c in d.mention.text))
        )
        and d.speaker_mode == "before"
        and d.kind in ("indirect", "mixed")
    )
    if (d.kind not in ("stance", "partial") and not evidence and not bare) or d.cue is None:
        return False
    if d.speaker_mode == "after":
        return False  # « un objectif jugé « atteignable » par le Haut Conseil »: its own source
    cue = d.cue
    return any(
        other is not d
        and other.content[0] <= cue[0]
        and cue[1] <= other.content[1]
        and not _unsourced(other)  # a claim that will not last holds nothing
        and (d.kind == "stance" or evidence or bare or other.kind != "according_to")
        # « Macron a qualifié l'attaque d'« odieuse », a rapporté l'Élysée »: the Élysée
        # reports what Macron said; both are claims.
        and not (
            d.kind == "partial"
            and other.quoted == d.content
            and other.cue is not None
            and other.cue[0] >= other.content[1]
        )
        for other in drafts[max(0, i - 8) : i + 8]
    )


def _continues(drafts: Sequence[Draft]) -> list[str]:
    """How each claim takes its speaker from the document rather than its own words:
    "continue" for a quoted paragraph with no cue and for a participle right after a claim of
    the same sentence (« …, déclare-t-elle, affirmant que ») or opening its own sentence,
    "interview" for an answer in an
    interview, "nested" for speech quoted inside a quotation, "opening" for a subject pronoun
    that opens the sentence (« Ils affirment que… »), "" otherwise."""
    out = []
    for i, d in enumerate(drafts):
        same_sentence = i > 0 and drafts[i - 1].sentence == d.sentence
        # « Avant de préciser : « … » », « Ajoutant que… »: a sentence that opens with its
        # participle or infinitive has no subject of its own either.
        opens = i > 0 and d.cue_first == 0
        if d.speaker_mode == "continuation" or (
            d.speaker_mode == "participle" and (same_sentence or opens)
        ):
            out.append("continue")
        elif d.speaker_mode == "interview":
            out.append("interview")
        elif d.kind == "nested":
            out.append("nested")
        elif (
            d.mention is not None
            and d.mention.type == "pronoun"
            and d.mention.start == d.sentence.start
        ):
            out.append("opening")
        else:
            out.append("")
    return out


def _orphan_quotation(norm: str, paragraph: Segment, qs: Sequence[Quotation]) -> Quotation | None:
    """The spoken quotation that makes up the whole paragraph, if any."""
    start = paragraph.start
    while start < paragraph.end and norm[start].isspace():
        start += 1
    end = paragraph.end
    while end > start and norm[end - 1].isspace():
        end -= 1
    for q in qs:
        if q.span.start == start and q.span.end >= end - 1 and q.depth == 0:
            return q if q.role == "speech" and sentence_like(norm, q) else None
    return None


def _opens_with_quote(norm: str, paragraph: Segment, qs: Sequence[Quotation]) -> bool:
    return any(q.span.start == paragraph.start and q.role == "speech" for q in qs)


def _continuation(
    norm: str,
    paragraph: Segment,
    qs: Sequence[Quotation],
    drafts: Sequence[Draft],
    previous: str,
) -> Draft | None:
    """A paragraph that is only a quotation, right after a quoted paragraph: same speaker.
    After reported speech (« Le ministre a assuré que les prix seraient maintenus.¶« Les
    planteurs ne paieront pas. » »), only a spoken sentence, not a title standing alone."""
    for q in qs:
        if (
            q.span.start == paragraph.start
            and q.role == "speech"
            and q.depth == 0
            and q.style != "dash"  # interview turns alternate speakers: see _interview_answer
            and drafts
        ):
            if q.content.end - q.content.start < 2 or drafts[-1].content[1] >= q.content.end:
                return None
            if previous == "reported" and not _said_sentence(norm, q):
                return None
            return cueless_draft(q, paragraph, "continuation", 0.6)
    return None


def _said_sentence(norm: str, q: Quotation) -> bool:
    """« Aucun éleveur ne sera oublié. », « Jamais vu ça. »: a statement, with a verb or three
    words; not a question (an interviewer's), a label (« Bouclier tarifaire. ») or a title
    standing alone."""
    text = q.content.text.rstrip()
    if not text.endswith((".", "!", "\N{HORIZONTAL ELLIPSIS}")):
        return False
    tokens = tokenize(norm, q.content.start, q.content.end)
    return has_verb(tokens) or sum(t.word for t in tokens) >= 3


def _quoted_sentences(
    norm: str, in_sentences: Sequence[Segment], qs: Sequence[Quotation], found: Sequence[Draft]
) -> list[Draft]:
    """Sentences that are only a quotation, after a claim of the same paragraph: the same
    speaker goes on (« « Nous ne céderons pas », a dit la ministre. « Ce texte sera voté. » »).

    A quotation that a cue of its own already claims, or that runs on into more words of its
    sentence (a title, a term), is left alone.
    """
    starts = {s.start: s for s in in_sentences}
    out = []
    for q in qs:
        sentence = starts.get(q.span.start)
        if (
            sentence is None
            or q.depth != 0
            or q.role != "speech"
            or q.style == "dash"
            or q.content.end - q.content.start < 2
        ):
            continue
        last = next((s for s in reversed(in_sentences) if s.start < q.span.end), sentence)
        if norm[q.span.end : last.end].strip(_END_OF_SENTENCE):
            continue  # more words after the closing mark
        if any(d.content[0] < q.content.end and q.content.start < d.content[1] for d in found):
            continue
        if any(d.content[1] <= q.span.start and d.kind != "nested" for d in found):
            out.append(cueless_draft(q, sentence, "continuation", 0.6))
    return out


_END_OF_SENTENCE = " .!?\N{HORIZONTAL ELLIPSIS}"


def _quotations_before_introduction(
    norm: str, in_sentences: Sequence[Segment], qs: Sequence[Quotation], found: Sequence[Draft]
) -> list[Draft]:
    """« « On n'a jamais eu aussi peu de blessés. » Gustave Decroos, qui coordonne les
    secours, tient le compte. « … », ajoute-t-il. »: a sentence that is only a quotation, then
    one that introduces a fully named person and reports nothing, then a claim of « il » /
    « elle »: the quotation is that person's."""
    out: list[Draft] = []
    for k in range(len(in_sentences) - 2):
        spoken = _quotation_sentences(norm, in_sentences, k, qs)
        if spoken is None or spoken[1] + 2 >= len(in_sentences):
            continue
        q, last = spoken
        quoted = in_sentences[k]
        intro, after = in_sentences[last + 1 : last + 3]
        if q.content.text.rstrip().endswith("?"):
            continue
        if any(quoted.start <= d.content[0] < intro.end and d.kind != "nested" for d in found):
            continue  # the quotation or the introduction already reports something
        pronoun = next((d for d in found if after.start <= d.content[0] < after.end), None)
        if pronoun is None or pronoun.mention is None or pronoun.mention.type != "pronoun":
            continue
        if k > 0 and _speaking_subject_before(norm, in_sentences[k - 1]):
            continue  # « Le ministre a rencontré les grévistes. « … » Nathalie Roux… »: his
        intro_tokens = tokenize(norm, intro.start, intro.end)
        subject = _subject_mention(norm, intro_tokens)
        if (
            subject is None
            # « Jean Roux, maire, a visité les sinistrés »: the words may be theirs
            or any(
                t.start >= subject.end
                and (title := lexicon.titles().get(t.low)) is not None
                and title.number == "pl"
                for t in intro_tokens
            )
            or subject.type != "person"
            or not _full_name(subject)
            or (subject.gender and pronoun.mention.gender not in (None, subject.gender))
            or any(m.span.start < intro.end and intro.start < m.span.end for m in qs)
        ):
            continue
        out.append(with_mention(cueless_draft(q, quoted, "introduced", 0.5), subject))
    return out


def _quotation_before_claim(
    norm: str,
    in_sentences: Sequence[Segment],
    qs: Sequence[Quotation],
    found: Sequence[Draft],
) -> Draft | None:
    """« « C'est une étape importante. » Le président du club a ensuite ajouté : « … » »: a
    paragraph that opens with a sentence that is only a quotation, before a sentence whose
    subject is the speaker of its claim, quotes that speaker. Not a question put to them, and
    not when the sentence answers someone (« a démenti », « a rejeté ») or talks about the
    words (« a prononcé ces mots »): the quotation is then someone else's."""
    q = _only_quotation(norm, in_sentences[0], qs) if len(in_sentences) >= 2 else None
    if q is None:
        return None
    first = found[0]
    mention = first.mention
    if (
        first.sentence != in_sentences[1]
        or first.cue is None
        or first.speaker_mode != "before"  # the subject of the sentence, not an incise's
        or first.kind not in ("direct", "indirect", "mixed", "partial")
        or mention is None
        or mention.type not in ("person", "organization", "group", "pronoun")
    ):
        return None
    if (
        q.content.end - q.content.start < 2
        or q.content.text.rstrip().endswith("?")  # a question put to the speaker
        or any(d.content[0] < q.content.end and q.content.start < d.content[1] for d in found)
        or _answers_or_cites(tokenize(norm, in_sentences[1].start, in_sentences[1].end))
    ):
        return None
    return cueless_draft(q, in_sentences[0], "introduced", 0.5)


def _words_then_speaker(
    norm: str, in_sentences: Sequence[Segment], qs: Sequence[Quotation], found: Sequence[Draft]
) -> list[tuple[Draft, MentionInfo]]:
    """« « Nous avons tout perdu. » Ces mots sont ceux de Jeanne Morel. », « C'est en ces
    termes que la maire a réagi. »: a sentence that is only a quotation, then one that names
    whose words they are."""
    out: list[tuple[Draft, MentionInfo]] = []
    for k in range(1, len(in_sentences)):
        sentence = in_sentences[k]
        j = k - 1
        if j > 0 and _continued(in_sentences[j], found):
            j -= 1  # « « A. » Puis : « B ». Ces mots sont ceux de X »: B goes on from A
        owned = _owned_quotation(norm, in_sentences[j], sentence, qs, found)
        while owned is not None:
            out.append(owned)
            # « « A. » « B. » Ces mots sont ceux de X »: quotations in a row, one voice
            j -= 1
            if j < 0 or "\n" in norm[in_sentences[j].end : in_sentences[j + 1].start]:
                break
            owned = _owned_quotation(norm, in_sentences[j], sentence, qs, found)
    return out


def _continued(sentence: Segment, found: Sequence[Draft]) -> bool:
    """Whether ``sentence`` holds a quotation that goes on from the one before it (« Puis :
    « … » »)."""
    return any(
        d.speaker_mode == "continuation" and sentence.start <= d.content[0] < sentence.end
        for d in found
    )


def _owned_quotation(
    norm: str,
    before: Segment,
    sentence: Segment,
    qs: Sequence[Quotation],
    found: Sequence[Draft],
) -> tuple[Draft, MentionInfo] | None:
    """The quotation ``before`` consists of, with the owner ``sentence`` names, if any."""
    q = _only_quotation(norm, before, qs)
    if q is None:
        return None
    if any(d.content[0] < q.content.end and q.content.start < d.content[1] for d in found):
        return None
    tokens = tokenize(norm, sentence.start, sentence.end)
    owner = _words_owner(tokens)
    if owner is None:
        return None
    cue, lemma, (a, b) = owner
    mention = analyse(norm, tokens[a].start, tokens[b - 1].end, tokens)
    if mention.type not in ("person", "organization", "group", "pronoun"):
        return None
    draft = attrs.evolve(
        cueless_draft(q, before, "after", 0.6),
        cue=(tokens[cue[0]].start, tokens[cue[1] - 1].end),
        cue_lemma=lemma,
        cue_type="verb",
    )
    return draft, mention


_THESE_WORDS: tuple[tuple[str, ...], ...] = (
    ("en", "ces", "termes"),
    ("par", "ces", "mots"),
    ("ainsi",),
)
_CE_SONT = (("ce", "sont"), ("c'", "est"), ("c'", "était"), ("ce", "furent"), ("ce", "seront"))
# « Le constat vient de X », « Ce cri du cœur émane de X »: whose words these are.
_COMES_FROM = frozenset({"vient", "venait", "émane", "émanait", "provient", "provenait"})


def _cleft_owner(
    tokens: Sequence[Token], start: int
) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """« Cette phrase, c'est l'élue X qui l'a prononcée »: the owner from ``start`` to
    « qui », then the words' object pronoun and a verb that utters them."""
    rel = next(
        (k for k in range(start + 1, min(len(tokens), start + 12)) if tokens[k].low == "qui"), None
    )
    if rel is None or rel + 3 >= len(tokens) or tokens[rel + 1].low not in ("l'", "les"):
        return None
    cue = next((vc for vc in find_verb_cues(tokens) if vc.first in (rel + 1, rel + 2)), None)
    if cue is not None:
        return (rel + 1, cue.last), cue.lemma, (start, rel)
    if tokens[rel + 2].low in verbs.auxiliary_index() and word_class(
        tokens[rel + 3].low, "uttered_by"
    ):
        return (rel + 1, rel + 4), "prononcer", (start, rel)
    if tokens[rel + 2].low in verbs.forms_of_class("utter", finite=True):
        return (rel + 1, rel + 3), "prononcer", (start, rel)  # « qui les prononce »
    return None


def _words_owner(
    tokens: Sequence[Token],
) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """The cue's token range, its lemma and the owner's token range in « Ces mots sont ceux
    de X », « Ce sont les premiers mots de X », « Le constat vient de X », « C'est en ces
    termes que X a conclu » or « X a répété ces mots », or None."""
    lows = [t.low for t in tokens]
    named = _named_after_the_words(tokens)
    if named is not None:
        return named
    if len(lows) > 3 and lows[0] == "ainsi":
        return _thus_spoken(tokens)
    if (
        len(lows) > 5
        and lows[0] in ("ces", "ce", "cette", "les", "la", "le")
        and word_class(lows[1], "utterance")
    ):
        if (
            lows[2] in ("sont", "étaient", "est", "était")
            and lows[3] in ("ceux", "celles", "celui", "celle")
            and lows[4] in DE_WORDS
        ):
            end = _owner_end(tokens, 5)
            return ((2, 5), "être", (5, end)) if end > 5 else None
        if lows[0] in ("ces", "ce", "cette") and lows[2:5] == [",", "c'", "est"]:
            return _cleft_owner(tokens, 5)  # « Cette phrase, c'est X qui l'a prononcée »
        if lows[0] in ("ces", "ce", "cette"):
            return _said_by(tokens)  # « Ces mots, prononcés par l'entraîneur, … »
    if lows[:2] == ["c'", "est"] and (said := _said_by(tokens)) is not None:
        return said  # « C'est le mot d'ordre lancé par la fédération »
    if len(lows) > 5 and lows[:3] == ["c'", "est", "ce"] and lows[3] in ("que", "qu'"):
        # « C'est ce que dénonce un riverain, Paul Roux » (a paragraph after the words)
        cues = [vc for vc in find_verb_cues(tokens) if vc.first >= 4]
        if cues and cues[0].first == 4 and cues[0].clitic is None:
            after = subject_after(tokens, cues[0].last)
            if after is not None:
                return (cues[0].first, cues[0].last), cues[0].lemma, after
    if len(lows) > 5 and tuple(lows[:2]) in _CE_SONT:
        # « Ce sont les premiers mots du guide Frédéric Crettenand »
        k = 2 + (lows[2] == "là")
        if k < len(lows) and determiner(lows[k]):
            noun = next((j for j in range(k + 1, min(k + 4, len(lows))) if tokens[j].word), None)
            while noun is not None and noun + 1 < len(lows) and lows[noun] in _ORDINALS:
                noun += 1
            if (
                noun is not None
                and words_noun(lows[noun])
                and noun + 2 < len(lows)
                and lows[noun + 1] in DE_WORDS
            ):
                end = _owner_end(tokens, noun + 2)
                return ((0, 2), "être", (noun + 2, end)) if end > noun + 2 else None
    said_by = _said_by(tokens)
    if said_by is not None:
        return said_by
    if len(lows) > 4 and determiner(lows[0]) and words_noun(lows[1]):
        # « Le constat, sans appel, vient de la directrice… », « Le cri d'alarme émane de… »
        k = 2
        if lows[k] in DE_WORDS and k + 2 < len(lows) and tokens[k + 1].word:
            k += 2
        if lows[k] == ",":
            k = next((j + 1 for j in range(k + 1, min(k + 8, len(lows))) if lows[j] == ","), k)
        if k + 2 < len(lows) and lows[k] in _COMES_FROM and lows[k + 1] in DE_WORDS:
            end = _owner_end(tokens, k + 2)
            return ((k, k + 1), "venir", (k + 2, end)) if end > k + 2 else None
    for words in _THESE_WORDS[:2]:
        k = len(words)
        if tuple(lows[:k]) == words and k + 2 < len(lows) and lows[k] == ",":
            # « Par ces mots, le maire a mis fin au suspense »: the main clause's subject
            rest = tokens[k + 1 :]
            found = main_subject(rest, len(rest))
            if found is None or found[0] != 0:
                return None
            verb = k + 1 + found[1]
            cues = [vc for vc in find_verb_cues(tokens) if vc.first >= verb]
            cue = (cues[0].first, cues[0].last) if cues else (0, k)
            lemma = cues[0].lemma if cues else "dire"
            return cue, lemma, (k + 1, verb)
    if (
        len(lows) > 5
        and determiner(lows[0])
        and words_noun(lows[1])
        and lows[2] in DE_WORDS
        and (end := next((k for k in range(4, 9) if lows[k : k + 1] in (["est"], ["était"])), 0))
        and all(t.word for t in tokens[3:end])
        and len(lows) - end <= 5
        and not any(t.low in ("que", "qu'") for t in tokens[end:])
    ):
        # « Le message de la CGT est clair », « Le constat du maire était sans appel »
        return (0, 2), "dire", (3, end)
    if lows[:2] == ["c'", "est"]:
        for words in _THESE_WORDS:
            k = 2 + len(words)
            if tuple(lows[2:k]) == words and k < len(lows) and word_class(lows[k], "que"):
                cues = [vc for vc in find_verb_cues(tokens) if vc.first > k + 1]
                if cues and cues[0].clitic is None:
                    end = cues[0].first - int(tokens[cues[0].first - 1].text == ",")
                    return (cues[0].first, cues[0].last), cues[0].lemma, (k + 1, end)
                if words != ("ainsi",):
                    # « C'est par ces mots que la directrice a accueilli les parents »: the
                    # words say it was speech, whatever the verb
                    rest = tokens[k + 1 :]
                    found = main_subject(rest, len(rest))
                    if found is not None and found[0] == 0:
                        return (2, k), "dire", (k + 1, k + 1 + found[1])
        return None
    uttered = _words_uttered(tokens)
    if uttered is None:
        return None
    owner = subject_before(tokens, uttered[0])
    return None if owner is None else ((uttered[0], uttered[1]), "dire", owner)


def _thus_spoken(
    tokens: Sequence[Token],
) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """« Ainsi parle Boubacar Diawara, chef du village »: the verb, then its subject."""
    cue = next((vc for vc in find_verb_cues(tokens) if vc.first == 1), None)
    if cue is not None:
        after = None if cue.clitic else subject_after(tokens, cue.last)
        return None if after is None else ((cue.first, cue.last), cue.lemma, after)
    # « parle » with its subject after it is no verb group the cue finder takes
    infos = verbs.form_index().get(tokens[1].low, ())
    after = subject_after(tokens, 2) if infos else None
    return ((1, 2), infos[0].lemma, after) if after is not None and after[0] == 2 else None


def _named_after_the_words(
    tokens: Sequence[Token],
) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """« Celle qui parle ainsi s'appelle X », « L'auteur de ce cri d'alarme est X », « Ce
    constat, on le doit à X », « La voix de X tremble »: a sentence that says whose the
    words before were."""
    lows = [t.low for t in tokens]
    n = len(lows)
    k: int | None = None
    if n > 5 and lows[0] in ("celle", "celui", "ceux", "celles") and lows[1] == "qui":
        # « Celle qui parle ainsi s'appelle X », « Celui qui s'exprime ainsi est X »
        k = next((j + 1 for j in range(2, min(n, 6)) if lows[j] == "ainsi"), None)
        if k is not None and lows[k : k + 2] in (["s'", "appelle"], ["se", "nomme"]):
            k += 2
        elif k is not None and lows[k : k + 1] in (["est"], ["était"]):
            k += 1
        else:
            k = None
    elif (
        n > 6
        and determiner(lows[0])
        and lows[1] in ("auteur", "autrice", "auteure")
        and lows[2] in DE_WORDS
    ):
        # « L'auteur de ce cri d'alarme est X »
        verb = next((j for j in range(3, min(n, 9)) if lows[j] in ("est", "était")), None)
        if verb is not None and any(words_noun(w) for w in lows[3:verb]):
            k = verb + 1
    elif n > 6 and determiner(lows[0]) and words_noun(lows[1]):
        # « Ce constat amer, on le doit à X »
        on = next((j for j in range(2, min(n - 4, 6)) if lows[j] == "on"), None)
        if (
            on is not None
            and lows[on + 1] in ("le", "la", "les", "l'")
            and lows[on + 2] in ("doit", "devait")
            and lows[on + 3] in ("à", "au", "aux")
        ):
            k = on + 4
    elif n > 4 and lows[0] == "la" and lows[1] == "voix" and lows[2] in DE_WORDS:
        k = 3  # « La voix de Marc Dupuis, viticulteur à Cahors, tremble encore »
    elif n > 6 and lows[:4] in (["la", "voix", "est", "celle"], ["la", "voix", "était", "celle"]):
        k = 5 if lows[4] in DE_WORDS else None  # « La voix est celle de X »
    elif (
        n > 7
        and lows[0] == "derrière"
        and lows[1] in ("ces", "cette", "ce")
        and words_noun(lows[2])
        and lows[3:7] == [",", "il", "y", "a"]
    ):
        k = 7  # « Derrière ces mots, il y a Marius Giraudo, 81 ans »
    if k is None or k >= n:
        return None
    end = _owner_end(tokens, k)
    return ((0, 2), "dire", (k, end)) if end > k else None


_PRESENTING = (
    ("c'", "est"),
    ("tel", "est"),
    ("telle", "est"),
    ("tels", "sont"),
    ("telles", "sont"),
    ("voilà",),
    ("voici",),
)

_FEW = frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix", "quelques"})


def _said_by(tokens: Sequence[Token]) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """« La phrase, lâchée par la présidente, Marie Lenoir, … », « Ces trois mots, prononcés
    par l'entraîneur… »: the words quoted before, with whoever said them after « par »."""
    lows = [t.low for t in tokens]
    # « C'est le message martelé par X », « Tel est le cri d'alarme lancé par X »
    lead = next((len(p) for p in _PRESENTING if tuple(lows[: len(p)]) == p), 0)
    if len(lows) < 6 + lead or not determiner(lows[lead]):
        return None
    k = lead + 1
    while k < len(lows) and (lows[k][:1].isdigit() or lows[k] in _FEW):
        k += 1
    if k >= len(lows) or not words_noun(lows[k]):
        return None
    if k + 3 < len(lows) and lows[k + 1] in ("d'", "de") and tokens[k + 2].word:
        k += 2  # « le cri d'alarme lancé par », « le message d'adieu adressé par »
    for m in range(k + 1, min(len(lows) - 2, k + 14)):
        if lows[m] in _SIGNED_AUX and lows[m + 1] in _SIGNED and lows[m + 2] != "par":
            # « La phrase, lâchée mardi sur l'ORTM, est signée Seydou Kanouté, président… »
            # (« signée par X » is the passive below; « signée de X » drops its « de »)
            owner = m + 2 + int(lows[m + 2] in ("de", "d'"))
            end = _owner_end(tokens, owner)
            return ((m, m + 2), "dire", (owner, end)) if end > owner else None
    j = k + 1 + int(k + 1 < len(lows) and lows[k + 1] == ",")
    passive = _passive_auxiliary(lows, j)
    first = j
    j += passive
    # « le message adressé par X », « le constat dressé par X »: with or without « a été »
    if j + 2 >= len(lows) or not (
        _uttering_participle(lows[j]) or word_class(lows[j], "uttered_by")
    ):
        return None
    par = j + 1
    while (
        par < len(lows)
        and par - j <= 3
        and lows[par] != "par"
        and adverb_length_forward(tokens, par)
    ):
        par += adverb_length_forward(tokens, par)  # « a été faite mardi soir par »
    if par + 1 >= len(lows) or lows[par] != "par":
        return None
    end = _owner_end(tokens, par + 1)
    return ((first, j + 1), "dire", (par + 1, end)) if end > par + 1 else None


_SIGNED_AUX = frozenset({"est", "était", "sont", "étaient"})
_SIGNED = frozenset({"signé", "signée", "signés", "signées"})

# « La promesse a été faite par X », « Le constat est dressé par X »: the passive's auxiliary.
_PASSIVE = (("a", "été"), ("avait", "été"), ("ont", "été"), ("est",), ("était",), ("fut",))


def _passive_auxiliary(lows: Sequence[str], j: int) -> int:
    """How many words from ``j`` form a passive auxiliary (« a été », « est »), else 0."""
    for words in _PASSIVE:
        if tuple(lows[j : j + len(words)]) == words:
            return len(words)
    return 0


def _uttering_participle(low: str) -> bool:
    """« prononcés », « lâchée », « tenus »: a past participle of a verb that says words."""
    return word_class(low, "utter_form") or any(
        info.tense == "past_participle"
        and (word_class(info.lemma, "restate") or word_class(info.lemma, "utter"))
        for info in verbs.form_index().get(low, ())
    )


def _adverb(low: str) -> bool:
    """An adverb of the lexicon, or a word in -ment (« inlassablement »)."""
    return low in lexicon.adverbs() or (len(low) > 5 and low.endswith("ment"))


def _words_uttered(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The verb group's token range in « l'accusé a répété ces mots », « a prononcé cette
    phrase », « a eu ces mots »: the subject says the words quoted before. Not a reply or a
    comment (« a dénoncé ces propos »): those words are someone else's."""
    for j in range(2, len(tokens) - 1):
        if tokens[j].low not in ("ces", "cette") or not (
            word_class(tokens[j + 1].low, "utterance") or tokens[j + 1].low == "propos"
        ):
            continue
        verb = j - 1
        while verb > 0 and _adverb(tokens[verb].low):
            verb -= 1  # « a répété inlassablement ces mots »
        base = tokens[verb].low
        if not (
            word_class(base, "utter_form")
            or any(
                word_class(info.lemma, "restate") or word_class(info.lemma, "utter")
                for info in verbs.form_index().get(base, ())
            )
        ):
            return None
        first = verb
        while first > 0 and (
            _adverb(tokens[first - 1].low)
            or word_class(tokens[first - 1].low, "neg_adverb")
            or tokens[first - 1].low in verbs.auxiliary_index()
        ):
            first -= 1
        if any(t.low in ("ne", "n'") for t in tokens[max(0, first - 1) : verb]):
            return None  # « il n'a jamais prononcé ces mots »
        return first, verb + 1
    return None


_ORDINALS = frozenset({"premiers", "premières", "derniers", "dernières", "seuls", "propres"})


def _owner_end(tokens: Sequence[Token], start: int) -> int:
    """Where the owner named from ``start`` ends: at a stop or a preposition other than
    « de », with an apposition after a comma (« de Jeanne Morel, agricultrice dans la Drôme »)."""
    lows = [t.low for t in tokens]
    end = start
    while (
        end < len(lows)
        and tokens[end].text not in ".!;:,"
        and not (word_class(lows[end], "prep") and lows[end] not in DE_WORDS)
        and lows[end] not in ("à", "au", "aux")  # « le ministre aux collectivités »
        and not word_class(lows[end], "rel")
        and not (  # « … ce matin », « … lundi », not « du 13 novembre » or « Mars »
            end > start
            and tokens[end].text[:1].islower()
            and tokens[end].low not in DE_WORDS
            and not tokens[end - 1].text.isdigit()
            and adverb_length_forward(tokens, end)
        )
    ):
        end += 1
    if end + 1 < len(lows) and tokens[end].text == "," and _apposed(tokens, end + 1):
        end = next(
            (k for k in range(end + 1, len(lows)) if tokens[k].text in ".!;:,"),
            len(lows),
        )
    return end


def _apposed(tokens: Sequence[Token], k: int) -> bool:
    """Whether a title or a name opens the words at ``k`` (an apposition, not « lors de… »)."""
    j = k + 1 if word_class(tokens[k].low, "det") and k + 1 < len(tokens) else k
    return tokens[j].capitalized or lexicon.normalize_key(tokens[j].low) in lexicon.titles()


def _answers_or_cites(tokens: Sequence[Token]) -> bool:
    """« Le ministre a rejeté ces accusations », « a répondu », « a prononcé ces mots »: the
    quotation before is someone else's, or words this sentence talks about."""
    replies = verbs.forms_of_class("reply")
    for k, t in enumerate(tokens):
        if t.low in replies:
            return True
        if t.low in ("ce", "cet", "cette", "ces") and k + 1 < len(tokens):
            noun = tokens[k + 1].low
            if word_class(noun, "utterance") or noun in verbs.reporting_nouns():
                return True
    return False


_DOCUMENT_SUBJECT_DETS = frozenset({"le", "la", "un", "une", "son", "sa", "leur"})


def _document_subject(text: str) -> bool:
    """« le courrier », « l'étude », « un communiqué du jury », not « nos résultats » or
    « des analyses »: a determiner a document that speaks after its verb takes."""
    low = text.lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    return low.startswith("l'") or low.split(None, 1)[0] in _DOCUMENT_SUBJECT_DETS


def _unsourced(d: Draft) -> bool:
    """A draft that needs a source and has none, so it will not last. A document that opens
    the sentence shows as a person says (« Le rapport révèle que… »); a fact does not (« La
    crise révèle « … » »), nor figures a cleft brings in (« C'est ce que montrent les
    chiffres »)."""
    if not d.needs_source:
        return False
    if (
        d.mention is not None
        and d.mention.type == "document"
        and d.cue_lemma is not None
        and (
            (d.speaker_mode == "before" and word_class(d.cue_lemma, "evidence"))
            # « « Il faut agir vite » insiste la tribune publiée dans Le Monde », « Les élèves
            # iront en car, précise le courrier »: a document that says, not one that shows
            or (
                d.speaker_mode == "after"
                and (
                    d.kind == "direct"
                    or (
                        not word_class(d.cue_lemma, "evidence")
                        # not an object taken for a subject (« conteste nos résultats »,
                        # « propose des analyses »)
                        and _document_subject(d.mention.text)
                    )
                )
            )
        )
    ):
        return False
    return _no_source(d.mention)


def _no_source(mention: MentionInfo | None) -> bool:
    """Whether a mention names no one who could have said something."""
    return mention is None or mention.type not in ("person", "organization", "group", "pronoun")


def _previous_subject(norm: str, in_sentences: Sequence[Segment], index: int) -> MentionInfo | None:
    """The person or body the sentence before ``index`` in the paragraph is about, if any."""
    if index == 0:
        return None
    previous = in_sentences[index - 1]
    tokens = tokenize(norm, previous.start, previous.end)
    if (
        len(tokens) > 1
        and tokens[0].low in ("il", "elle")
        and tokens[1].word
        and not (tokens[0].low == "il" and word_class(tokens[1].low, "impersonal"))
    ):
        # « Il parle d'une « situation intenable ». Et d'ajouter : « … » »: the same « il »
        return analyse(norm, tokens[0].start, tokens[0].end, tokens)
    return _subject_mention(norm, tokens)


def _someone_else_named(tokens: Sequence[Token], after: int) -> bool:
    """Whether the sentence names a person or another body after its subject (ending at
    offset ``after``): a later « son », « sa » may be theirs."""
    for t in tokens:
        if t.start < after or not t.word:
            continue
        key = lexicon.normalize_key(t.low)
        if t.capitalized or key in lexicon.titles() or key in lexicon.organizations():
            return True
    return False


# How far back an indefinite « un septuagénaire » is looked for.
_INDEFINITE_REACH = 600


def _introduced_indefinitely(norm: str, mention: MentionInfo) -> bool:
    """Whether a definite noun of age (« le septuagénaire ») takes up an indefinite one the
    text brought in just before (« Un septuagénaire a été interpellé »)."""
    words = mention.text.lower().replace("'", "' ").split()
    if len(words) != 2 or words[0] not in ("le", "la", "l'") or not word_class(words[1], "age"):
        return False
    before = norm[max(0, mention.start - _INDEFINITE_REACH) : mention.start].lower()
    return f"un {words[1]}" in before or f"une {words[1]}" in before


def _subject_mention(
    norm: str, tokens: Sequence[Token], *, bodies: bool = False
) -> MentionInfo | None:
    """The person or body, named or titled, that opens a sentence as its subject, if any;
    ``bodies`` accepts a body known only by its organisation (« L'association a porté
    plainte »)."""
    found = main_subject(tokens, len(tokens))
    opening = 0
    if tokens and (
        participle_led(tokens, 0)
        # « Comme à chaque rentrée, la présidente… », « Dans un communiqué, le maire… »; not
        # « Selon la police, le suspect… » or « Pour le maire, … »: a source before
        or (_opening_preposition(tokens[0].low) and tokens[0].low not in ("selon", "pour", "d'"))
        or (tokens[0].low == "comme" and len(tokens) > 1 and word_class(tokens[1].low, "prep"))
    ):
        # « Interrogée par France Inter, la ministre… »
        opening = next((k + 1 for k, t in enumerate(tokens[:10]) if t.text == ","), 0)
    named = False
    if found is None:
        found = _named_subject(tokens, opening)
        named = True
    if found is None or found[0] != opening:
        return None
    mention = analyse(norm, tokens[found[0]].start, tokens[found[1] - 1].end, tokens)
    if (
        mention.text.lower() in ("voici", "voilà")
        and found[1] < len(tokens)
        and not tokens[found[1]].capitalized
    ):
        return None  # « Voici la réponse du maire » presents; « Voici a révélé » is a magazine
    if named and (
        mention.type != "person"
        or " " not in (mention.name or "")
        # « Le lycée Victor Hugo ferme ses portes »: a determiner needs a title to be a person
        or (determiner(tokens[found[0]].low) and not mention.title)
    ):
        return None
    if mention.type not in ("person", "organization", "group") or not (
        mention.name or mention.title or (bodies and mention.organization)
    ):
        return None
    return mention


def _reacting_body(norm: str, tokens: Sequence[Token]) -> MentionInfo | None:
    """The body (« Le ministère du Commerce ») that opens a sentence as the subject of a
    reporting verb with no content (« conteste ce diagnostic », « a réagi »)."""
    if not tokens or tokens[0].low not in ("le", "la", "l'"):
        return None
    subject = _subject_mention(norm, tokens, bodies=True)
    if (
        subject is None
        or subject.type != "organization"
        or not subject.organization
        or subject.anonymous
        or not subject.gender
    ):
        return None
    if not any(
        tokens[vc.first].start >= subject.end and not vc.hypothetical
        for vc in find_verb_cues(tokens)
    ):
        return None  # « Le tribunal se prononcera le 12 juin »: nothing said yet
    return subject


def _named_subject(tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """« L'éleveuse Berthille Roux vend ses vaches », « Le patron du chalutier, Goulven Le
    Dréau, rentre à Lorient »: a verb the lexicons do not know, the first plain word right
    after a name (or after the comma closing its apposition)."""
    for k in range(start + 1, min(len(tokens), start + 14)):
        t = tokens[k]
        if not t.word:
            if t.text == ",":
                continue
            return None
        after_comma = tokens[k - 1].text == ","
        before = tokens[k - 2] if after_comma else tokens[k - 1]
        if (
            t.capitalized
            # the comma closing an apposition opened by another (« Entretien avec Claire
            # Dubois, directrice du festival » is no sentence)
            or (after_comma and not any(u.text == "," for u in tokens[start : k - 1]))
            or lexicon.normalize_key(t.low) in lexicon.titles()
            or len(t.low) < 3
            or not before.capitalized
            or determiner(before.low)
            or word_class(t.low, "prep")
            or word_class(t.low, "conj")
            or word_class(t.low, "que")
            or word_class(t.low, "rel")
            or determiner(t.low)
            or adverb_length_forward(tokens, k)
        ):
            continue
        return subject_before(tokens, k)
    return None


def _insert_in_order(found: list[Draft], draft: Draft) -> None:
    """Put a draft found by a later rule in its place among the paragraph's, by content."""
    at = next((k for k, d in enumerate(found) if d.content[0] > draft.content[0]), len(found))
    found.insert(at, draft)


def _set_up_quotations(
    norm: str, in_sentences: Sequence[Segment], qs: Sequence[Quotation], found: Sequence[Draft]
) -> list[tuple[Draft, MentionInfo]]:
    """« Le procureur, Xavier Delmas, a tenu une conférence de presse. « Rien ne permet de
    conclure. » Les analyses, a-t-il précisé, … »: a sentence that is only a quotation, right
    after a sentence that reports nothing and whose subject is a named or titled person,
    is that person's. Runs after the paragraph's other rules, which may have claimed it."""
    out: list[tuple[Draft, MentionInfo]] = []
    for before, sentence in itertools.pairwise(in_sentences):
        q = _only_quotation(norm, sentence, qs)
        if q is None or any(
            d.sentence.start <= before.start < d.sentence.end
            or before.start <= d.content[0] < before.end
            for d in found
        ):
            continue
        if any(d.content[0] < q.content.end and q.content.start < d.content[1] for d in found):
            continue
        tokens = tokenize(norm, before.start, before.end)
        if any(word_class(t.low, "sign") for t in tokens):
            continue  # « Le manifestant brandit une pancarte. « Non à la réforme ! » »
        mention = _subject_mention(norm, tokens)
        if mention is None or mention.type != "person":
            continue
        out.append((cueless_draft(q, sentence, "introduced", 0.5), mention))
    return out


def _introduced_speaker(
    norm: str, in_sentences: Sequence[Segment], qs: Sequence[Quotation]
) -> tuple[MentionInfo, list[Draft]] | None:
    """« « Les négociations sont terminées. » Le porte-parole, Jean Hervé, n'a laissé aucune
    place au doute. « … » »: in a paragraph with no cue, sentences that are only a quotation
    belong to the person the one other sentence is about."""
    quoted = [(s, q) for s in in_sentences if (q := _only_quotation(norm, s, qs)) is not None]
    spans = [q.span for q in qs if any(q.span.start == s.start for s, _ in quoted)]
    # A quotation of several sentences covers the later ones too.
    others = [s for s in in_sentences if not any(p.start <= s.start < p.end for p in spans)]
    if not quoted or len(others) != 1:
        return None
    tokens = tokenize(norm, others[0].start, others[0].end)
    if _answers_or_cites(tokens) and _words_uttered(tokens) is None:
        return None  # « Le ministre a dénoncé ces propos »: someone else's words
    mention = _subject_mention(norm, tokens)
    if mention is None or mention.type == "group":
        return None
    drafts = []
    for sentence, q in quoted:
        drafts.append(cueless_draft(q, sentence, "introduced", 0.5))
    return mention, drafts


def _speaking_subject_before(norm: str, sentence: Segment) -> bool:
    """Whether the sentence before a quotation opens on a person or a body, who may have
    said it (not « le carnaval a attiré 40 000 personnes »)."""
    subject = _subject_mention(norm, tokenize(norm, sentence.start, sentence.end), bodies=True)
    return subject is not None and subject.type in ("person", "organization", "group")


def _quotation_sentences(
    norm: str, in_sentences: Sequence[Segment], k: int, qs: Sequence[Quotation]
) -> tuple[Quotation, int] | None:
    """The spoken quotation that sentences ``k`` to ``last`` consist of and nothing else (« « J'ai
    perdu mon travail. Une cour dit que j'avais raison. » »), with ``last``; else None."""
    q = next(
        (
            q
            for q in qs
            if q.span.start == in_sentences[k].start
            and q.depth == 0
            and q.role == "speech"
            and q.style != "dash"
        ),
        None,
    )
    if q is None:
        return None
    last = next((m for m in range(k, len(in_sentences)) if in_sentences[m].end >= q.span.end), None)
    if last is None or norm[q.span.end : in_sentences[last].end].strip(_END_OF_SENTENCE):
        return None
    return q, last


def _only_quotation(norm: str, sentence: Segment, qs: Sequence[Quotation]) -> Quotation | None:
    """The spoken quotation a sentence consists of and nothing else, or None."""
    return next(
        (
            q
            for q in qs
            if q.span.start == sentence.start
            and q.depth == 0
            and q.role == "speech"
            and q.style != "dash"
            and not norm[q.span.end : sentence.end].strip(_END_OF_SENTENCE)
        ),
        None,
    )


def _interview_answer(paragraph: Segment, qs: Sequence[Quotation]) -> Draft | None:
    """« — Nous irons jusqu'au bout. »: in an interview, a dash turn that is not a question is
    the interviewee's answer; the speaker is the person the article is about (see coref)."""
    for q in qs:
        if q.style == "dash" and q.span.start == paragraph.start and q.depth == 0:
            text = q.content.text.rstrip()
            if len(text) < 2 or text.endswith("?"):
                return None  # the journalist's question
            return cueless_draft(q, paragraph, "interview", 0.5)
    return None


# « Dr Lhospitalier : », « Mme Durand : », « Hélène Roy : »: a speaker's label in an interview.
_LABEL = regex.compile(
    r"(?:(?:Dr|Pr|Me|M\.|Mme|Mgr)\s+)?(\p{Lu}[\p{L}'\N{RIGHT SINGLE QUOTATION MARK}-]+"
    r"(?:\s+\p{Lu}[\p{L}'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,2})[ \u00a0\u202f]?:\s+"
)


# How many of the last names sighted an interview's label is looked for among.
_LABEL_LOOKBACK = 200


def _question_label(norm: str, label: regex.Match[str], paragraph: Segment) -> str | None:
    """The label of a paragraph that asks a question (« Egora : Accueillerez-vous… ? »)."""
    if not norm[label.end() : paragraph.end].rstrip().endswith("?"):
        return None
    return str(label.group(1))


def _labelled_answer(
    norm: str,
    found: regex.Match[str],
    paragraph: Segment,
    first: Segment,
    sightings: Sequence[NameSighting],
    interviewer: str,
) -> Draft | None:
    """« Dr Lhospitalier : Oui, si l'on me trouve un bureau. »: in a question-and-answer
    interview (a labelled question came before), a paragraph opened by the name of someone
    the article named, then a colon, is that person's answer; not the interviewer's turns,
    not a headline or a listing (« Macron : les cinq annonces », « Roy : Le Retour, 12
    titres »), which end without a full stop. ``found`` is the paragraph's label."""
    if found.group(1) == interviewer:
        return None
    start, end = found.end(), paragraph.end
    while end > start and norm[end - 1].isspace():
        end -= 1
    said = norm[start:end]
    if said.endswith("?") or len(said.split()) < 3 or not said.endswith((".", "!", "…", "»")):
        return None
    if not has_verb(tokenize(norm, start, end)):
        return None  # « Mbappé : un doublé et beaucoup d'activité (8/10). »: a rating
    surname = found.group(1).split()[-1]
    if not any(
        s.position < paragraph.start and s.name.split()[-1] == surname
        for s in sightings[-_LABEL_LOOKBACK:]
    ):
        return None
    label_end = found.end(1)
    tokens = tokenize(norm, paragraph.start, label_end)
    mention = analyse(norm, paragraph.start, label_end, tokens)
    if mention is None or mention.type != "person":
        return None
    return with_mention(uncued_draft((start, end), first, "colon", 0.5), mention)


def _deduplicate(drafts: list[Draft]) -> list[Draft]:
    """One claim per content span; the more specific kind wins."""
    best: dict[tuple[int, int, bool], Draft] = {}
    order: list[tuple[int, int, bool]] = []
    for d in drafts:
        # « Citant un rapport, le journal affirme que … »: the cited source's claim stands
        # beside the reporter's, on the same words
        key = (*d.content, d.cue_lemma == "citer")
        if key not in best:
            best[key] = d
            order.append(key)
        elif _KIND_ORDER[d.kind] < _KIND_ORDER[best[key].kind] and d.cue_type == "verb":
            best[key] = d
        elif best[key].cue is None and d.cue is not None and d.kind == best[key].kind:
            # « « A… (never closed)¶« B », a expliqué X »: the part with its own cue is X's,
            # not the first quotation's going on
            best[key] = d
    return sorted((best[k] for k in order), key=lambda d: (d.content[0], d.content[1]))


def _claim(
    offsets: OffsetMap,
    doc_id: str,
    d: Draft,
    speaker: Speaker | None,
) -> Claim:
    mention = d.mention
    content = offsets.span(*d.content)
    quoted = offsets.span(*d.quoted) if d.quoted is not None else None
    cue = None
    if d.cue is not None and d.cue_lemma and d.cue_type:
        cue = Cue(offsets.span(*d.cue), d.cue_lemma, d.cue_type)  # type: ignore[arg-type]
    if speaker is not None:
        mention_span: Span | None = None
        if mention is not None:
            mention_span = offsets.span(mention.start, mention.end)
        speaker = attrs.evolve(
            speaker,
            mention=mention_span,
            type=cast(MentionType, mention.type)
            if mention is not None and speaker.type == "unknown"
            else speaker.type,
        )
    return Claim(
        doc_id=doc_id,
        kind=d.kind,  # type: ignore[arg-type]
        content=content,
        quoted=quoted,
        cue=cue,
        speaker=speaker,
        confidence=d.confidence,
    )
