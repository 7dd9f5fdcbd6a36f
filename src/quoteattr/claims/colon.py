"""A colon that hands over to a speaker: « Le ministre : « … » », « Commentaire du
président : « … » », « Pour le maire : … », with the checks that tell a speaker before a
colon from a place, a heading or a list.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quoteattr import lexicon, verbs
from quoteattr.claims.base import (
    INCISE_ONLY,
    Context,
    Draft,
    content_kind,
    cueless_draft,
    ends_paragraph,
    has_verb,
    negated,
    quotation_ending,
    quotation_starting,
    trim,
)
from quoteattr.cues import STRESSED_PRONOUNS, SUBJECT_CLITICS, VerbCue
from quoteattr.grammar import determiner, word_class
from quoteattr.mentions import find_organization, name_runs
from quoteattr.model import Quotation
from quoteattr.speakers import is_verb
from quoteattr.text import DE_WORDS, Token

# Labels of an interview set out without quotation marks (« Question : … » / « Réponse : … »).
_INTERVIEW_LABELS = {"question": "question", "q": "question", "réponse": "answer", "r": "answer"}


_QUESTION_LABEL = regex.compile(r"(?:^|\n)\s*(?:Question|Q)\s*:", regex.IGNORECASE)


_PLAIN = frozenset({"clair", "claire", "limpide", "simple", "net", "nette", "sans appel"})


# « il est », « elle se montre », « il s'est voulu », « elle reste »: how someone stands
_STANCE_COPULAS = frozenset(
    {
        "est", "était", "reste", "restait", "demeure", "demeurait", "paraît", "semble",
        "montre", "montrait", "montré", "montrée", "veut", "voulait", "voulu", "voulue",
    }
)  # fmt: skip


def _stance_after_clitic(words: Sequence[Token], at: int) -> bool:
    """« il est catégorique », « elle se montre prudente », « il reste ferme »: a personal
    pronoun, a copula and an adjective, how someone speaks (not « il est écrit », « il y a »,
    « il restait une phrase », « on peut lire »)."""
    rest = [t.low for t in words[at + 1 : at + 4]]
    if words[at].low == "on" or not rest:
        return False
    if rest[0] in ("se", "s'") and len(rest) > 1:
        rest = rest[1:]  # « se montre », « s'est montré »
    if rest[0] in ("est", "était") and len(rest) > 1 and rest[1] in _STANCE_COPULAS:
        rest = rest[1:]
    if rest[0] not in _STANCE_COPULAS or len(rest) < 2:
        return False
    attribute = rest[1]
    if "par" in (t.low for t in words[at + 2 : at + 6]):
        return False  # « il est rejoint par le parquet : « … » »: a passive, the agent speaks
    return not (
        determiner(attribute)
        or word_class(attribute, "det_indef")
        or attribute in lexicon.adverbs()
        or attribute.endswith(("é", "és", "it", "its"))
    )


def _owned_reporting_noun(words: Sequence[Token]) -> bool:
    """« Le message du président (est clair) », « La réponse de la mairie » before a colon: a
    determiner, a noun of speech and whose it is, and at most a plain « est clair »."""
    if len(words) < 4 or words[0].low not in ("le", "la", "l'"):
        return False
    if lexicon.normalize_key(words[1].low) not in verbs.reporting_nouns():
        return False
    if words[2].low not in DE_WORDS:
        return False
    owner = next((t for t in words[3:] if t.word and not determiner(t.low)), None)
    title = lexicon.titles().get(lexicon.normalize_key(owner.low)) if owner else None
    if owner is None or not (
        owner.capitalized
        or lexicon.normalize_key(owner.low) in lexicon.organizations()
        or (title is not None and title.kind != "group")
    ):
        return False  # « Le message des urnes, de la rue, des électeurs »: no one spoke
    rest = [t.low for t in words[3:]]
    if "est" in rest:
        k = rest.index("est")
        return " ".join(rest[k + 1 :]) in _PLAIN and k > 0
    return not any(has_verb([t]) for t in words[3:])


def _place_then_no_one(tokens: Sequence[Token], colon: int) -> bool:
    """« Sur d'autres, en arabe et en français : », « Sur Twitter, en anglais : »: a place
    or circumstance, then after its comma another one with no one named or titled in it
    (« Dans la salle, une voix : », « Sur sa page, le maire : » have someone)."""
    if colon < 3 or not word_class(tokens[0].low, "prep"):
        return False
    comma = max((k for k in range(1, colon) if tokens[k].text == ","), default=None)
    if comma is None or comma + 1 >= colon:
        return False
    return word_class(tokens[comma + 1].low, "prep") and not any(
        t.capitalized or t.low in lexicon.titles() for t in tokens[comma + 1 : colon]
    )


def _pour_no_one(tokens: Sequence[Token], colon: int) -> bool:
    """« Pour résumer : », « Pour la première fois : », « Pour mémoire : »: « pour » before a
    colon with no one after it (« Pour le maire : », « Pour lui : » have someone)."""
    return tokens[0].low == "pour" and not _speaker_after_pour(tokens, colon)


def _speaker_after_pour(tokens: Sequence[Token], colon: int) -> bool:
    """« Pour le maire : », « Pour lui : », « Pour la CGT : »: someone after « pour »."""
    words = tokens[1:colon]
    if not words:
        return False
    if words[0].low in STRESSED_PRONOUNS or words[0].capitalized:
        return True
    return any(
        t.capitalized
        or lexicon.normalize_key(t.low) in lexicon.titles()
        or lexicon.normalize_key(t.low) in lexicon.organizations()
        for t in words[1:4]
    )


def _quotation_before_colon(ctx: Context, q: Quotation, colon: int) -> Draft | None:
    """« « On ne lâchera rien » : les agriculteurs maintiennent la pression »: a headline's
    quotation, then the people the sentence after the colon is about."""
    if q.role != "speech" or q.content.end - q.content.start < 2:
        return None
    subject = _headline_subject(ctx.tokens, colon + 1)
    if subject is None:
        return None
    # The speaker is given, as for « selon X ».
    return _colon_draft(ctx, q, colon, "selon", subject, 0.6, needs_source=True)


def _colon_draft(
    ctx: Context,
    q: Quotation,
    colon: int,
    mode: str,
    hint: tuple[int, int],
    confidence: float,
    *,
    needs_source: bool = False,
) -> Draft:
    """A direct claim of the quotation ``q`` whose cue is the colon at token ``colon``."""
    tok = ctx.tokens[colon]
    return Draft(
        kind="direct",
        content=(q.content.start, q.content.end),
        quoted=None,
        cue=(tok.start, tok.end),
        cue_lemma=":",
        cue_type="colon",
        sentence=ctx.sentence,
        cue_first=colon,
        cue_last=colon + 1,
        speaker_mode=mode,
        speaker_hint=hint,
        confidence=confidence,
        needs_source=needs_source,
    )


def _headline_subject(tokens: Sequence[Token], start: int) -> tuple[int, int] | None:
    """Offsets of « les agriculteurs » in « les agriculteurs maintiennent la pression »: a
    determiner and the names, titles and bodies after it, up to the first other word; it must
    hold a title or a first name (« le Théâtre Mogador reprend « … » » names no speaker)."""
    j = start + 1 if start < len(tokens) and determiner(tokens[start].low) else start
    end = j
    while end < len(tokens) and tokens[end].word and not is_verb(tokens[end]):
        key = lexicon.normalize_key(tokens[end].low)
        if tokens[end].text.isupper() and len(tokens[end].text) > 5:
            break  # « LES AGRICULTEURS MAINTIENNENT… »: an upper-case headline, not a name
        if not (
            tokens[end].capitalized
            or key in lexicon.titles()
            or key in lexicon.organizations()
            or (end > j and tokens[end].low in DE_WORDS)
            or (end > j and tokens[end - 1].low in DE_WORDS and determiner(tokens[end].low))
        ):
            break
        end += 1
    while end > j and (tokens[end - 1].low in DE_WORDS or determiner(tokens[end - 1].low)):
        end -= 1
    if not any(
        lexicon.normalize_key(t.low) in lexicon.titles()
        or lexicon.normalize_key(t.text) in lexicon.first_names()
        for t in tokens[j:end]
    ):
        return None
    return tokens[start].start, tokens[end - 1].end


_SHORT_HEAD = 16  # tokens before a colon that need no name to speak (« Le ministre : »)


def _person_named(tokens: Sequence[Token]) -> bool:
    """Whether the head names a person where a speaker stands: set off by commas (« …, Raphaël
    Dufaux, a été catégorique », « …, M. Dupont, »), or opening it. Not a name inside a
    complement (« au recteur Jean Martin », « la maison de Paul Roux »), a street or a storm."""
    names = lexicon.first_names()
    n = len(tokens)
    for a, b in name_runs(tokens):
        civil = a > 0 and word_class(tokens[a - 1].text, "title_abbr")
        start = a - 1 if civil else a
        if not (start == 0 or tokens[start - 1].text == ","):
            continue
        if (
            b < n
            and tokens[b].text not in ",:"
            # « Propriétaire d'une société à Rouiba, Belkacem Tizaoui fait le compte : »: the
            # subject after an opening phrase, then its verb; not a sign shown or words read
            # (« …, Jean Dupont découvre une phrase : »)
            and not (
                start > 0
                and tokens[b].word
                and not tokens[b].capitalized
                and not word_class(tokens[b].low, "prep")
                and not determiner(tokens[b].low)
                and not word_class(tokens[b].low, "conj")
                and not any(
                    word_class(t.low, "sign") or word_class(t.low, "utterance") for t in tokens
                )
            )
        ):
            continue
        if find_organization(tokens[a:b]) is not None:
            continue
        if civil or b - a >= 2 or lexicon.normalize_key(tokens[a].text) in names:
            return True
    return False


def _spoken_sentence(ctx: Context, q: Quotation) -> bool:
    """« Il n'y aura pas de péage. » or « Il n'y aura pas de péage ». closing the sentence: a
    sentence said, with its stop inside or after the closing mark (then with a verb)."""
    text = q.content.text.rstrip()
    if text.endswith("?"):
        # a question alone may be set out; one after sentences said is said too
        return any(text.find(stop) >= 0 for stop in (". ", "! "))
    if text.endswith((".", "!", "\N{HORIZONTAL ELLIPSIS}")):
        return True
    after = ctx.norm[q.span.end : ctx.sentence.end].strip()
    inner = [t for t in ctx.tokens if q.content.start <= t.start < q.content.end]
    return after[:1] in (".", "!", "\N{HORIZONTAL ELLIPSIS}") and has_verb(inner)


def link_colon(ctx: Context, vcues: Sequence[VerbCue]) -> Draft | None:
    """« Le ministre : « … » » and « Commentaire du président : « … » »."""
    tokens = ctx.tokens
    # A known body's long name counts as one word (« La porte-parole de l'Organisation pour la
    # sécurité et la coopération en Europe, Amy Morel : »).
    body = (
        find_organization(tokens[:24])
        if ":" in ctx.norm[ctx.sentence.start : ctx.sentence.end]
        else None
    )
    # An apposition (« Le conseiller d'État genevois chargé de la mobilité, Raphaël Dufaux, a
    # été catégorique : ») makes the words before the colon long.
    window = _SHORT_HEAD + 12 + (body[1] - body[0] - 1 if body is not None else 0)
    for i, tok in enumerate(tokens[:window]):
        if tok.text != ":":
            continue
        if i == 0:
            return None
        q = quotation_starting(ctx, tok.end)
        if q is None:
            opening = quotation_ending(ctx, tokens[i - 1].end)
            if opening is not None and opening.span.start == ctx.sentence.start:
                return _quotation_before_colon(ctx, opening, i)
        # A verb that reports only as an incise (« fait-il ») reports nothing before a colon
        # (« Le maire fait le constat : « … » »): the colon does.
        # A negated verb (« Le ministre ne garantit rien : « … » ») reports nothing either.
        if any(
            vc.first < i and vc.complements != INCISE_ONLY and not negated(tokens, vc)
            for vc in vcues
        ):
            return None
        loose = any(vc.first < i for vc in vcues)
        words = [t for t in tokens[:i] if t.word]
        if i == 1 and tokens[0].low in _INTERVIEW_LABELS:
            # « Question : … ? » is the journalist's; « Réponse : … » the interviewee's, in an
            # interview that put a labelled question before it
            if (
                _INTERVIEW_LABELS[tokens[0].low] == "question"
                or i + 1 >= len(tokens)
                or not _QUESTION_LABEL.search(
                    ctx.norm, max(0, ctx.sentence.start - 600), ctx.sentence.start
                )
            ):
                return None
            end = ctx.paragraph.end if ends_paragraph(ctx) else ctx.sentence.end
            return Draft(
                kind="direct",
                content=trim(ctx.norm, tok.end, end),
                quoted=None,
                cue=None,
                cue_lemma=None,
                cue_type=None,
                sentence=ctx.sentence,
                cue_first=0,
                cue_last=0,
                speaker_mode="interview",
                confidence=0.5,
            )
        noun = bool(words) and lexicon.normalize_key(words[0].low) in verbs.reporting_nouns()
        cue_word = words[0] if words else None
        if q is None and not noun and _owned_reporting_noun(words):
            noun = True  # « Le message du président est clair : … »
            cue_word = words[1]
        if q is None and noun and cue_word is not None and i + 1 < len(tokens):
            # « Commentaire du président : il n'accepte pas « … ». »
            content = trim(ctx.norm, tok.end, ctx.sentence.end)
            kind, quoted = content_kind(ctx, *content)
            return Draft(
                kind=kind,
                content=content,
                quoted=quoted,
                cue=(cue_word.start, cue_word.end),
                cue_lemma=cue_word.low,
                cue_type="noun",
                sentence=ctx.sentence,
                cue_first=0,
                cue_last=i + 1,
                speaker_mode="colon",
                speaker_hint=(tokens[0].start, tokens[i - 1].end),
                confidence=0.6,
            )
        if q is None or q.role != "speech":
            return None
        if (
            words
            and word_class(words[0].low, "intro")
            and (
                not any(t.capitalized or t.low in lexicon.titles() for t in words[1:])
                # « Puis, face au préfet : », « Puis, à Marseille : »: a circumstance
                or (len(words) > 1 and (word_class(words[1].low, "prep") or words[1].low == "face"))
            )
        ):
            # « Puis : « … » », « Puis, après un silence : « … » »: the last speaker goes on.
            return cueless_draft(q, ctx.sentence, "continuation", 0.6)
        if not words or not any(t.capitalized or t.low in lexicon.titles() for t in words):
            return None
        if _place_then_no_one(tokens, i) or _pour_no_one(tokens, i):
            # « Sur Twitter, en anglais : « … » », « Pour résumer : « … » »: no one named,
            # the last speaker goes on
            return cueless_draft(q, ctx.sentence, "continuation", 0.6)
        if (
            word_class(tokens[0].low, "prep")
            and tokens[0].low != "pour"  # « Pour la défense : « … » »: whose view
            and not any(t.text == "," for t in tokens[:i])
            and not any(t.capitalized or t.low in lexicon.titles() for t in words[1:])
        ):
            return None  # « Sur la première : « … » »: a banner, a page; no one named
        clitic_at = next(
            (k for k, t in enumerate(words) if t.low in SUBJECT_CLITICS and k > 0), None
        )
        if (
            clitic_at is not None
            and not all(word_class(t.low, "intro") for t in words[:clitic_at])
            # « Sur ce point, il est catégorique : « … » »: a circumstance set off first
            and not (
                word_class(tokens[0].low, "prep")
                and tokens[tokens.index(words[clitic_at]) - 1].text == ","
                and _stance_after_clitic(words, clitic_at)
            )
        ):
            return None  # « Mais il reste lucide : « … » » is his; a clitic further in is not
        sign = any(word_class(t.low, "sign") for t in words)
        # Names are looked for only where they decide: a sign word, or a long head.
        person = (sign or i >= _SHORT_HEAD) and _person_named(tokens[:i])
        if sign and not person:
            return None  # « Le maire a fait poser un panneau : « … » »: the sign's words
        if i >= _SHORT_HEAD and not (person and _spoken_sentence(ctx, q)):
            # After a long head, a spoken sentence of a person it names (« …, Raphaël
            # Dufaux, a été catégorique : « Il n'y aura pas de péage. » »); not a subject set
            # out, a question, a title or the words of a front page, a decree or a petition.
            return None
        lead = 0
        if word_class(tokens[0].low, "prep"):
            # « Sur sa page Facebook, le maire : « … » »: the place set off before the speaker;
            # « Pour le maire : « … » »: whose view
            lead = next(
                (k + 1 for k in range(1, i - 1) if tokens[k].text == ","),
                1 if tokens[0].low == "pour" and _speaker_after_pour(tokens, i) else 0,
            )
        while lead < i - 1 and (word_class(tokens[lead].low, "intro") or tokens[lead].text == ","):
            lead += 1  # « Et le ministre : « … » »: the minister
        draft = _colon_draft(ctx, q, i, "colon", (tokens[lead].start, tokens[i - 1].end), 0.7)
        if loose and draft is not None:
            # past a verb that does not report (« Le texte fait référence à un article : »),
            # only a person or a body speaks
            draft = attrs.evolve(draft, needs_source=True)
        return draft
    return None
