"""Claims that reach across sentences and paragraphs, found once a paragraph's sentences
have been linked: a paragraph that is only a quotation going on with the speaker before, the
quoted sentences before a claim that introduces them (« « … » « … » Ces mots, X les a
prononcés… »), the words a later sentence owns (« C'est en ces termes que X a répondu »),
and the answers of a question-and-answer interview.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr import lexicon, quotes, verbs
from quoteattr.claims.base import (
    Draft,
    cueless_draft,
    has_verb,
    uncued_draft,
    with_mention,
    words_as_subject,
    words_noun,
)
from quoteattr.coref import NameSighting
from quoteattr.cues import OPENING_MARKS, adverb_length_forward, find_verb_cues
from quoteattr.grammar import determiner, word_class
from quoteattr.mentions import MentionInfo, analyse
from quoteattr.model import Quotation
from quoteattr.speakers import main_subject, subject_after, subject_before
from quoteattr.subjects import full_name, stressed_after_subject, subject_mention
from quoteattr.text import DE_WORDS, Segment, Token, tokenize


def continuation(
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
            and q.style != "dash"  # interview turns alternate speakers: see interview_answers
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


def quoted_sentences(
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
        if any(
            d.content[0] < q.content.end and q.content.start < d.content[1] and d.kind != "nested"
            for d in found
        ):
            continue  # claimed already; speech quoted inside it (« on nous a dit que… ») is not
        if any(d.content[1] <= q.span.start and d.kind != "nested" for d in found):
            out.append(cueless_draft(q, sentence, "continuation", 0.6))
    return out


_END_OF_SENTENCE = " .!?\N{HORIZONTAL ELLIPSIS}"
_OPENERS = " " + "".join(sorted(OPENING_MARKS))
_ME_TOO = ("moi non plus", "moi aussi", "nous non plus", "nous aussi")


def quotations_before_introduction(
    norm: str, in_sentences: Sequence[Segment], qs: Sequence[Quotation], found: Sequence[Draft]
) -> list[Draft]:
    """« « On n'a jamais eu aussi peu de blessés. » Gustave Decroos, qui coordonne les
    secours, tient le compte. « … », ajoute-t-il. »: a sentence that is only a quotation, then
    one that introduces a fully named person and reports nothing, then a claim of « il » /
    « elle »: the quotation is that person's. A paragraph may also open on such words with
    nobody else speaking after the introduction (« « La grêle a tout couché. » Hélène Roy,
    viticultrice, a perdu sa récolte. La chambre a recensé 600 hectares. »): the lead quotation
    of a story, whose speaker is the one it then introduces."""
    out: list[Draft] = []
    for k in range(len(in_sentences) - 1):
        spoken = _quotation_sentences(norm, in_sentences, k, qs)
        if spoken is None or spoken[1] + 1 >= len(in_sentences):
            continue
        q, last = spoken
        quoted = in_sentences[k]
        intro = in_sentences[last + 1]
        after = in_sentences[last + 2] if last + 2 < len(in_sentences) else None
        if q.content.text.rstrip().endswith("?"):
            continue
        if any(quoted.start <= d.content[0] < intro.end and d.kind != "nested" for d in found):
            continue  # the quotation or the introduction already reports something
        later = [d for d in found if d.content[0] >= intro.end and d.kind != "nested"]
        pronoun = next((d for d in later if after is not None and d.content[0] < after.end), None)
        intro_tokens = tokenize(norm, intro.start, intro.end)
        if pronoun is None:
            if k > 0 or any(d.mention is None or d.mention.type != "pronoun" for d in later):
                continue  # words set in the paragraph, or someone else's turn after them
            if any(
                word_class(t.low, "sign") or word_class(t.low, "name_noun") for t in intro_tokens
            ) or answers_or_cites(intro_tokens):
                # « … a affiché ce panneau », « … publie un livre sous ce titre », « … a
                # démenti ces propos »: with no « il » to confirm, not the speaker's words
                continue
            pronoun = later[0] if later else None
        elif pronoun.mention is None or pronoun.mention.type != "pronoun":
            continue
        if k > 0 and _speaking_subject_before(norm, in_sentences[k - 1]):
            continue  # « Le ministre a rencontré les grévistes. « … » Nathalie Roux… »: his
        subject = subject_mention(norm, intro_tokens)
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
            or not full_name(subject)
            or (
                pronoun is not None
                and pronoun.mention is not None
                and subject.gender
                and pronoun.mention.gender not in (None, subject.gender)
            )
            or any(m.span.start < intro.end and intro.start < m.span.end for m in qs)
            or speaks_of(q.content.text, subject)
        ):
            continue
        out.append(with_mention(cueless_draft(q, quoted, "introduced", 0.5), subject))
    return out


def quotation_before_claim(
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
    q = only_quotation(norm, in_sentences[0], qs) if len(in_sentences) >= 2 else None
    if q is None:
        return None
    # the sentence after the quotation, which may run over several (« « A. B. » Elle
    # poursuit : « … » »)
    after = next((s for s in in_sentences if s.start >= q.span.end), None)
    if after is None:
        return None
    first = found[0]
    mention = first.mention
    # « « Personne ne nous a prévenus. » « On l'a appris à la radio », racontent deux
    # salariées »: the next sentence opens with the same speaker's words and its incise
    incise = (
        first.speaker_mode in ("after", "clitic")
        and first.kind == "direct"
        and not norm[after.start : first.content[0]].strip(_OPENERS)
        # the same voice: it goes on (« poursuit-elle »), or both speak as « nous » / « je »
        # (not « « Fermé pour travaux. » « On ne sait pas », soupire une commerçante »)
        and (
            (first.cue_lemma is not None and word_class(first.cue_lemma, "going_on"))
            or (
                len(q.content.text.split()) >= 3
                and quotes.speaks_as_first_person(q.content.text, pronouns_only=True)
            )
        )
        # « « Je n'ai rien vu. » « Moi non plus », ajoute son voisin »: someone else agrees
        and not norm[first.content[0] : first.content[1]].lower().startswith(_ME_TOO)
    )
    if (
        first.sentence != after
        or first.cue is None
        # the subject of the sentence, or the incise after words that open it
        or (first.speaker_mode != "before" and not incise)
        or first.kind not in ("direct", "indirect", "mixed", "partial")
        or mention is None
        or mention.type not in ("person", "organization", "group", "pronoun")
    ):
        return None
    if first.speaker_mode == "before" and stressed_after_subject(norm, after, mention):
        return None  # « « … » Le directeur, lui, affirme : « … » »: someone else's turn
    if (
        q.content.end - q.content.start < 2
        or q.content.text.rstrip().endswith("?")  # a question put to the speaker
        or any(d.content[0] < q.content.end and q.content.start < d.content[1] for d in found)
        or answers_or_cites(tokenize(norm, after.start, after.end))
    ):
        return None
    return cueless_draft(q, in_sentences[0], "introduced", 0.5)


def speaks_of(text: str, mention: MentionInfo) -> bool:
    """« « Elle adorait la danse. » Léa Roy, 12 ans, a disparu »: words that open on « il » /
    « elle » for the person named after them are about that person, said by someone else
    (not an impersonal « Il faut agir »)."""
    words = text.lower().replace("'", "' ").split(None, 2)
    if not words or words[0] not in ("il", "elle", "ils", "elles"):
        return False
    if words[0] == "il" and len(words) > 1 and word_class(words[1], "impersonal"):
        return False
    gender = "f" if words[0].startswith("elle") else "m"
    return mention.gender in (None, gender)


def words_then_speaker(
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
        elif (
            j > 0
            and only_quotation(norm, in_sentences[j - 1], qs) is not None
            and _about_the_words(norm, in_sentences[j], found)
        ):
            j -= 1  # « « A. » La phrase a été prononcée samedi. Son auteure, X, … »
        # « « A. B. » Ces mots sont ceux de X »: a quotation of several sentences, from its first
        opened = next(
            (q.span.start for q in qs if q.span.start < in_sentences[j].start < q.span.end), None
        )
        while j > 0 and opened is not None and in_sentences[j].start > opened:
            j -= 1
        owned = owned_quotation(norm, in_sentences[j], sentence, qs, found)
        while owned is not None:
            out.append(owned)
            # « « A. » « B. » Ces mots sont ceux de X »: quotations in a row, one voice
            j -= 1
            if j < 0 or "\n" in norm[in_sentences[j].end : in_sentences[j + 1].start]:
                break
            owned = owned_quotation(norm, in_sentences[j], sentence, qs, found)
    return out


def _about_the_words(norm: str, sentence: Segment, found: Sequence[Draft]) -> bool:
    """« La phrase a été prononcée samedi », « Ces mots ont fait le tour des réseaux »: a
    sentence about the words before, which reports nothing itself."""
    if any(sentence.start <= d.content[0] < sentence.end for d in found):
        return False
    # its first words say it; a long sentence need not be read whole
    tokens = tokenize(norm, sentence.start, min(sentence.end, sentence.start + 40))
    return words_as_subject([t.low for t in tokens if t.word])


def _continued(sentence: Segment, found: Sequence[Draft]) -> bool:
    """Whether ``sentence`` holds a quotation that goes on from the one before it (« Puis :
    « … » »)."""
    return any(
        d.speaker_mode == "continuation" and sentence.start <= d.content[0] < sentence.end
        for d in found
    )


def owned_quotation(
    norm: str,
    before: Segment,
    sentence: Segment,
    qs: Sequence[Quotation],
    found: Sequence[Draft],
) -> tuple[Draft, MentionInfo] | None:
    """The quotation ``before`` consists of, with the owner ``sentence`` names, if any."""
    q = only_quotation(norm, before, qs)
    if q is None:
        return None
    if any(d.content[0] < q.content.end and q.content.start < d.content[1] for d in found):
        return None
    tokens = tokenize(norm, sentence.start, sentence.end)
    owner = _words_owner(tokens)
    if owner is None:
        return None
    cue, lemma, (a, b) = owner
    if (
        tokens[0].low in _THEIR
        and tokens[1].low in _AUTHOR
        and not has_verb(tokenize(norm, q.content.start, q.content.end))
    ):
        return None  # « « Quel but ! » Son auteur, X, … »: the scorer, not a speaker
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
        if (
            lows[2] in ("sont", "étaient", "est", "était")
            and lows[3] in DE_WORDS
            and (
                tokens[4].capitalized
                or (determiner(lows[4]) and lexicon.normalize_key(lows[5]) in lexicon.titles())
            )
        ):
            # « La phrase est de Gaëlle Dethise », « Ces mots sont de la ministre »
            end = _owner_end(tokens, 4)
            return ((2, 4), "être", (4, end)) if end > 4 else None
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
    if len(lows) > 4 and words_as_subject(lows):
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
    uttered = words_uttered(tokens)
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
    elif n > 6 and determiner(lows[0]) and lows[1] in _AUTHOR and lows[2] in DE_WORDS:
        # « L'auteur de ce cri d'alarme est X », « L'auteur de la phrase, X, 87 ans, … »
        verb = next((j for j in range(3, min(n, 9)) if lows[j] in ("est", "était", ",")), None)
        if verb is not None and any(words_noun(w) for w in lows[3:verb]):
            k = verb + 1
    elif n > 4 and lows[0] in _THEIR and lows[1] in _AUTHOR and lows[2] == ",":
        k = 3  # « Son auteure, Sonia Ferchichi, hydrologue, … », « Leur auteur, le directeur… »
    elif n > 6 and words_as_subject(lows):
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


_AUTHOR = ("auteur", "autrice", "auteure")
_THEIR = ("son", "sa", "leur")


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


def words_uttered(tokens: Sequence[Token]) -> tuple[int, int] | None:
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


def answers_or_cites(tokens: Sequence[Token]) -> bool:
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


def insert_in_order(found: list[Draft], draft: Draft) -> None:
    """Put a draft found by a later rule in its place among the paragraph's, by content."""
    at = next((k for k, d in enumerate(found) if d.content[0] > draft.content[0]), len(found))
    found.insert(at, draft)


