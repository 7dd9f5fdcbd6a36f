"""The subjects of sentences around a claim, read with the paragraph at hand: the
subject a later « il » or « Avant de préciser : » goes back to, the body a possessive title
belongs to (« Son délégué régional »), the subject a relative pronoun stands for, and the
mentions that name no source at all (the writer's own voice, a sign, a neuter subject).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TypeGuard

import regex

from quoteattr import lexicon, verbs
from quoteattr.claims.base import POSSESSIVE_DETERMINERS, Draft
from quoteattr.cues import OPENING_MARKS, STRESSED_PRONOUNS, adverb_length_forward, find_verb_cues
from quoteattr.grammar import determiner, word_class, words_of
from quoteattr.mentions import MentionInfo, analyse, title_record
from quoteattr.speakers import main_subject, participle_led, subject_before
from quoteattr.text import Segment, Token, tokenize


def relative_pronoun(tokens: Sequence[Token], mention: MentionInfo) -> bool:
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


def main_subject_of(norm: str, tokens: Sequence[Token], pronoun: MentionInfo) -> MentionInfo | None:
    """The described subject the sentence opens with (« Le sénateur »), when the pronoun may
    stand for it; a named one is left to coreference, which keeps the pronoun as written."""
    subject = subject_mention(norm, tokens, bodies=True)
    if (
        subject is None
        or subject.name is not None
        or subject.start >= pronoun.start
        or subject.number == "pl"
        or (subject.gender and pronoun.gender and subject.gender != pronoun.gender)
    ):
        return None
    return subject


def possessive_title(mention: MentionInfo | None) -> TypeGuard[MentionInfo]:
    """« Son délégué régional, X », « sa porte-parole »: a function whose body is named
    before; not « sa mère », « son épouse », whose « sa » is a person's."""
    if mention is None or mention.title is None or mention.organization is not None:
        return False
    record = title_record(mention.title)
    return (
        record is not None
        and record.kind == "title"
        and mention.text.split(None, 1)[0].lower() in POSSESSIVE_DETERMINERS
    )


