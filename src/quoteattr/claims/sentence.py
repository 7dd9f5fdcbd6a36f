"""One sentence's claims: each kind of cue tried in turn, in the order that lets the
more specific reading win (a cleft or « comme » sentence before a verb's own object, verbs
before « selon », a colon last), and the reporting frames that need no verb (« Dans un
communiqué, le club « condamne » … »).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from quoteattr import lexicon, verbs
from quoteattr.claims.base import (
    INCISE_ONLY,
    Context,
    Draft,
    content_kind,
    ends_sentence,
    has_verb,
    innermost_containing,
    negated,
    quotation_after_colon,
    quotation_starting,
    says_it_again,
    source_draft,
    source_like,
    trim,
    verb_draft,
)
from quoteattr.claims.colon import link_colon
from quoteattr.claims.sources import link_agent, link_believe_them, link_de_source, link_selon
from quoteattr.claims.verb import link_cleft, link_comme, link_comme_after, link_verb
from quoteattr.cues import OPENING_MARKS, VerbCue, find_verb_cues
from quoteattr.grammar import determiner, word_class
from quoteattr.mentions import analyse
from quoteattr.model import Quotation
from quoteattr.speakers import opening_participle_clause, subject_after, subject_before
from quoteattr.text import DE_WORDS, Token


def link_sentence(ctx: Context) -> list[Draft]:
    """Every claim whose cue lies in this sentence."""
    tokens = ctx.tokens
    drafts: list[Draft] = []
    vcues = find_verb_cues(tokens)
    for vc in vcues:
        if negated(tokens, vc):
            continue  # « Le ministre n'a pas dit que… »: nothing is attributed to him
        cleft = _cleft(tokens, vc)
        draft = link_cleft(ctx, vc) if cleft else None
        if draft is None:
            if vc.first > 2 and not drafts:
                # « …, comme l'a annoncé le gouvernement. »: before the verb's own reading,
                # which would take the source for an object
                draft = link_comme_after(ctx, vc)
            if draft is None:
                draft = link_verb(ctx, vc, vcues)
            if draft is None and tokens[0].low == "comme":
                draft = link_comme(ctx, vc)
            if (
                draft is None
                and vc.first > 0
                and says_it_again(tokens, vc)
                and innermost_containing(ctx, tokens[vc.first].start, tokens[vc.head].end) is None
            ):
                draft = link_cleft(ctx, vc, mode="before")
            if draft is None and not cleft:
                # « Elle plaide pour un suivi renforcé, « avant qu'il ne soit trop tard » »
                draft = _trailing_fragment(ctx, vc, vcues)
            if (
                cleft
                and draft is not None
                and tokens[vc.first - 1].low in ("qu'", "que")
                and subject_after(tokens, vc.last) is not None
            ):
                # « C'est ce qu'a affirmé le ministre : « … » »: the subject follows the verb
                draft = attrs.evolve(draft, speaker_mode="after")
        if draft is not None and vc.first == 0 and tokens[0].low.endswith("ant"):
            draft = _before_main_clause(ctx, draft, vc)
        if draft is not None:
            drafts.append(draft)
            if draft.kind == "partial":
                drafts.extend(_coordinated_fragments(ctx, draft))
            if draft.kind in ("indirect", "mixed", "partial") or (
                draft.kind == "direct" and draft.speaker_mode in ("after", "clitic")
            ):
                drafts.extend(quotation_after_colon(ctx, draft, vcues))
    sentence_text = ctx.norm[ctx.sentence.start : ctx.sentence.end]
    if " y " in sentence_text or " dans " in sentence_text:
        seen = _seen_in(ctx)
        if seen is not None and not any(
            d.content[0] <= seen.content[0] and seen.content[1] <= d.content[1] for d in drafts
        ):
            drafts.append(seen)
    if not vcues and tokens and tokens[0].low in _FRAME_PREPOSITIONS:
        framed = _link_reporting_frame(ctx)
        if framed is not None:
            drafts.append(framed)
    text = ctx.norm[ctx.sentence.start : ctx.sentence.end]
    lowered = text.lower()
    if any(word in lowered for word in _selon_words()):
        drafts.extend(_without_beneficiary(ctx, link_selon(ctx, vcues)))
    if (
        "en croire" in lowered
        or "l'entendre" in lowered
        or "les entendre" in lowered
        or " yeux," in lowered
    ):
        believed = link_believe_them(ctx)
        if believed is not None:
            drafts.append(believed)
    if "citant" in lowered and drafts:
        cited = _cited_source(ctx, drafts)
        if cited is not None:
            drafts.append(cited)
    if "de source" in lowered and not drafts:  # « a-t-on appris, de source sûre, que »
        sourced = link_de_source(ctx)
        if sourced is not None:
            drafts.append(sourced)
    if " par " in text:
        drafts.extend(link_agent(ctx))
    if ":" in text:
        colon = link_colon(ctx, vcues)
        if colon is not None and not any(
            d.kind == "according_to"
            and d.content[0] <= colon.content[0]
            and colon.content[1] <= d.content[1] + 1
            for d in drafts
        ):
            # « Pour la ministre, pas question de reculer : « … » »: the quotation is already
            # part of what « Pour X » attributes.
            drafts.append(colon)
    return drafts


_FRAME_PREPOSITIONS = frozenset({"dans", "lors", "sur"})


_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?"})


def _seen_in(ctx: Context) -> Draft | None:
    """« L'opposition y voit « un coup de communication » », « Les syndicats y ont vu une
    « provocation » »: what the subject reads into the facts, in its own words."""
    tokens = ctx.tokens
    inside = _seen_inside(ctx)
    if inside is not None:
        return inside
    for i in range(1, len(tokens) - 2):
        if tokens[i].low != "y":
            continue
        v = i + 1 + int(tokens[i + 1].low in verbs.auxiliary_index())
        if v >= len(tokens) or not word_class(tokens[v].low, "see_in"):
            continue
        j = v + 1 + int(v + 1 < len(tokens) and determiner(tokens[v + 1].low))
        q = quotation_starting(ctx, tokens[j].start) if j < len(tokens) else None
        if q is None:
            # « y voit moins de la paresse qu'une « forme de légitime défense » »: the quoted
            # noun phrase further in the object, after its article
            j = next(
                (
                    k
                    for k in range(v + 2, min(v + 10, len(tokens)))
                    if tokens[k].text in _CLAUSE_STOPS or quotation_starting(ctx, tokens[k].start)
                ),
                len(tokens),
            )
            if (
                j < len(tokens)
                and tokens[j].text not in _CLAUSE_STOPS
                # « y voit la récompense d'« années d'efforts » »: after a « de » too
                and (determiner(tokens[j - 1].low) or tokens[j - 1].low in DE_WORDS)
            ):
                q = quotation_starting(ctx, tokens[j].start)
        subject = subject_before(tokens, i)
        if q is None or q.role == "title" or subject is None:
            return None
        return _seen_draft(ctx, q, i, v + 1)
    return None


def _seen_draft(ctx: Context, q: Quotation, first: int, last: int) -> Draft:
    """The quoted words read into the facts, cued by tokens ``first``..``last``: someone's
    only when a person or a body is named before."""
    return Draft(
        kind="partial",
        content=(q.content.start, q.content.end),
        quoted=None,
        cue=(ctx.tokens[first].start, ctx.tokens[last - 1].end),
        cue_lemma="voir",
        cue_type="verb",
        sentence=ctx.sentence,
        cue_first=first,
        cue_last=last,
        speaker_mode="before",
        confidence=0.7,
        needs_source=True,
    )


_ABSTRACT_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions", "ité", "ités", "isme")


def _abstract_noun(low: str) -> bool:
    """An event, a decision or a state (« engorgement », « décision », « précarité »), or a
    noun function_words.tsv lists as one (« affaire », « geste »)."""
    return low.endswith(_ABSTRACT_ENDINGS) or word_class(low, "event_noun")


def _reads_into_now(tokens: Sequence[Token], v: int) -> bool:
    """« voit », « a vu »: a present or past reading, not an infinitive after « faut » or
    « peut », a future, or a negated one."""
    low = tokens[v].low
    return (
        low != "voir"
        and not low.startswith("verr")
        and not any(word_class(t.low, "neg") for t in tokens[max(0, v - 3) : v])
    )


def _seen_inside(ctx: Context) -> Draft | None:
    """« L'économiste voit dans cet engorgement « le symptôme d'une logistique… » »: « voir
    dans » a short noun phrase, then the quoted words it is read as."""
    tokens = ctx.tokens
    for v in range(1, len(tokens) - 3):
        if (
            tokens[v + 1].low != "dans"
            or not word_class(tokens[v].low, "see_in")
            # what is read into the facts (« dans cette décision », « dans cet
            # engorgement »), not a place or a thing seen (« a vu dans sa voiture « … » »,
            # « dans cette maison »)
            or tokens[v + 2].low not in ("ce", "cet", "cette", "ces")
            # « voit dans ce disque « … » »: a work is read into as well, by someone who
            # does (not « Il faut voir dans ce film… », « Les lecteurs verront… »)
            or not (
                _abstract_noun(tokens[v + 3].low)
                or (word_class(tokens[v + 3].low, "work") and _reads_into_now(tokens, v))
            )
        ):
            continue
        first = v - int(tokens[v - 1].low in verbs.auxiliary_index())
        k = next(
            (
                k
                for k in range(v + 3, min(v + 9, len(tokens)))
                if tokens[k].text in _CLAUSE_STOPS or quotation_starting(ctx, tokens[k].start)
            ),
            None,
        )
        if k is None or tokens[k].text in _CLAUSE_STOPS:
            continue
        q = quotation_starting(ctx, tokens[k].start)
        # « voit dans ce disque « un pont… » »: lower-case words after an indefinite article
        # are what is read into the work, not its title
        read_into = (
            q is not None
            and q.content.text.startswith(("un ", "une ", "des "))
            and _reads_into_now(tokens, v)
        )
        if (
            q is None
            or (q.role == "title" and not read_into)
            or subject_before(tokens, first) is None
        ):
            return None
        return _seen_draft(ctx, q, first, v + 2)
    return None


def _trailing_fragment(ctx: Context, vc: VerbCue, vcues: Sequence[VerbCue]) -> Draft | None:
    """« Elle plaide pour un suivi renforcé, « avant qu'il ne soit trop tard » », « Le
    ministre a annoncé une réforme, « la plus ambitieuse depuis 1945 » »: lower-case words
    quoted after a comma that close the sentence of a reporting verb are its subject's."""
    if (
        vc.verb_class not in ("speech", "assertion", "request")
        or vc.hypothetical
        or vc.complements == INCISE_ONLY  # « faisait travailler des commerces, « … » »
    ):
        return None
    tokens = ctx.tokens
    for j in range(vc.last + 1, len(tokens)):
        if any(o.first == j for o in vcues) or tokens[j].text in ";:":
            return None
        q = quotation_starting(ctx, tokens[j].start)
        if q is None:
            continue
        if (
            tokens[j - 1].text != ","
            or q.role == "title"
            or not q.content.text[:1].islower()
            or not ends_sentence(ctx, q)
        ):
            return None
        draft = verb_draft(ctx, vc, "partial", (q.content.start, q.content.end), None, "before")
        return None if draft is None else attrs.evolve(draft, needs_source=True)
    return None


