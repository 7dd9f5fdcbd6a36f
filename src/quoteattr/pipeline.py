"""extract(): the stages run in order, text → quotations → cues and claims → speakers.

Everything before the last step works in the normalised copy of the text; the last step maps
every span back to the caller's string, which is what makes ``text[start:end] == span.text``
hold for whatever the caller passed.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence
from typing import cast

import attrs
import regex

from quoteattr import quotes
from quoteattr.claims import (
    POSSESSIVE_DETERMINERS,
    Context,
    Draft,
    cueless_draft,
    link_sentence,
    sentence_like,
    with_mention,
    words_as_subject,
)
from quoteattr.claims.paragraphs import (
    answers_or_cites,
    continuation,
    insert_in_order,
    interview_answers,
    labelled_answer,
    only_quotation,
    owned_quotation,
    quotation_before_claim,
    quotations_before_introduction,
    quoted_sentences,
    speaks_of,
    words_then_speaker,
    words_uttered,
)
from quoteattr.coref import NameSighting, may_name_someone, name_sightings, resolve
from quoteattr.cues import may_hold_cue
from quoteattr.errors import QuoteattrError
from quoteattr.grammar import word_class
from quoteattr.mentions import MentionInfo, analyse, possessor_reference
from quoteattr.model import Claim, Cue, MentionType, Quotation, Span, Speaker
from quoteattr.speakers import speaker_range
from quoteattr.subjects import (
    acts,
    asks_anonymity,
    chanted,
    full_name,
    introduced_indefinitely,
    main_subject_of,
    neuter_subject,
    opens_with_title,
    possessive_title,
    possessor_body,
    previous_subject,
    reacting_body,
    reads_a_sign,
    relative_pronoun,
    set_apart,
    statement_issuer,
    statement_then_pronoun,
    subject_mention,
    topic_subject,
    writers_voice,
)
from quoteattr.text import OPENING_GUILLEMETS, OffsetMap, Segment, Text, sentences, tokenize

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
    drafts = _join_coordinated_fragments(doc.norm, drafts)
    # subjects described at the head of their paragraph (a line): someone new, not a variation
    openers = frozenset(m.start for _, m in described if _opens_line(doc.norm, m.start))
    # Only the offset map outlives the reading: on a 10 MB document the normalised copy and
    # the quotations weigh as much as the claims.
    offsets = doc.offsets
    # Which claims speak as « je », read before the normalised copy goes: only those of a
    # pronoun or a title, the two kinds of mention coreference asks it for.
    says_i: set[tuple[int, int]] = set()
    for d in drafts:
        m = d.mention
        if (
            m is not None
            and (m.type == "pronoun" or m.title is not None)
            and _SAYS_I.search(doc.norm, *d.content) is not None
        ):
            says_i.add(d.content)
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
        [d.content in says_i for d in drafts],
        openers,
        [d.cue is not None and d.content[1] <= d.cue[0] for d in drafts],
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
    # Whether the paragraph before reported anything, a fragment (« juge « décent » ») too.
    claimed_before = False
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
            if not cue_possible and not names_possible and not opens_with_title(norm, sentence):
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
            if linked and index > 0 and statement_then_pronoun(tokens):
                # « Le SER tire la sonnette d'alarme. Dans une note, il estime… »: a body that
                # opens the sentence before is the « il » a statement is issued by
                issuer = statement_issuer(
                    norm, tokenize(norm, in_sentences[index - 1].start, sentence.start)
                )
                if issuer is not None:
                    described.append((in_sentences[index - 1].start, issuer))
            for d in linked:
                found_range = speaker_range(d, tokens)
                mention = None if found_range is None else analyse(norm, *found_range, tokens)
                if mention is not None and introduced_indefinitely(norm, mention):
                    # « Un septuagénaire a été interpellé… « … », a déclaré le septuagénaire »:
                    # the one just brought in, unnamed, not someone named of that age
                    mention = attrs.evolve(mention, anonymous=True)
                if mention is not None and (topic := topic_subject(norm, tokens, mention)):
                    mention = topic  # « Quant à la préfète, elle a assuré… »
                if mention is not None and relative_pronoun(tokens, mention):
                    # « Le sénateur a défendu la loi, un texte qu'il juge « indispensable » »
                    mention = main_subject_of(norm, tokens, mention) or mention
                if (
                    d.speaker_mode == "colon"
                    and mention is not None
                    and mention.text.split(None, 1)[0].lower() in POSSESSIVE_DETERMINERS
                ):
                    # « Son message tient en une phrase : « … » »: whose message the sentence
                    # before says, else the last speaker's (« Sa solution : « … » »)
                    mention = (
                        previous_subject(norm, in_sentences, index)
                        or possessor_reference(mention)
                        or mention
                    )
                elif (
                    d.speaker_mode == "selon"
                    and mention is not None
                    and (reference := possessor_reference(mention)) is not None
                ):
                    mention = reference  # « Ses propos, selon lesquels… »: whoever « ses » is
                elif possessive_title(mention):
                    # « Le Syndeac dénonce… Son délégué régional, X, … »: the body just named
                    body = possessor_body(norm, in_sentences, index, [*drafts[-1:], *found])
                    if body is not None:
                        mention = attrs.evolve(mention, organization=body)
                if (
                    mention is not None
                    and d.speaker_mode == "participle"
                    and (d.cue_first == 0 or mention.start > tokens[d.cue_first].start)
                ):
                    # « Prévenant que…, les agriculteurs ont levé le camp, a constaté X »,
                    # « Selon la police, après avoir affirmé que…, le suspect a fui »: the main
                    # clause's subject after the participle's clause, not the last speaker
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
                    mention = previous_subject(norm, in_sentences, index)
                    if mention is not None:
                        d = attrs.evolve(d, speaker_mode="before")
                if (
                    writers_voice(d, tokens, mention)
                    or neuter_subject(mention)
                    or reads_a_sign(d, tokens)
                    or chanted(d, mention)
                ):
                    continue
                if mention is not None and set_apart(norm, sentence, d, mention):
                    mention = attrs.evolve(mention, apart=True)
                found.append(with_mention(d, None if mention is None else _shared(mention, shared)))
            _selon_after_colon(norm, found, before)
            silent = all(_unsourced(d) for d in found[before:])
            known = len(described)
            unnamed = silent and asks_anonymity(norm, sentence)
            if silent and (names_possible or unnamed or opens_with_title(norm, sentence)):
                # a sentence that reports nothing lasting (« Le prévenu, un Français de 43 ans,
                # a reconnu les faits », « Goulven Roux a vendu ses truies »): its titled or
                # fully named subject may be a later « il »
                subject = subject_mention(norm, tokens, unnamed=unnamed)
                if (
                    subject is not None
                    and (
                        (
                            (subject.title or (subject.type == "person" and full_name(subject)))
                            and (
                                not subject.anonymous
                                or unnamed
                                or subject.number == "pl"
                                # « Une habitante, évacuée lundi, … », first of her
                                # paragraph to be named: someone new it is about (after a
                                # source named in the paragraph, that source keeps « elle »)
                                or (
                                    subject.type == "person"
                                    and subject.gender is not None
                                    and not found
                                    and not (described and described[-1][0] >= paragraph.start)
                                )
                            )
                        )
                        # « Un importateur de Sfax, qui préfère garder l'anonymat, … »: a
                        # source unnamed on purpose, whatever noun describes it
                        or (subject.type == "unknown" and unnamed)
                    )
                    and acts(norm, tokens, subject)
                ):
                    described.append((sentence.start, subject))
            if silent and cue_possible and len(described) == known:
                # « Le ministère conteste ce diagnostic. Dans un communiqué, il affirme… »: a
                # body that reacts, with no content yet, is the next « il » / « elle »
                reacting = reacting_body(norm, tokens)
                if reacting is not None:
                    described.append((sentence.start, reacting))
        if found:
            opening = quotation_before_claim(norm, in_sentences, in_paragraph, found)
            if opening is not None:
                found.insert(0, with_mention(opening, found[0].mention))
            found.extend(quoted_sentences(norm, in_sentences, in_paragraph, found))
        for owned, mention in words_then_speaker(norm, in_sentences, in_paragraph, found):
            # « C'est en ces termes que X a répondu aux parents »: the verb reports the words
            # before, not a clause of its own sentence
            found[:] = [d for d in found if d.cue != owned.cue or d.kind == "direct"]
            insert_in_order(found, with_mention(owned, mention))
        for before_intro in quotations_before_introduction(norm, in_sentences, in_paragraph, found):
            insert_in_order(found, before_intro)
        if lone is not None and in_sentences:
            # « « C'est fini. »¶Ces trois mots, prononcés par l'entraîneur… »
            # Only the last claim can reach into a paragraph no claim was found in (as for
            # continuation), so the rest of a long document's claims are not scanned.
            owned_before = owned_quotation(norm, lone[0], in_sentences[0], lone[1], drafts[-1:])
            if owned_before is not None:
                drafts.append(with_mention(*owned_before))
                orphan_draft = None  # its owner is named after it
        if orphan_draft is not None:
            drafts.append(orphan_draft)
            orphan_draft = None
        if previous_speech is not None or claimed_before:
            cont = continuation(
                norm, paragraph, in_paragraph, drafts, previous_speech or "reported"
            )
            if cont is not None and not found and previous_speech is not None:
                found.append(cont)
            elif cont is not None and _goes_on_speaking(norm, cont, found, drafts[-1:]):
                # « X juge le prix « à peine décent ».¶« On rentre au travail. » Les usines,
                # elles, se disent soulagées. »: the words opening the paragraph go on
                insert_in_order(found, cont)
        for answer in interview_answers(paragraph, in_paragraph, found):
            insert_in_order(found, answer)
        label = _LABEL.match(norm, paragraph.start, paragraph.end)
        answered = None
        if (
            label is not None
            and in_sentences
            and interviewer is not None
            # what the answer itself reports (« quand le ministre nous dit que… ») is nested
            and all(d.content[0] >= label.end() for d in found)
        ):
            answered = labelled_answer(
                norm, label, paragraph, in_sentences[0], sightings, interviewer
            )
            if answered is not None:
                found[:] = [attrs.evolve(d, kind="nested") for d in found]
                insert_in_order(found, answered)
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
            described_before = subject_mention(
                norm, tokenize(norm, last_before.start, last_before.end)
            )
            if described_before is not None:
                # kept until the next paragraph has had the chance to name the owner
                orphan_draft = with_mention(
                    cueless_draft(orphan, in_sentences[0], "before", 0.5), described_before
                )
        last_before = in_sentences[-1] if in_sentences and not found else None
        for owned, mention in _set_up_quotations(norm, in_sentences, in_paragraph, found):
            insert_in_order(found, with_mention(owned, mention))
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
        claimed_before = bool(found)
    if orphan_draft is not None:
        drafts.append(orphan_draft)
    return _split_at_paragraphs(norm, drafts), sightings, described


def _goes_on_speaking(
    norm: str, cont: Draft, found: Sequence[Draft], last: Sequence[Draft]
) -> bool:
    """Whether words that open a paragraph with more in it go on with the last speaker: a
    person (not « Le gouvernement juge la hausse « raisonnable ».¶« On a tout perdu. » »),
    they speak as « je », « nous » or « on », nothing in the paragraph claims them and no
    one else named in it speaks (« Pour Karim, chauffeur de bus, … »)."""
    start, end = cont.content
    if not last or last[0].mention is None or last[0].mention.type not in ("person", "pronoun"):
        return False
    if any(d.content[0] < end and start < d.content[1] for d in found):
        return False
    if any(d.mention is not None and d.mention.type == "person" for d in found):
        return False
    after = tokenize(norm, end, min(len(norm), end + 40))
    if words_as_subject([t.low for t in after if t.word]):
        return False  # « « … » La phrase revient dans la bouche de plusieurs salariés »
    return quotes.speaks_as_first_person(norm[start:end])


# « je », « j'ai »: words said as a person (normalised text: ASCII apostrophes).
_SAYS_I = regex.compile(r"(?<![\p{L}'])(?:[Jj]e(?![\p{L}'-])|[Jj]')")

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
        apart=m.apart,
    )


def _shared_sighting(s: NameSighting, shared: dict[str, str]) -> NameSighting:
    return attrs.evolve(
        s,
        name=shared.setdefault(s.name, s.name),
        phrases=tuple(shared.setdefault(p, p) for p in s.phrases),
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
            breaks.append(k)  # reopened or not (« … là.¶À partir de là, … » »)
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
    that opens the sentence (« Ils affirment que… »), "again" for a verb that goes on with
    the last speaker's words (« a-t-il ajouté »), "" otherwise."""
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
        elif d.cue_lemma is not None and word_class(d.cue_lemma, "going_on"):
            out.append("again")
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