def _speaking_subject_before(norm: str, sentence: Segment) -> bool:
    """Whether the sentence before a quotation opens on a person or a body, who may have
    said it (not « le carnaval a attiré 40 000 personnes »)."""
    subject = subject_mention(norm, tokenize(norm, sentence.start, sentence.end), bodies=True)
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


def only_quotation(norm: str, sentence: Segment, qs: Sequence[Quotation]) -> Quotation | None:
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


def interview_answers(
    paragraph: Segment, qs: Sequence[Quotation], found: Sequence[Draft]
) -> list[Draft]:
    """« — Nous irons jusqu'au bout. »: in an interview, a dash turn that is not a question is
    the interviewee's answer; the speaker is the person the article is about (see coref).
    A turn opening the paragraph answers when nothing else in it was claimed; a turn after
    a question in the same paragraph (« – Et les prix ? – Ils sont fixés par la Fédération. »)
    answers it."""
    out: list[Draft] = []
    asked = False
    for q in qs:
        if q.style != "dash" or q.depth != 0 or not paragraph.start <= q.span.start:
            continue
        if q.span.start >= paragraph.end:
            break
        text = q.content.text.rstrip()
        question = len(text) < 2 or text.endswith("?")
        opening = q.span.start == paragraph.start and not found
        if (
            not question
            and (opening or asked)
            and not any(
                d.content[0] < q.content.end and q.content.start < d.content[1] for d in found
            )
        ):
            out.append(cueless_draft(q, paragraph, "interview", 0.5))
        asked = question
    return out


# How many of the last names sighted an interview's label is looked for among.
_LABEL_LOOKBACK = 200


def labelled_answer(
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