def possessor_body(
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
    subject = subject_mention(norm, tokens, bodies=True)
    if subject is None or subject.type != "organization" or not subject.organization:
        return None
    if _someone_else_named(tokens, subject.end):
        return None  # « Le tribunal a condamné Paul Roux. … son avocat »: Paul Roux's
    body = subject.organization
    # « La Fédération … (FIQ) sonne l'alarme »: a verb the lexicon misses ends at the acronym
    return body[: body.rfind(")") + 1] if ")" in body else body


def acts(norm: str, tokens: Sequence[Token], subject: MentionInfo) -> bool:
    """Whether the subject does something: « Le préfet était absent », « a été limogé », « n'a
    pas répondu » describe someone who is not about to speak."""
    # « a aussitôt été pris à partie »: adverbs left out, not the negation
    adverbs = lexicon.adverbs()
    after = [
        t.low
        for t in tokens
        if t.start >= subject.end
        and t.word
        and (t.low not in adverbs or adverbs[t.low].kind == "negation")
    ][:4]
    if not after:
        return False
    if word_class(after[0], "neg") and any(
        tokens[vc.first].start >= subject.end and word_class(vc.lemma, "litotes")
        for vc in find_verb_cues(tokens)
    ):
        return True  # « Le prévenu n'a pas contesté les faits »: he admits them
    if any(word_class(w, "reached") for w in after[1:3]) and "par" not in after[2:4]:
        # « a été interrogé sur sa candidature »: asked, about to answer (« interrogé par le
        # juge »: the one who asks speaks next)
        return True
    return not (
        word_class(after[0], "neg")
        or (
            after[0] in verbs.auxiliary_index()
            and (after[0] not in ("a", "ont", "avait", "avaient") or after[1:2] == ["été"])
        )
    )


def full_name(mention: MentionInfo) -> bool:
    """A first name and a surname (« Goulven Trébouta »), not a surname alone."""
    return mention.name is not None and " " in mention.name


def statement_then_pronoun(tokens: Sequence[Token]) -> bool:
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


def statement_issuer(norm: str, tokens: Sequence[Token]) -> MentionInfo | None:
    """The body a sentence opens with, even before a verb the lexicons miss: up to its
    acronym (« Le Syndicat des énergies renouvelables (SER) tire… ») or its first comma
    (« Le groupe, qui fabrique des résines, … »)."""
    found = subject_mention(norm, tokens, bodies=True)
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


def asks_anonymity(norm: str, sentence: Segment) -> bool:
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


def opens_with_title(norm: str, sentence: Segment) -> bool:
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
    if (
        len(words) > 2
        and word_class(words[1].lower(), "count_noun")
        and words[2].lower().startswith(("de ", "d'"))
    ):
        # « Une cinquantaine de parents ont bloqué la rue »: the people counted
        rest = words[2].split(None, 1)
        counted = rest[0][2:] if rest[0].lower().startswith("d'") else [*rest, ""][1]
        return lexicon.normalize_key(counted.split(None, 1)[0].rstrip(",")) in lexicon.titles()
    if first.startswith("l'") and len(first) > 2:
        title = first[2:]
    elif len(words) >= 2 and (
        word_class(first, "det")
        # « Une habitante, évacuée lundi, … »: someone new, who may be a later « elle »
        or word_class(first, "det_indef")
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


def writers_voice(d: Draft, tokens: Sequence[Token], mention: MentionInfo | None) -> bool:
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


def neuter_subject(mention: MentionInfo | None) -> bool:
    """« Tout indique que… », « Cela montre que… »: a neuter pronoun says nothing; nor does
    a sign (« une banderole proclamait « … » ») or a phrase (« une même phrase revenait »),
    whose writer goes unnamed."""
    if mention is None:
        return False
    low = mention.text.lower()
    if word_class(low, "mute"):
        return True
    words = mention.text.replace("'", "' ").split(None, 3)
    if words and words[0].lower() in _NOBODY and words[1:2] in ([], ["ne"], ["n'"]):
        return True  # « Personne ne nous avait dit que… »: nobody said it
    if mention.organization or mention.name or mention.type == "pronoun":
        # « Les Affiches parisiennes », « Le tract de la CGT »: someone wrote it
        return False
    if len(words) > 1 and determiner(words[0].lower()):
        words = words[1:]
    # « une banderole », « une même phrase revenait : « … » »: a sign or the words themselves
    return any(
        not w[:1].isupper()
        and (word_class(w.lower(), "sign") or word_class(w.lower(), "utterance"))
        for w in words[:2]
    )


_NOBODY = frozenset({"personne", "nul", "nulle"})


def reads_a_sign(d: Draft, tokens: Sequence[Token]) -> bool:
    """« Sur sa pancarte, on pouvait lire « Non à la réforme » »: a sign's words, whose writer
    goes unnamed (« lit-on dans le communiqué de la CGT » names one); « derrière une banderole
    proclamant « … » »: a participle whose subject is the sign just before it."""
    if d.cue_lemma == "lire" and any(word_class(t.low, "sign") for t in tokens):
        return True
    return (
        d.cue is not None
        and 0 < d.cue_first < len(tokens)
        and tokens[d.cue_first].low.endswith("ant")
        and word_class(tokens[d.cue_first - 1].low, "sign")
        # the sign's own words, quoted (« un tract affirmant que … » reports its issuer)
        and d.cue_last < len(tokens)
        and tokens[d.cue_last].text in OPENING_MARKS
    )


def chanted(d: Draft, mention: MentionInfo | None) -> bool:
    """« la foule reprenait « Macron, démission ! » », « le public a entonné « … » »: a slogan
    a crowd chants is nobody's claim. A group that chants (« scandaient les manifestants »)
    speaks with one voice, and is kept."""
    if d.cue_lemma is None or not word_class(d.cue_lemma, "chant") or mention is None:
        return False
    # the head noun (« la foule rassemblée »), not a later word (« le ministère public »)
    words = mention.text.lower().replace("'", "' ").split()
    head = words[1] if len(words) > 1 and determiner(words[0]) else words[0]
    return word_class(head, "crowd")


def stressed_after_subject(norm: str, sentence: Segment, mention: MentionInfo) -> bool:
    """« Le directeur, lui, affirme »: a stressed pronoun right after the subject sets its
    words against the ones before."""
    rest = norm[mention.end : min(sentence.end, mention.end + 12)].lstrip()
    return rest.startswith(",") and rest[1:].lstrip().split(",", 1)[0].strip().lower() in (
        STRESSED_PRONOUNS
    )


# « qui n'a pas souhaité être nommé », « qui préfère ne pas être cité », « sous couvert
# d'anonymat »: a source keeping its name back
_ANONYMOUS_ASIDE = regex.compile(
    r"\b(?:anonymat|pas souhaité être \w+|ne pas être (?:nommée?s?|citée?s?|identifiée?s?))"
)


def set_apart(norm: str, sentence: Segment, d: Draft, mention: MentionInfo) -> bool:
    """« De son côté, le directeur technique a indiqué… », « Le salarié, lui, dénonce… »,
    « Le délégué a rétorqué… », « Le cadre, qui a requis l'anonymat, … », « l'avis de
    l'expert » … « L'expert a conclu »: a title the sentence sets against the speaker before
    (or the text used before for someone else) is not a variation on that speaker."""
    if mention.title is None or mention.name is not None:
        return False
    text = norm[sentence.start : sentence.end].lower()
    if any(phrase in text for phrase in words_of("apart")):
        return True
    if d.cue_lemma is not None and (word_class(d.cue_lemma, "reply") or d.cue_lemma == "confirmer"):
        return True  # « Le délégué a rétorqué », « la syndicaliste a confirmé »: a second voice
    if stressed_after_subject(norm, sentence, mention) or asks_anonymity(norm, sentence):
        return True
    if _ANONYMOUS_ASIDE.search(norm, mention.end, sentence.end) is not None:
        return True  # « Le cadre, qui n'a pas souhaité être nommé, … »
    # the title's noun used before, for whoever it was
    head = mention.text.lower().replace("'", "' ").split()[-1]
    before = norm[max(0, sentence.start - 1500) : sentence.start].lower()
    return regex.search(rf"\b{regex.escape(head)}\b", before) is not None


def previous_subject(norm: str, in_sentences: Sequence[Segment], index: int) -> MentionInfo | None:
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
    return subject_mention(norm, tokens)


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


def introduced_indefinitely(norm: str, mention: MentionInfo) -> bool:
    """Whether a definite noun of age (« le septuagénaire ») takes up an indefinite one the
    text brought in just before (« Un septuagénaire a été interpellé »)."""
    words = mention.text.lower().replace("'", "' ").split()
    if len(words) != 2 or words[0] not in ("le", "la", "l'") or not word_class(words[1], "age"):
        return False
    before = norm[max(0, mention.start - _INDEFINITE_REACH) : mention.start].lower()
    return f"un {words[1]}" in before or f"une {words[1]}" in before


def subject_mention(
    norm: str, tokens: Sequence[Token], *, bodies: bool = False, unnamed: bool = False
) -> MentionInfo | None:
    """The person or body, named or titled, that opens a sentence as its subject, if any;
    ``bodies`` accepts a body known only by its organisation (« L'association a porté
    plainte »), ``unnamed`` an indefinite subject no lexicon knows (« Un importateur, qui
    préfère garder l'anonymat, … »)."""
    found = main_subject(tokens, len(tokens))
    opening = 0
    cleft = _cleft_subject(tokens)
    if cleft is not None:
        found, opening = cleft, cleft[0]
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
    if found is None or found[0] != opening:
        found = _topic_then_pronoun(tokens, opening) or found
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
    if unnamed and mention.type == "unknown" and mention.anonymous:
        return mention
    if mention.type not in ("person", "organization", "group") or not (
        mention.name or mention.title or (bodies and mention.organization)
    ):
        return None
    return mention


def _topic_then_pronoun(tokens: Sequence[Token], opening: int) -> tuple[int, int] | None:
    """« La maire, elle, préfère regarder plus loin »: a short phrase set apart by a stressed
    pronoun of its own is the subject, as ``subject_before`` reads it, though the verb after
    is one the lexicons do not know."""
    for k in range(opening + 2, min(len(tokens) - 2, opening + 8)):
        if tokens[k].text == ",":
            if tokens[k + 1].low in STRESSED_PRONOUNS and tokens[k + 2].text == ",":
                return subject_before(tokens, k + 3)
            return None
    return None


def topic_subject(norm: str, tokens: Sequence[Token], mention: MentionInfo) -> MentionInfo | None:
    """« Quant à la préfète, elle a assuré que… »: the subject pronoun right after the topic
    set out first is that topic."""
    if mention.type != "pronoun" or len(tokens) < 5 or tokens[0].low != "quant":
        return None
    k = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
    if k is None or k < 4 or tokens[k - 1].text != "," or tokens[1].low not in ("à", "au", "aux"):
        return None
    if any(not t.word for t in tokens[2 : k - 1]):
        return None
    # « Quant au syndicat »: the noun, its article merged into « au »
    topic = analyse(norm, tokens[2].start, tokens[k - 2].end, tokens)
    if topic.type not in ("person", "organization", "group"):
        return None
    if topic.gender and mention.gender and topic.gender != mention.gender:
        return None
    return topic


def _cleft_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """« C'est un doctorant, Yassine Ghomari, qui a repéré les fragments »: the one the
    sentence puts forward, before « qui »."""
    if len(tokens) < 5 or [t.low for t in tokens[:2]] != ["c'", "est"]:
        return None
    qui = next((k for k in range(3, min(len(tokens), 16)) if tokens[k].low == "qui"), None)
    if qui is None:
        return None
    end = qui - 1 if tokens[qui - 1].text == "," else qui
    if not determiner(tokens[2].low) or any(t.text in ".;:!?" for t in tokens[2:end]):
        return None
    return 2, end


def reacting_body(norm: str, tokens: Sequence[Token]) -> MentionInfo | None:
    """The body (« Le ministère du Commerce ») that opens a sentence as the subject of a
    reporting verb with no content (« conteste ce diagnostic », « a réagi »)."""
    if not tokens or tokens[0].low not in ("le", "la", "l'"):
        return None
    subject = subject_mention(norm, tokens, bodies=True)
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