def _set_up_quotations(
    norm: str, in_sentences: Sequence[Segment], qs: Sequence[Quotation], found: Sequence[Draft]
) -> list[tuple[Draft, MentionInfo]]:
    """« Le procureur, Xavier Delmas, a tenu une conférence de presse. « Rien ne permet de
    conclure. » Les analyses, a-t-il précisé, … »: a sentence that is only a quotation, right
    after a sentence that reports nothing and whose subject is a named or titled person,
    is that person's. Runs after the paragraph's other rules, which may have claimed it."""
    out: list[tuple[Draft, MentionInfo]] = []
    for before, sentence in itertools.pairwise(in_sentences):
        q = only_quotation(norm, sentence, qs)
        if q is None or any(
            d.sentence.start <= before.start < d.sentence.end
            or before.start <= d.content[0] < before.end
            for d in found
        ):
            continue
        if any(
            d.content[0] < q.content.end and q.content.start < d.content[1] and d.kind != "nested"
            for d in found
        ):
            continue  # claimed already; a claim nested inside (« nous a confirmé que… ») is not
        tokens = tokenize(norm, before.start, before.end)
        if any(word_class(t.low, "sign") for t in tokens):
            continue  # « Le manifestant brandit une pancarte. « Non à la réforme ! » »
        mention = subject_mention(norm, tokens)
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
    quoted = [(s, q) for s in in_sentences if (q := only_quotation(norm, s, qs)) is not None]
    spans = [q.span for q in qs if any(q.span.start == s.start for s, _ in quoted)]
    # A quotation of several sentences covers the later ones too.
    others = [s for s in in_sentences if not any(p.start <= s.start < p.end for p in spans)]
    if not quoted or len(others) != 1:
        return None
    tokens = tokenize(norm, others[0].start, others[0].end)
    if answers_or_cites(tokens) and words_uttered(tokens) is None:
        return None  # « Le ministre a dénoncé ces propos »: someone else's words
    mention = subject_mention(norm, tokens)
    if mention is None or mention.type == "group":
        return None
    if any(speaks_of(q.content.text, mention) for _, q in quoted):
        return None  # « « Elle adorait la danse. » Léa Roy, 12 ans, a disparu »
    drafts = []
    for sentence, q in quoted:
        drafts.append(cueless_draft(q, sentence, "introduced", 0.5))
    return mention, drafts