def _without_beneficiary(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """« Pour les familles, la réduction atteint 90 euros, selon le ministère »: the
    ministry is the source, and « Pour X » a group the figure is for. A person or a body
    stays a source (« Pour le président du Medef, …, selon Les Échos »)."""
    selon = [d for d in drafts if d.cue_lemma != "pour"]
    return [
        d
        for d in drafts
        if d.cue_lemma != "pour"
        or (
            (
                not any(s.content[0] < d.content[1] and d.content[0] < s.content[1] for s in selon)
                or not _group_only(ctx, d)
            )
            and not _affected_group(ctx, d)
            and not _provided_for(ctx, d)
        )
    ]


_BE_FORMS = frozenset({"est", "sont", "sera", "seront", "était", "étaient", "reste", "restent"})


def _provided_for(ctx: Context, d: Draft) -> bool:
    """« Pour les alpinistes sans réservation, des contrôles sont prévus »: what is laid on
    for a group, in the writer's voice, when nothing in the clause is quoted (advice, « mieux
    vaut… », may be the group's own: « Pour les médecins, mieux vaut consulter »)."""
    if d.cue_lemma != "pour" or d.speaker_hint is None:
        return False
    if any(q.span.start < d.content[1] and d.content[0] < q.span.end for q in ctx.quotations):
        return False
    if analyse(ctx.norm, *d.speaker_hint, ctx.tokens).type != "group":
        return False  # « Pour la préfecture, les contrôles sont prévus par la loi »: its word
    group = [t.low for t in ctx.tokens if d.speaker_hint[0] <= t.start < d.speaker_hint[1]]
    if any(word_class(w, "voice_group") for w in group):
        return False  # « Pour les syndicats, des grèves sont prévues »: what they announce
    words = [t for t in ctx.tokens if d.content[0] <= t.start < d.content[1]]
    lows = [t.low for t in words[:12]]
    clause = lows[: lows.index(",")] if "," in lows else lows
    return any(
        low in _BE_FORMS and any(word_class(w, "provision") for w in clause[k + 1 : k + 3])
        for k, low in enumerate(clause)
    )


def _affected_group(ctx: Context, d: Draft) -> bool:
    """« Pour les patients, l'attente devient angoissante »: a group the facts concern
    (non_attributive.tsv, kind « concerned »), not a voice, when nothing in the clause is
    quoted (« Pour les patients, c'est « un cauchemar » » is theirs). Professions and
    interested parties keep their voice (« Pour les infirmières, la situation est
    intenable »)."""
    if d.speaker_hint is None or any(
        q.span.start < d.content[1] and d.content[0] < q.span.end for q in ctx.quotations
    ):
        return False
    phrase = " ".join(ctx.norm[d.speaker_hint[0] : d.speaker_hint[1]].lower().split())
    words = phrase.split()
    if d.cue_lemma == "pour" and len(words) > 2 and word_class(words[-1], "affected"):
        return True  # « Pour les 240 salariés concernés, la procédure durera trois mois »
    # what follows the group up to its clause (« interrogés par Le Parisien »)
    rest = ctx.norm[d.speaker_hint[1] : d.content[0]].lower().split()
    if not _only_qualified(rest):
        return False
    return any(
        rule.kind == "concerned"
        and rule.trigger == "pour"
        and (
            phrase == rule.following
            or (
                phrase.startswith(rule.following + " ")
                and _only_qualified(phrase[len(rule.following) + 1 :].split())
            )
        )
        for rule in lexicon.non_attributive().values()
    )


def _only_qualified(words: Sequence[str]) -> bool:
    """« modestes », « de la ligne 4 »: words that qualify a group the facts concern, not
    ones that make its members people heard (« interrogés par Le Parisien », « que nous avons
    rencontrés », « grévistes »)."""
    return not any(word_class(w, "heard") or word_class(w, "voice_group") for w in words)


def _group_only(ctx: Context, d: Draft) -> bool:
    """A group, or anyone but a person before a figure (« Pour Airbus, la commande
    représente 12 milliards, selon Les Échos »)."""
    if d.speaker_hint is None:
        return False
    mention = analyse(ctx.norm, *d.speaker_hint, ctx.tokens)
    if mention.type == "person" or mention.name:
        return False
    figure = any(c.isdigit() for c in ctx.norm[d.content[0] : d.content[1]])
    return figure or (mention.type == "group" and not mention.organization)


def _link_reporting_frame(ctx: Context) -> Draft | None:
    """« Dans un communiqué, le club « condamne fermement » ces agissements »: with no verb of
    saying, a reporting noun framing the sentence makes its quoted words the subject's."""
    tokens = ctx.tokens
    k = 1
    if k < len(tokens) and tokens[0].low == "lors" and tokens[k].low in ("de", "d'"):
        k += 1
    if k >= len(tokens) or not determiner(tokens[k].low):
        return None
    nouns = verbs.reporting_nouns()
    noun = next(
        (
            j + size - 1  # the longest noun: « conférence de presse », « lettre ouverte »
            for j in range(k + 1, min(k + 3, len(tokens)))
            for size in (3, 2, 1)
            if " ".join(t.low for t in tokens[j : j + size]) in nouns
        ),
        None,
    )
    comma = next((j for j, t in enumerate(tokens[:16]) if t.text == ","), None)
    if noun is None or comma is None or comma < noun or comma + 2 >= len(tokens):
        return None
    opening = next(
        (j for j in range(comma + 2, len(tokens)) if tokens[j].text in OPENING_MARKS), None
    )
    if opening is None:
        return None
    verb = opening - int(tokens[opening - 1].low in verbs.auxiliary_index())
    subject = subject_before(tokens, verb)  # « le procureur a « appelé au calme » »
    if subject is None or subject[0] != comma + 1:
        return None
    end = ctx.sentence.end
    content = trim(ctx.norm, tokens[comma].end, end)
    kind, quoted = content_kind(ctx, *content)
    if kind != "mixed":
        return None
    return Draft(
        kind=kind,
        content=content,
        quoted=quoted,
        cue=(tokens[0].start, tokens[noun].end),
        cue_lemma=lexicon.normalize_key(tokens[noun].low),
        cue_type="noun",
        sentence=ctx.sentence,
        cue_first=0,
        cue_last=noun + 1,
        speaker_mode="selon",
        speaker_hint=(tokens[subject[0]].start, tokens[subject[1] - 1].end),
        confidence=0.6,
        needs_source=True,
    )


def _cleft(tokens: Sequence[Token], vc: VerbCue) -> bool:
    """« C'est (en tout cas) ce qu'a affirmé X », « Voilà ce que le maire a promis »: the verb
    reports the sentence before."""
    if not word_class(tokens[0].low, "cleft"):
        return False
    for k in range(max(1, vc.first - 5), vc.first):
        if tokens[k].low == "ce" and k + 1 < len(tokens) and tokens[k + 1].low in ("qu'", "que"):
            return k <= 6
    return False


def _before_main_clause(ctx: Context, draft: Draft, vc: VerbCue) -> Draft | None:
    """« Affirmant que « rien n'est joué », la maire a quitté la salle »: a participle that
    opens the sentence says what lies before the main clause, not the main clause too."""
    opening = opening_participle_clause(ctx.tokens, vc.last)
    if opening is None:
        return draft
    end = ctx.tokens[opening[0]].start
    if draft.content[1] <= end:
        return draft
    if draft.content[0] >= end:
        return None
    content = trim(ctx.norm, draft.content[0], end)
    kind = draft.kind
    quoted = draft.quoted
    if kind in ("indirect", "mixed", "stance", "hypothetical"):
        found_kind, quoted = content_kind(ctx, *content)
        if kind in ("indirect", "mixed"):
            kind = found_kind
    elif quoted is not None and quoted[1] > content[1]:
        quoted = None
    return attrs.evolve(draft, kind=kind, content=content, quoted=quoted)


_FRAGMENT_LINKS = frozenset({"et", "ou", ",", "mais", "voire"})


def _coordinated_fragments(ctx: Context, draft: Draft) -> list[Draft]:
    """« a promis « des moyens » et « une réponse rapide » »: each fragment joined to a
    partial quotation by « et », « ou » or a comma is quoted by the same cue."""
    tokens = ctx.tokens
    out: list[Draft] = []
    end = draft.content[1]
    while True:
        q = next((q for q in ctx.quotations if q.content.end == end), None)
        if q is None:
            return out
        j = next((i for i, t in enumerate(tokens) if t.start >= q.span.end), len(tokens))
        if j >= len(tokens) or tokens[j].low not in _FRAGMENT_LINKS:
            return out
        j += 1
        if tokens[j - 1].text == "," and j < len(tokens) and tokens[j].low in _FRAGMENT_LINKS:
            j += 1  # « d'un « drame », voire d'une « tragédie » »
        if j < len(tokens) and tokens[j].low in ("de", "d'"):
            j += 1  # « de « brutale » et d'« injuste » »
        noun = False
        if j < len(tokens) and determiner(tokens[j].low):
            indefinite = tokens[j].low in ("un", "une", "des")
            j += 1
            if (
                indefinite
                and j + 1 < len(tokens)
                and tokens[j].word
                and tokens[j].text.isalpha()
                and tokens[j].text.islower()
                and tokens[j + 1].text in OPENING_MARKS
                and not has_verb([tokens[j]])
            ):
                # « un budget « injuste » et une méthode « brutale » »; not « mais le
                # gouvernement « assume » », a subject and its own words
                j += 1
                noun = True
        nxt = quotation_starting(ctx, tokens[j].start) if j < len(tokens) else None
        if nxt is None or nxt.role == "title" or nxt.content.end - nxt.content.start < 2:
            return out
        if noun and not nxt.content.text[:1].islower():
            return out  # « et le parti « Reconquête » »: a name
        end = nxt.content.end
        out.append(attrs.evolve(draft, content=(nxt.content.start, end), quoted=None))


@functools.cache
def _selon_words() -> tuple[str, ...]:
    """Words one of which a sentence needs for « selon X », « d'après X », « pour X » or a
    view phrase (« aux yeux de X ») to be looked for."""
    return ("selon", "après", "pour", "dixit", *sorted(lexicon.view_words()))


def _cited_source(ctx: Context, drafts: Sequence[Draft]) -> Draft | None:
    """« Citant un rapport interne des HUG, la Tribune de Genève affirme que … », « …,
    rapporte Reuters, citant deux responsables »: what the reporter says comes from the
    source it cites as well."""
    tokens = ctx.tokens
    i = next((k for k, t in enumerate(tokens) if t.low == "citant"), None)
    if i is None or not (i == 0 or tokens[i - 1].text == ","):
        return None
    end = i + 1
    while end < len(tokens) and tokens[end].text not in ",.;:!?":
        end += 1
    if end == i + 1 or not source_like(tokens, "selon", i + 1, end):
        return None
    main = next((d for d in drafts if d.kind in ("indirect", "mixed", "direct")), None)
    if main is None or main.content[0] <= tokens[i].start < main.content[1]:
        return None
    return source_draft(ctx, main.content, "citer", i, i + 1, end, 0.6)
