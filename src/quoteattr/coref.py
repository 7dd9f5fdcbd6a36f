"""Coreference across a document: who « Il », « Horne » or « la même personne » is.

Speakers are resolved in document order against the sources already quoted (most recent
first) and against the full names the document introduces anywhere before the claim, so that
« Horne » becomes Emily Horne, « Il » the last compatible speaker, and « La même personne »
the previous one. Each source gets an entity id shared by all its claims, and keeps the title
and organisation given the first time it was described, so roles travel with it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr import lexicon, roles
from quoteattr.mentions import MentionInfo, name_runs
from quoteattr.model import Speaker
from quoteattr.text import Token


@attrs.frozen
class NameSighting:
    """A full person name seen in the document (« Joe Biden »), wherever it appears."""

    position: int
    name: str
    gender: str | None


@attrs.frozen
class Entity:
    """A source as known so far; replaced (never mutated) as the document is read."""

    id: int
    type: str
    name: str | None
    description: str | None
    title: str | None
    organization: str | None
    gender: str | None
    number: str | None
    anonymous: bool


def name_sightings(sentences: Sequence[Sequence[Token]], norm: str) -> list[NameSighting]:
    """Every run of two or more capitalised words that starts with a known first name."""
    out: list[NameSighting] = []
    names = lexicon.first_names()
    for tokens in sentences:
        for a, b in name_runs(tokens):
            if b - a < 2:
                continue
            first = names.get(lexicon.normalize_key(tokens[a].text))
            if first is None:
                continue
            text = norm[tokens[a].start : tokens[b - 1].end]
            gender = first.gender if first.gender in ("m", "f") else None
            out.append(NameSighting(tokens[a].start, text, gender))
    return out


def _compatible(entity: Entity, mention: MentionInfo) -> bool:
    if mention.gender and entity.gender and mention.gender != entity.gender:
        return False
    if mention.number == "sg" and entity.number == "pl" and not entity.anonymous:
        return False
    return not (mention.number == "sg" and entity.type == "group")


def _surname_match(full: str, surname: str) -> bool:
    return full != surname and (full.endswith(" " + surname) or full.split()[-1] == surname)


def _key(s: str | None) -> str:
    return lexicon.normalize_key(s) if s else ""


def resolve(
    mentions: Sequence[MentionInfo | None],
    positions: Sequence[int],
    sightings: Sequence[NameSighting],
    continuation: Sequence[bool],
) -> list[Speaker | None]:
    """One speaker per claim (None where no source is named), in the claims' order.

    ``positions`` are the claims' cue offsets (for "names seen before this claim");
    ``continuation[i]`` marks a quoted paragraph that continues the previous claim's speaker.
    Mention spans are left in normalised offsets; the pipeline maps them.
    """
    entities: list[Entity] = []  # most recently used last
    out: list[Speaker | None] = []
    previous: Entity | None = None
    for mention, position, cont in zip(mentions, positions, continuation, strict=True):
        if mention is None:
            if cont and previous is not None:
                out.append(_speaker(previous, None))
            else:
                out.append(None)
            continue
        entity = _find(entities, mention, position, sightings, previous)
        entity = (
            _merge(entity, mention)
            if entity is not None
            else _new(entities, mention, position, sightings)
        )
        entities = [e for e in entities if e.id != entity.id] + [entity]
        previous = entity
        out.append(_speaker(entity, mention))
    return out


def _find(
    entities: Sequence[Entity],
    mention: MentionInfo,
    position: int,
    sightings: Sequence[NameSighting],
    previous: Entity | None,
) -> Entity | None:
    recent = list(reversed(entities))
    if mention.back_reference == "same":
        for e in recent:
            if _compatible(e, mention):
                return e
        return None
    if mention.back_reference == "demonstrative" or (
        mention.type == "pronoun" and mention.text.lower() not in ("on", "nous", "je", "j'", "vous")
    ):
        for e in recent:
            if mention.number == "pl" and e.type in ("person", "group", "organization"):
                return e
            if (
                e.type in ("person", "organization", "group")
                and _compatible(e, mention)
                and (e.type != "organization" or mention.gender is not None)
            ):
                return e
        return None
    if mention.name is not None:
        key = mention.name
        for e in recent:
            if e.name and (e.name == key or _surname_match(e.name, key)):
                return e
        return None
    if mention.anonymous:
        return None
    # A definite description: « le porte-parole », « la Maison Blanche ».
    for e in recent:
        if (
            mention.type == "organization"
            and e.type == "organization"
            and _key(e.organization) == _key(mention.organization)
            and e.title == mention.title
        ):
            return e
        if (
            mention.title
            and e.title
            and _key(e.title) == _key(mention.title)
            and (not mention.organization or _key(mention.organization) == _key(e.organization))
            and e.type != "organization"
        ):
            return e
    return None


def _full_name(
    name: str, position: int, sightings: Sequence[NameSighting]
) -> tuple[str, str | None]:
    if " " in name:
        return name, None
    best: NameSighting | None = None
    for s in sightings:
        if _surname_match(s.name, name) and (best is None or s.position <= position):
            best = s
    return (best.name, best.gender) if best is not None else (name, None)


def _description(mention: MentionInfo) -> str | None:
    if mention.type == "pronoun" or mention.back_reference:
        return None
    return mention.text


def _new(
    entities: Sequence[Entity],
    mention: MentionInfo,
    position: int,
    sightings: Sequence[NameSighting],
) -> Entity:
    name = mention.name
    gender = mention.gender
    if name is not None and mention.type == "person":
        name, sighted_gender = _full_name(name, position, sightings)
        gender = gender or sighted_gender
    if mention.type == "organization" and name is None:
        name = mention.organization
    kind = mention.type
    if kind == "pronoun":
        kind = "person" if mention.number != "pl" else "group"
        # An unresolved pronoun may still name someone the text introduced before the claim.
        for s in reversed(sightings):
            if (
                s.position < position
                and mention.number != "pl"
                and (not mention.gender or not s.gender or s.gender == mention.gender)
            ):
                name, gender = s.name, s.gender
                break
    return Entity(
        id=len(entities),
        type=kind,
        name=name,
        description=_description(mention),
        title=mention.title,
        organization=mention.organization,
        gender=gender,
        number=mention.number,
        anonymous=mention.anonymous,
    )


def _merge(entity: Entity, mention: MentionInfo) -> Entity:
    description = entity.description
    new = _description(mention)
    if new and (description is None or (mention.title and len(new) > len(description))):
        description = new
    return attrs.evolve(
        entity,
        title=entity.title or mention.title,
        organization=entity.organization or mention.organization,
        gender=entity.gender or (mention.gender if mention.type != "pronoun" else None),
        description=description,
    )


def _speaker(entity: Entity, mention: MentionInfo | None) -> Speaker:
    title = entity.title
    organization = entity.organization
    mtype = (
        entity.type
        if entity.type
        in ("person", "organization", "group", "document", "anonymous", "pronoun", "unknown")
        else "unknown"
    )
    return Speaker(
        mention=None,
        name=entity.name,
        description=entity.description,
        entity=entity.id,
        type=mtype,  # type: ignore[arg-type]
        anonymous=entity.anonymous,
        title=title,
        organization=organization,
        role=roles.role_label(title, organization),
    )