# « Dr Lhospitalier : », « Mme Durand : », « Hélène Roy : »: a speaker's label in an interview.
_LABEL = regex.compile(
    r"(?:(?:Dr|Pr|Me|M\.|Mme|Mgr)\s+)?(\p{Lu}[\p{L}'\N{RIGHT SINGLE QUOTATION MARK}-]+"
    r"(?:\s+\p{Lu}[\p{L}'\N{RIGHT SINGLE QUOTATION MARK}-]+){0,2})[ \u00a0\u202f]?:\s+"
)


def _question_label(norm: str, label: regex.Match[str], paragraph: Segment) -> str | None:
    """The label of a paragraph that asks a question (« Egora : Accueillerez-vous… ? »)."""
    if not norm[label.end() : paragraph.end].rstrip().endswith("?"):
        return None
    return str(label.group(1))


# « un texte « précipité » et « déséquilibré » »: between two fragments of one judgement
_COORDINATED_FRAGMENT = regex.compile(r"\s*[»”\"]\s*(?:,|et|ou|mais)\s*[«“\"]\s*")


def _join_coordinated_fragments(norm: str, drafts: list[Draft]) -> list[Draft]:
    """Quoted fragments coordinated under one cue (« juge la réforme « nécessaire » mais
    « brutale » ») are one judgement, one claim. The fragments of one sentence are read
    together, so the next few drafts are the only ones looked at."""
    joined: set[int] = set()
    spans: list[tuple[int, int]] = []
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        if i in joined:
            continue
        first = d.content
        while d.kind == "partial" and d.cue is not None:
            found = _COORDINATED_FRAGMENT.match(norm, d.content[1])
            j = None
            if found is not None:
                j = next(
                    (
                        k
                        for k in range(i + 1, min(len(drafts), i + _FRAGMENT_REACH))
                        if k not in joined
                        and drafts[k].kind == "partial"
                        and drafts[k].cue == d.cue
                        and drafts[k].content[0] == found.end()
                    ),
                    None,
                )
            if j is None:
                break
            joined.add(j)
            d = attrs.evolve(d, content=(d.content[0], drafts[j].content[1]), quoted=None)
        if d.content != first:
            spans.append(d.content)
        out.append(d)
    if not spans:
        return out
    # « les faits « graves » et « répétés », a rapporté l'avocate »: the last fragment is not
    # the incise's too
    return [d for d in out if d.kind != "partial" or not _strictly_inside(d.content, spans)]


_FRAGMENT_REACH = 8  # drafts after a fragment where the next one of its cue may be


def _opens_line(norm: str, pos: int) -> bool:
    """Only blanks between the line's start and ``pos``; paragraphs are lines."""
    return not norm[norm.rfind("\n", 0, pos) + 1 : pos].strip()


def _strictly_inside(content: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= content[0] and content[1] <= b and (a, b) != content for a, b in spans)


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
