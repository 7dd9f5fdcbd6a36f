"""Coreference across an article: who « Il », « Whitfield » or « La même source » is.

Each article below is written for this file (names and events are invented). For every claim
it names the speaker mention of that sentence, the full name the document gives (or None), an
entity label (claims sharing a label must share ``speaker.entity``, and different labels must
differ), and where it matters the English role words carried over from an earlier apposition.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.model import Claim, Speaker

LAQ = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RAQ = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"


def q(words: str) -> str:
    """« words », padded with plain spaces."""
    return f"{LAQ} {words} {RAQ}"


@attrs.frozen
class Want:
    """What one claim of an article must resolve to."""

    fragment: str
    # None for a cue-less continuation: its own sentence names nobody.
    mention: str | None
    name: str | None
    entity: str
    role_words: tuple[str, ...] = ()
    anonymous: bool | None = None
    # The organisation (or description) must contain this, for unnamed sources.
    about: str | None = None
    # A cue-less continuation: confidence strictly below this.
    confidence_below: float | None = None


@attrs.frozen
class Article:
    paragraphs: tuple[str, ...]
    wants: tuple[Want, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs) + "\n"


def _show(speaker: Speaker | None) -> str:
    if speaker is None:
        return "speaker=None"
    mention = speaker.mention.text if speaker.mention is not None else None
    return (
        f"mention={mention!r} name={speaker.name!r} entity={speaker.entity!r} "
        f"type={speaker.type!r} anonymous={speaker.anonymous!r} "
        f"description={speaker.description!r} organization={speaker.organization!r} "
        f"role={speaker.role!r}"
    )


def _claim_for(claims: Sequence[Claim], fragment: str) -> Claim:
    found = [c for c in claims if fragment in c.text]
    assert found, f"no claim holds {fragment!r}; claims: {[c.text for c in claims]}"
    return found[0]


def _check_article(article: Article) -> None:
    claims = quoteattr.extract(article.text)
    problems: list[str] = []
    entities: dict[str, set[int | None]] = {}
    for want in article.wants:
        found = [c for c in claims if want.fragment in c.text]
        if not found:
            problems.append(f"{want.fragment!r}: no claim")
            continue
        claim = found[0]
        sp = claim.speaker
        shown = _show(sp)
        if sp is None:
            problems.append(f"{want.fragment!r}: no speaker")
            continue
        mention = sp.mention.text if sp.mention is not None else None
        if mention != want.mention:
            problems.append(f"{want.fragment!r}: mention {want.mention!r} expected; {shown}")
        if sp.name != want.name:
            problems.append(f"{want.fragment!r}: name {want.name!r} expected; {shown}")
        for word in want.role_words:
            if sp.role is None or word.lower() not in sp.role.lower():
                problems.append(f"{want.fragment!r}: role lacks {word!r}; {shown}")
        if want.anonymous is not None and sp.anonymous != want.anonymous:
            problems.append(f"{want.fragment!r}: anonymous {want.anonymous!r} expected; {shown}")
        if want.about is not None:
            where = f"{sp.organization or ''} {sp.description or ''} {mention or ''}"
            if want.about.lower() not in where.lower():
                problems.append(f"{want.fragment!r}: should be about {want.about!r}; {shown}")
        if want.confidence_below is not None and not claim.confidence < want.confidence_below:
            problems.append(
                f"{want.fragment!r}: confidence {claim.confidence} should be "
                f"< {want.confidence_below}"
            )
        entities.setdefault(want.entity, set()).add(sp.entity)
    for label, ids in entities.items():
        if len(ids) != 1 or None in ids:
            problems.append(f"entity {label!r}: its claims carry ids {sorted(map(str, ids))}")
    seen: dict[int | None, str] = {}
    for label, ids in entities.items():
        for i in ids:
            if i in seen and seen[i] != label:
                problems.append(f"entities {seen[i]!r} and {label!r} share id {i}")
            seen[i] = label
    assert not problems, "\n".join(problems)


ARTICLES = {
    "pronouns-by-gender": Article(
        (
            "Le ministre de l'Agriculture, Paul Verdier, a annoncé mardi que les aides seraient "
            "versées avant l'été.",
            "La présidente de la chambre d'agriculture, Nadia Cohen, a estimé que les montants "
            "restaient insuffisants.",
            "Il a répondu que l'enveloppe pourrait être revue à l'automne.",
            "Elle a toutefois reconnu que le calendrier était tenable.",
            q("Nous suivrons chaque dossier") + ", a-t-il promis.",
        ),
        (
            Want(
                "les aides seraient versées",
                "Le ministre de l'Agriculture, Paul Verdier",
                "Paul Verdier",
                "verdier",
                ("Agriculture", "minister"),
            ),
            Want(
                "les montants restaient insuffisants",
                "La présidente de la chambre d'agriculture, Nadia Cohen",
                "Nadia Cohen",
                "cohen",
                ("president",),
            ),
            Want(
                "l'enveloppe pourrait être revue",
                "Il",
                "Paul Verdier",
                "verdier",
                ("Agriculture", "minister"),
            ),
            Want("le calendrier était tenable", "Elle", "Nadia Cohen", "cohen", ("president",)),
            Want("Nous suivrons chaque dossier", "il", "Paul Verdier", "verdier"),
        ),
    ),
    "surname-keeps-role": Article(
        (
            "La porte-parole de la Maison Blanche, Laura Whitfield, a déclaré lundi que le "
            "président recevrait son homologue la semaine prochaine.",
            "Le Kremlin a de son côté indiqué qu'aucune date n'avait été fixée.",
            "Whitfield a ajouté que les deux dirigeants parleraient de sécurité énergétique.",
            "Selon Whitfield, la rencontre durera deux heures.",
        ),
        (
            Want(
                "le président recevrait son homologue",
                "La porte-parole de la Maison Blanche, Laura Whitfield",
                "Laura Whitfield",
                "whitfield",
                ("White House", "spokesperson"),
            ),
            Want(
                "aucune date n'avait été fixée",
                "Le Kremlin",
                None,
                "kremlin",
                ("Kremlin",),
            ),
            Want(
                "parleraient de sécurité énergétique",
                "Whitfield",
                "Laura Whitfield",
                "whitfield",
                ("White House", "spokesperson"),
            ),
            Want(
                "la rencontre durera deux heures",
                "Whitfield",
                "Laura Whitfield",
                "whitfield",
                ("White House", "spokesperson"),
            ),
        ),
    ),
    "civility-to-full-name": Article(
        (
            "Olivier Dumas, directeur de l'hôpital de Rouen, a affirmé que les urgences "
            "resteraient ouvertes tout l'été.",
            "L'agence régionale de santé a confirmé que des renforts arriveraient en juillet.",
            "M. Dumas a précisé que douze infirmiers avaient été recrutés.",
            q("Nous n'avons jamais fermé une seule nuit") + ", a-t-il rappelé.",
        ),
        (
            Want(
                "les urgences resteraient ouvertes",
                "Olivier Dumas, directeur de l'hôpital de Rouen",
                "Olivier Dumas",
                "dumas",
                ("director",),
            ),
            Want(
                "des renforts arriveraient en juillet",
                "L'agence régionale de santé",
                None,
                "ars",
                about="agence",
            ),
            Want(
                "douze infirmiers avaient été recrutés",
                "M. Dumas",
                "Olivier Dumas",
                "dumas",
                ("director",),
            ),
            Want("Nous n'avons jamais fermé", "il", "Olivier Dumas", "dumas", ("director",)),
        ),
    ),
    "same-person-then-another-official": Article(
        (
            "Un responsable du ministère des Armées a déclaré que deux frégates avaient quitté "
            "Toulon.",
            "La même personne a précisé que leur mission durerait trois mois.",
            "Un autre responsable a affirmé que d'autres navires pourraient suivre.",
            q("Rien n'est exclu") + ", a-t-il ajouté.",
        ),
        (
            Want(
                "deux frégates avaient quitté Toulon",
                "Un responsable du ministère des Armées",
                None,
                "official_1",
                ("official",),
                anonymous=True,
            ),
            Want(
                "leur mission durerait trois mois",
                "La même personne",
                None,
                "official_1",
                ("official",),
                anonymous=True,
            ),
            Want(
                "d'autres navires pourraient suivre",
                "Un autre responsable",
                None,
                "official_2",
                ("official",),
                anonymous=True,
            ),
            Want("Rien n'est exclu", "il", None, "official_2", anonymous=True),
        ),
    ),
    "ce-dernier-most-recent-of-two-men": Article(
        (
            "Le président du club, Marc Aubry, a assuré que l'entraîneur resterait en poste.",
            "Le capitaine de l'équipe, Nicolas Ferreira, a déclaré que les joueurs soutenaient "
            "leur entraîneur.",
            "Ce dernier a ajouté que le vestiaire restait uni.",
            "M. Aubry a pour sa part indiqué que le budget serait maintenu.",
        ),
        (
            Want(
                "l'entraîneur resterait en poste",
                "Le président du club, Marc Aubry",
                "Marc Aubry",
                "aubry",
                ("president",),
            ),
            Want(
                "les joueurs soutenaient",
                "Le capitaine de l'équipe, Nicolas Ferreira",
                "Nicolas Ferreira",
                "ferreira",
                ("captain",),
            ),
            Want(
                "le vestiaire restait uni",
                "Ce dernier",
                "Nicolas Ferreira",
                "ferreira",
                ("captain",),
            ),
            Want(
                "le budget serait maintenu",
                "M. Aubry",
                "Marc Aubry",
                "aubry",
                ("president",),
            ),
        ),
    ),
    "la-meme-source": Article(
        (
            "Selon une source proche de l'enquête, le suspect était connu des services de police.",
            "Le parquet de Nantes a annoncé que l'homme serait présenté à un juge jeudi.",
            "La même source a indiqué que deux complices étaient recherchés.",
            "Le parquet a précisé qu'aucune arme n'avait été retrouvée.",
        ),
        (
            Want(
                "le suspect était connu",
                "une source proche de l'enquête",
                None,
                "source",
                anonymous=True,
            ),
            Want(
                "l'homme serait présenté à un juge",
                "Le parquet de Nantes",
                None,
                "parquet",
                about="parquet",
            ),
            Want(
                "deux complices étaient recherchés",
                "La même source",
                None,
                "source",
                anonymous=True,
            ),
            Want(
                "aucune arme n'avait été retrouvée",
                "Le parquet",
                None,
                "parquet",
                about="parquet",
            ),
        ),
    ),
    "cue-less-quoted-paragraph-continues": Article(
        (
            q("Nous avons perdu une bataille, pas la guerre")
            + ", a déclaré le président du club, Marc Aubry, après la défaite de samedi.",
            q("Les joueurs savent ce qu'ils ont à faire. Nous reviendrons plus forts."),
            "L'entraîneuse adjointe, Sophie Lenoir, a estimé que l'équipe manquait de fraîcheur.",
            q("Il faudra faire tourner davantage") + ", a-t-elle ajouté.",
        ),
        (
            Want(
                "Nous avons perdu une bataille",
                "le président du club, Marc Aubry",
                "Marc Aubry",
                "aubry",
                ("president",),
            ),
            Want(
                "Nous reviendrons plus forts",
                None,
                "Marc Aubry",
                "aubry",
                confidence_below=0.9,
            ),
            Want(
                "l'équipe manquait de fraîcheur",
                "L'entraîneuse adjointe, Sophie Lenoir",
                "Sophie Lenoir",
                "lenoir",
                ("coach",),
            ),
            Want("Il faudra faire tourner", "elle", "Sophie Lenoir", "lenoir", ("coach",)),
        ),
    ),
    "pronouns-by-number": Article(
        (
            "Les syndicats de cheminots ont affirmé mercredi que la grève serait reconduite.",
            "La ministre des Transports, Élise Moreau, a répondu que le dialogue restait ouvert.",
            "Ils ont ajouté que le trafic serait très perturbé jusqu'à dimanche.",
            "Elle a rappelé que le service minimum serait assuré.",
        ),
        (
            Want(
                "la grève serait reconduite",
                "Les syndicats de cheminots",
                None,
                "syndicats",
                about="syndicats",
            ),
            Want(
                "le dialogue restait ouvert",
                "La ministre des Transports, Élise Moreau",
                "Élise Moreau",
                "moreau",
                ("Transport", "minister"),
            ),
            Want(
                "le trafic serait très perturbé",
                "Ils",
                None,
                "syndicats",
                about="syndicats",
            ),
            Want(
                "le service minimum serait assuré",
                "Elle",
                "Élise Moreau",
                "moreau",
                ("Transport", "minister"),
            ),
        ),
    ),
    "three-sources-two-claims-each": Article(
        (
            "Le maire de Bordeaux, Henri Lacoste, a annoncé que le pont serait fermé pendant "
            "six mois.",
            "La préfecture a indiqué que des déviations seraient mises en place.",
            "La présidente de l'association des commerçants, Valérie Sanchez, a estimé que la "
            "fermeture serait une catastrophe.",
            "Selon M. Lacoste, les travaux ne pouvaient plus attendre.",
            "Mme Sanchez a ajouté que plusieurs boutiques risquaient de fermer.",
            "La préfecture a précisé que les bus circuleraient normalement.",
        ),
        (
            Want(
                "le pont serait fermé",
                "Le maire de Bordeaux, Henri Lacoste",
                "Henri Lacoste",
                "lacoste",
                ("mayor", "Bordeaux"),
            ),
            Want(
                "des déviations seraient mises en place",
                "La préfecture",
                None,
                "prefecture",
                about="préfecture",
            ),
            Want(
                "la fermeture serait une catastrophe",
                "La présidente de l'association des commerçants, Valérie Sanchez",
                "Valérie Sanchez",
                "sanchez",
                ("president",),
            ),
            Want(
                "les travaux ne pouvaient plus attendre",
                "M. Lacoste",
                "Henri Lacoste",
                "lacoste",
                ("mayor", "Bordeaux"),
            ),
            Want(
                "plusieurs boutiques risquaient de fermer",
                "Mme Sanchez",
                "Valérie Sanchez",
                "sanchez",
                ("president",),
            ),
            Want(
                "les bus circuleraient normalement",
                "La préfecture",
                None,
                "prefecture",
                about="préfecture",
            ),
        ),
    ),
    "mme-and-m-keep-roles": Article(
        (
            "Claire Dubois, avocate de la famille, a affirmé que la plainte serait déposée lundi.",
            "Le procureur de la République, Laurent Vasseur, a indiqué qu'une enquête avait été "
            "ouverte.",
            "Mme Dubois a ajouté que la famille demandait une reconstitution.",
            q("Nous irons jusqu'au bout") + ", a-t-elle lancé.",
            "M. Vasseur a précisé que les conclusions seraient rendues en mars.",
        ),
        (
            Want(
                "la plainte serait déposée lundi",
                "Claire Dubois, avocate de la famille",
                "Claire Dubois",
                "dubois",
                ("lawyer",),
            ),
            Want(
                "une enquête avait été ouverte",
                "Le procureur de la République, Laurent Vasseur",
                "Laurent Vasseur",
                "vasseur",
                ("prosecutor",),
            ),
            Want(
                "la famille demandait une reconstitution",
                "Mme Dubois",
                "Claire Dubois",
                "dubois",
                ("lawyer",),
            ),
            Want("Nous irons jusqu'au bout", "elle", "Claire Dubois", "dubois", ("lawyer",)),
            Want(
                "les conclusions seraient rendues en mars",
                "M. Vasseur",
                "Laurent Vasseur",
                "vasseur",
                ("prosecutor",),
            ),
        ),
    ),
    "le-responsable-back-to-the-official": Article(
        (
            "Un responsable de la préfecture a indiqué que l'incendie était fixé.",
            "La maire de la commune, Isabelle Roche, a déclaré que les habitants pourraient "
            "rentrer chez eux dans la soirée.",
            "Le responsable a précisé que trois hectares avaient brûlé.",
            "Elle a remercié les pompiers et assuré que la salle des fêtes resterait ouverte.",
        ),
        (
            Want(
                "l'incendie était fixé",
                "Un responsable de la préfecture",
                None,
                "official",
                ("official",),
                anonymous=True,
            ),
            Want(
                "les habitants pourraient rentrer",
                "La maire de la commune, Isabelle Roche",
                "Isabelle Roche",
                "roche",
                ("mayor",),
            ),
            Want(
                "trois hectares avaient brûlé",
                "Le responsable",
                None,
                "official",
                ("official",),
                anonymous=True,
            ),
            Want(
                "la salle des fêtes resterait ouverte",
                "Elle",
                "Isabelle Roche",
                "roche",
                ("mayor",),
            ),
        ),
    ),
    "elle-for-an-institution": Article(
        (
            "La Commission européenne a annoncé jeudi qu'elle proposerait de nouvelles sanctions.",
            "Le ministre de l'Économie, Julien Marchand, a affirmé que la France soutiendrait "
            "le texte.",
            "Elle a précisé que les mesures viseraient le secteur bancaire.",
            "Il a ajouté que Paris attendait un accord rapide.",
        ),
        (
            Want(
                "proposerait de nouvelles sanctions",
                "La Commission européenne",
                None,
                "commission",
                ("European Commission",),
                about="Commission",
            ),
            Want(
                "la France soutiendrait le texte",
                "Le ministre de l'Économie, Julien Marchand",
                "Julien Marchand",
                "marchand",
                ("minister",),
            ),
            Want(
                "les mesures viseraient le secteur bancaire",
                "Elle",
                None,
                "commission",
                ("European Commission",),
                about="Commission",
            ),
            Want(
                "Paris attendait un accord rapide",
                "Il",
                "Julien Marchand",
                "marchand",
                ("minister",),
            ),
        ),
    ),
    "surname-and-description-of-diplomats": Article(
        (
            "Le secrétaire d'État américain, Thomas Harlan, a déclaré que Washington était prêt "
            "à négocier.",
            "Le ministre russe des Affaires étrangères a répondu que Moscou attendait des "
            "propositions écrites.",
            "Harlan a estimé que la balle était dans le camp de Moscou.",
            "Le chef de la diplomatie russe a ajouté que le délai serait court.",
        ),
        (
            Want(
                "Washington était prêt à négocier",
                "Le secrétaire d'État américain, Thomas Harlan",
                "Thomas Harlan",
                "harlan",
                ("US", "Secretary of State"),
            ),
            Want(
                "Moscou attendait des propositions",
                "Le ministre russe des Affaires étrangères",
                None,
                "russian_fm",
                ("Russian", "minister"),
            ),
            Want(
                "la balle était dans le camp",
                "Harlan",
                "Thomas Harlan",
                "harlan",
                ("US", "Secretary of State"),
            ),
            Want(
                "le délai serait court",
                "Le chef de la diplomatie russe",
                None,
                "russian_fm",
                ("Russian",),
            ),
        ),
    ),
    "premier-magistrat-is-the-mayor": Article(
        (
            "Le maire de Grenoble, Luc Berthier, a annoncé que la piscine rouvrirait en septembre.",
            "Les parents d'élèves ont estimé que le délai était bien trop long.",
            "Le premier magistrat a assuré que les travaux avaient pris du retard à cause des "
            "intempéries.",
            "Selon lui, le coût du chantier n'a pas augmenté.",
        ),
        (
            Want(
                "la piscine rouvrirait en septembre",
                "Le maire de Grenoble, Luc Berthier",
                "Luc Berthier",
                "berthier",
                ("mayor", "Grenoble"),
            ),
            Want(
                "le délai était bien trop long",
                "Les parents d'élèves",
                None,
                "parents",
                about="parents",
            ),
            Want(
                "les travaux avaient pris du retard",
                "Le premier magistrat",
                "Luc Berthier",
                "berthier",
                ("mayor",),
            ),
            Want(
                "le coût du chantier n'a pas augmenté",
                "lui",
                "Luc Berthier",
                "berthier",
                ("mayor",),
            ),
        ),
    ),
    "party-label-after-title-and-civility": Article(
        (
            "Le maire (divers gauche) de Vierzon, Hugo Marchetti, a inauguré samedi la "
            "nouvelle halle.",
            q("Ce marché couvert, on l'attendait depuis vingt ans") + ", a-t-il lancé.",
            "Me Sonia Ferrand défend les commerçants expulsés de l'ancien site.",
            q("Mes clients ont été oubliés") + ", a-t-elle regretté.",
            "L'avocate a précisé qu'un recours serait déposé lundi.",
        ),
        (
            Want(
                "Ce marché couvert",
                "il",
                "Hugo Marchetti",
                "marchetti",
                ("mayor",),
            ),
            Want("Mes clients", "elle", "Sonia Ferrand", "ferrand", ("lawyer",)),
            Want(
                "un recours serait déposé lundi",
                "L'avocate",
                "Sonia Ferrand",
                "ferrand",
                ("lawyer",),
            ),
        ),
    ),
    "elu-for-a-council-president-not-a-board-president": Article(
        (
            "Le président du conseil d'administration de Valcor, Rémi Tassin, a annoncé que "
            "l'usine fermerait.",
            q("Nous ne fermerons aucune route") + ", a promis le président (LR) du conseil "
            "départemental de l'Yonne, Gilles Aubertin, lors de la session de lundi.",
            "L'élu a précisé que le département financerait les travaux.",
            "Selon lui, le chantier durera deux ans.",
        ),
        (
            Want(
                "l'usine fermerait",
                "Le président du conseil d'administration de Valcor, Rémi Tassin",
                "Rémi Tassin",
                "tassin",
            ),
            Want(
                "Nous ne fermerons aucune route",
                "le président (LR) du conseil départemental de l'Yonne, Gilles Aubertin",
                "Gilles Aubertin",
                "aubertin",
                ("president", "council"),
            ),
            Want(
                "le département financerait",
                "L'élu",
                "Gilles Aubertin",
                "aubertin",
                ("president", "council"),
            ),
            Want("le chantier durera deux ans", "lui", "Gilles Aubertin", "aubertin"),
        ),
    ),
    "lede-pronoun-names-the-person-introduced-next": Article(
        (
            q("La ligne rouvrira avant l'hiver") + ", avait-elle assuré en mars. Six mois plus "
            "tard, la vice-présidente de la région chargée des transports, Carole Vasseur, "
            "reconnaît que le chantier a pris du retard.",
            "Le président de l'association des usagers, Marc Ollivier, s'impatiente.",
            q("On nous promet tout et son contraire") + ", a-t-il lancé.",
            "Elle a répondu que les travaux reprendraient lundi.",
        ),
        (
            Want("La ligne rouvrira", "elle", "Carole Vasseur", "vasseur", ("vice president",)),
            Want(
                "le chantier a pris du retard",
                "la vice-présidente de la région chargée des transports, Carole Vasseur",
                "Carole Vasseur",
                "vasseur",
            ),
            Want("On nous promet", "il", "Marc Ollivier", "ollivier", ("president",)),
            Want("les travaux reprendraient", "Elle", "Carole Vasseur", "vasseur"),
        ),
    ),
    "lede-pronoun-not-the-next-named-speaker": Article(
        (
            q("J'ai tout perdu") + ", raconte-t-il. Ahmed, 43 ans, a vu sa maison emportée par "
            "la crue.",
            "Selon le maire, Luc Perrin, quarante familles sont sinistrées.",
            "Le maire a annoncé que des logements seraient réquisitionnés.",
            q("Nous ne laisserons personne dehors") + ", a-t-il promis.",
        ),
        (
            Want("J'ai tout perdu", "il", None, "ahmed"),
            Want("quarante familles", "le maire, Luc Perrin", "Luc Perrin", "perrin", ("mayor",)),
            Want("des logements", "Le maire", "Luc Perrin", "perrin", ("mayor",)),
            Want("Nous ne laisserons", "il", "Luc Perrin", "perrin", ("mayor",)),
        ),
    ),
}


@pytest.mark.parametrize("article", list(ARTICLES.values()), ids=list(ARTICLES))
def test_article(article: Article) -> None:
    """Every claim of the article resolves to its source, with one entity id per source."""
    assert 4 <= len(article.paragraphs) <= 8
    _check_article(article)


# --- property: generated articles with pronoun back-references ------------------------------

MALE = ("Marc", "Paul", "Pierre", "Julien", "Nicolas", "Laurent")
FEMALE = ("Claire", "Sophie", "Anne", "Nathalie", "Isabelle", "Céline")
SURNAMES = ("Aubry", "Girard", "Fabre", "Renaud", "Perrin", "Lemaire", "Colin", "Barbier")
TITLES = (
    ("Le ministre de la Santé", "La ministre de la Santé"),
    ("Le maire de Lyon", "La maire de Lyon"),
    ("Le porte-parole du gouvernement", "La porte-parole du gouvernement"),
    ("Le président de la région", "La présidente de la région"),
)
CONTENTS = (
    "le projet serait présenté en mars",
    "les crédits seraient débloqués avant la fin du mois",
    "la consultation durerait six semaines",
    "le calendrier serait tenu malgré les retards",
    "les chiffres seraient publiés vendredi",
    "la réunion se tiendrait à huis clos",
    "le texte serait soumis au vote en juin",
    "les travaux commenceraient au printemps",
)


@attrs.frozen
class Person:
    first: str
    last: str
    female: bool
    title: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, tuple[tuple[str, str], ...]]:
    """An article and, for each claim's content, the name of its true speaker."""
    n = draw(st.integers(2, 4))
    female = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    males = iter(draw(st.permutations(MALE)))
    females = iter(draw(st.permutations(FEMALE)))
    lasts = draw(st.permutations(SURNAMES))
    titles = draw(st.permutations(TITLES))
    people = [
        Person(
            next(females) if f else next(males),
            lasts[i],
            f,
            titles[i][1] if f else titles[i][0],
        )
        for i, f in enumerate(female)
    ]
    extra = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=len(CONTENTS) - n))
    order = draw(st.permutations(list(range(n)) + extra))
    paragraphs: list[str] = []
    truth: list[tuple[str, str]] = []
    introduced: list[int] = []
    for k, who in enumerate(order):
        p = people[who]
        content = CONTENTS[k]
        if who not in introduced:
            paragraphs.append(f"{p.title}, {p.name}, a déclaré que {content}.")
            introduced.append(who)
        else:
            same_gender = [i for i in introduced if people[i].female == p.female]
            last_speaker = order[k - 1]
            if same_gender == [who] or last_speaker == who:
                pronoun = "Elle" if p.female else "Il"
                paragraphs.append(f"{pronoun} a ajouté que {content}.")
            else:
                paragraphs.append(f"{p.name} a ajouté que {content}.")
        truth.append((content, p.name))
    return "\n\n".join(paragraphs) + "\n", tuple(truth)


@settings(max_examples=100, deadline=None)
@given(articles())
def test_pronoun_back_references_resolve_to_true_speaker(
    generated: tuple[str, tuple[tuple[str, str], ...]],
) -> None:
    """In an article of 2 to 4 speakers, each introduced by title and full name and quoted in
    random order, where a later claim is introduced by « Il/Elle a ajouté que » only when the
    pronoun is unambiguous (its gender matches exactly one speaker seen so far, or its referent
    is the most recent speaker) and by the full name otherwise, every claim resolves to the
    name of its true speaker.
    """
    text, truth = generated
    claims = quoteattr.extract(text)
    for content, name in truth:
        claim = _claim_for(claims, content)
        assert claim.speaker is not None, f"no speaker for {content!r} in\n{text}"
        assert claim.speaker.name == name, f"{content!r}: {_show(claim.speaker)}\n{text}"


def test_a_title_given_later_still_finds_the_person() -> None:
    """« Ali Fontaine, ministre » then « selon Ali Fontaine, maire »: « le maire » is him,
    though his role stays the first one given."""
    text = (
        "Ali Fontaine, ministre, a dit : " + q("Nous irons jusqu'au bout.") + "\n\n"
        "Selon Ali Fontaine, maire, le projet avance.\n\n"
        + q("Rien ne nous arrêtera")
        + ", a dit le maire."
    )
    claims = quoteattr.extract(text)
    assert [c.speaker.name if c.speaker else None for c in claims] == ["Ali Fontaine"] * 3
    assert len({c.speaker.entity for c in claims if c.speaker}) == 1


def test_a_title_made_of_a_verb_form_still_leaves_the_name_as_subject() -> None:
    """« La tête de liste, Sophie Garnier, a… »: « liste » after « de » is a noun, so the name
    is the sentence's subject and « elle » in the next sentence is her."""
    text = (
        "La tête de liste écologiste, Sophie Garnier, a quitté la salle. "
        + q("Ce n'est pas une défaite")
        + ", a-t-elle lancé."
    )
    (claim,) = quoteattr.extract(text)
    assert claim.speaker is not None and claim.speaker.name == "Sophie Garnier"


@pytest.mark.parametrize(
    ("text", "descriptions"),
    [
        (
            "Le préfet a promis des aides. " + q("Les dossiers seront prêts") + ", a-t-il dit.",
            ["Le préfet"],
        ),
        # Someone who already spoke stays the antecedent: « il » is more often him.
        (
            q("Nous partons")
            + ", a dit le maire. Le préfet a promis des aides. "
            + q("Les dossiers seront traités")
            + ", a-t-il ajouté.",
            ["le maire", "le maire"],
        ),
        # « était absent », « a été limogé »: someone who does nothing is no antecedent.
        (
            "Le préfet était absent. " + q("Nous appliquerons la loi") + ", a-t-il indiqué.",
            ["il"],
        ),
        # « elle » cannot be « le préfet »: the mayor goes on.
        (
            q("Nous partons")
            + ", a dit la maire. Le préfet a promis des aides. "
            + q("Les dossiers seront traités")
            + ", a-t-elle assuré.",
            ["la maire", "la maire"],
        ),
    ],
)
def test_a_pronoun_after_a_titled_subject_that_reported_nothing(
    text: str, descriptions: list[str]
) -> None:
    """« Le préfet a promis des aides. « … », a-t-il assuré »: il is the prefect, introduced by
    a sentence with no claim of its own, unless gender rules him out, someone who already
    spoke is there, or the sentence shows him doing nothing."""
    claims = quoteattr.extract(text)
    assert [
        c.speaker.description or (c.speaker.mention.text if c.speaker.mention else None)
        if c.speaker
        else None
        for c in claims
    ] == descriptions


def test_a_titled_subject_without_any_cue_word_is_remembered() -> None:
    """« La romancière a assisté à la première. » holds no reporting word, yet a later « elle »
    is the novelist rather than a singer named earlier."""
    text = (
        "Sur scène, Julie Marceau chante sans micro. La romancière a assisté à la première. "
        "D'après les organisateurs, elle aurait trouvé " + q("la soirée magique") + "."
    )
    claims = quoteattr.extract(text)
    fragment = [c for c in claims if c.text == "la soirée magique"]
    assert fragment and fragment[0].speaker is not None
    assert fragment[0].speaker.description == "La romancière"


@pytest.mark.parametrize(
    ("text", "mention", "body"),
    [
        (
            "La Haute Autorité de santé (HAS) a recommandé mardi que les adultes se fassent "
            "vacciner. « Il n'est jamais trop tard », souligne l'autorité.",
            "l'autorité",
            "Haute Autorité de santé",
        ),
        (
            "« C'est une mesure de sécurité », insiste le directeur de l'ARS, Stéphane Guillou. "
            "L'agence assure que des renforts seront envoyés.",
            "L'agence",
            "ARS",
        ),
        (
            "« On nous a menti », lâche Sandrine Hug, déléguée CGT. Le syndicat dénonce une "
            "« trahison ».",
            "Le syndicat",
            "CGT",
        ),
    ],
)
def test_a_generic_noun_refers_back_to_a_body(text: str, mention: str, body: str) -> None:
    """« l'autorité », « l'agence », « le syndicat »: the body named before whose full name has
    that noun, or (for unions, companies, parties, clubs) whose kind it is; a person's own
    organisation counts."""
    last = quoteattr.extract(text)[-1]
    assert last.speaker is not None and last.speaker.mention is not None
    assert last.speaker.mention.text == mention
    assert last.speaker.type == "organization"
    assert last.speaker.organization == body


def test_a_generic_noun_with_no_body_before_stays_itself() -> None:
    (claim,) = quoteattr.extract("L'agence assure que des renforts seront envoyés.")
    assert claim.speaker is not None
    assert claim.speaker.organization == "agence"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "« Ce gouvernement gouverne contre le Parlement », a lancé la députée Inès Belkacem. "
            "Pour l'élue de Seine-Saint-Denis, le 49.3 traduit « une fuite en avant ».",
            "l'élue de Seine-Saint-Denis",
            "Inès Belkacem",
        ),
        (
            "« On nous a menti », lâche Sandrine Hug, déléguée CGT. La déléguée syndicale accuse "
            "le groupe d'avoir « sciemment laissé vieillir » les machines.",
            "La déléguée syndicale",
            "Sandrine Hug",
        ),
        (
            "« Nous partons », a dit le maire, Paul Roux. « Rien ne change », a affirmé l'édile.",
            "l'édile",
            "Paul Roux",
        ),
        (
            # The title is only in apposition, and the person said nothing before.
            "Le maire de la commune, Denis Claudel, était présent. « Toute la vallée s'éteint », "
            "résume l'élu, qui a demandé à être reçu à Bercy.",
            "l'élu",
            "Denis Claudel",
        ),
        # « la médecin » stands for « le docteur », « la scientifique » for « géologue ».
        (
            "Le docteur Anne-Laure Peyrac dirige l'unité. Pour la médecin, c'est une affaire "
            "de « dignité ».",
            "la médecin",
            "Anne-Laure Peyrac",
        ),
        (
            "Pour Sophie Larralde, géologue au BRGM, la digue ne suffira pas. Le trait de côte "
            "recule, rappelle la scientifique.",
            "la scientifique",
            "Sophie Larralde",
        ),
    ],
)
def test_a_general_title_refers_back_to_a_specific_one(text: str, mention: str, name: str) -> None:
    """« l'élue » for « la députée », « la déléguée syndicale » for « la déléguée CGT »,
    « l'édile » for « le maire »; a relative clause after the description is not part of it."""
    last = quoteattr.extract(text)[-1]
    assert last.speaker is not None and last.speaker.mention is not None
    assert last.speaker.mention.text == mention
    assert last.speaker.name == name


def test_a_clause_subject_is_not_the_apposed_persons_title() -> None:
    """« Le candidat a attaqué la maire sortante, Amélie Fontanel, … Il a promis »: « il » is
    the candidate, and the mayor is not « candidate »."""
    text = (
        "Sébastien Rochas a officialisé sa candidature. Le candidat a multiplié les piques "
        "contre la maire écologiste sortante, Amélie Fontanel. Il a promis que la ZFE serait "
        "« suspendue »."
    )
    (claim,) = quoteattr.extract(text)
    assert claim.speaker is not None
    assert claim.speaker.name != "Amélie Fontanel"
    assert claim.speaker.title == "candidat"


@pytest.mark.parametrize(
    ("text", "name", "title", "role"),
    [
        (
            # the person the text was just about
            "Clara Berthelot s'est qualifiée lundi en battant la Polonaise Zofia Wrobel. "
            "« Je n'ai pas les mots », a réagi la Lyonnaise, 23 ans, en larmes.",
            "Clara Berthelot",
            "Lyonnaise",
            None,
        ),
        (
            # the person introduced as « l'Espagnol Carlos Alcaraz », not the French subject
            "Le Français Arthur Fils a battu l'Espagnol Carlos Alcaraz. « C'était un match très "
            "dur », a reconnu l'Espagnol.",
            "Carlos Alcaraz",
            "Espagnol",
            "Spanish",
        ),
    ],
)
def test_a_person_of_a_place_finds_the_person_named(
    text: str, name: str, title: str, role: str | None
) -> None:
    """« la Lyonnaise », « l'Espagnol »: a people noun with no name stands for a person named
    before."""
    (claim,) = quoteattr.extract(text)
    assert claim.speaker is not None
    assert claim.speaker.name == name
    assert claim.speaker.title == title
    assert claim.speaker.role == role


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("« Je suis prête », a dit l'Américaine Jessica Moore.", "person", "Jessica Moore"),
        ("« Nous gagnerons », ont dit les Marseillais.", "group", None),
        ("« Rien n'est fait », a écrit le Parisien.", "organization", None),
        ("L'Ukraine a annoncé que les négociations reprendraient.", "organization", None),
    ],
)
def test_people_nouns_are_people(text: str, kind: str, name: str | None) -> None:
    """« l'Américaine Jessica Moore », « les Marseillais »: people of a country or city; a
    newspaper (« le Parisien ») or a country stays a body."""
    (claim,) = quoteattr.extract(text)
    assert claim.speaker is not None
    assert (claim.speaker.type, claim.speaker.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le président du Medef, Patrick Martin, a affirmé que les entreprises souffraient. "
            "Le président de la République a jugé que la croissance repartirait.",
            None,
        ),
        (
            "Le président du Medef, Patrick Martin, a affirmé que les entreprises souffraient. "
            "Le président a ajouté que la croissance repartirait.",
            "Patrick Martin",
        ),
        (
            "Le Premier ministre, Jean Dupont, a affirmé que tout irait bien. Le chef du "
            "gouvernement a ajouté que rien ne changerait.",
            "Jean Dupont",
        ),
    ],
)
def test_a_title_with_its_own_body(text: str, name: str | None) -> None:
    """« le président de la République » is not the Medef's president; « le chef du
    gouvernement » is the Prime Minister."""
    last = quoteattr.extract(text)[-1]
    assert last.speaker is not None and last.speaker.name == name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Selon Airbus, les livraisons reprendront en mars. Le constructeur a précisé que la "
            "cadence augmenterait.",
            "Airbus",
        ),
        (
            "L'entreprise Renault a annoncé des suppressions de postes. « Nous devons nous "
            "adapter », a expliqué le groupe.",
            "entreprise Renault",
        ),
    ],
)
def test_a_company_noun_refers_back_to_the_company(text: str, body: str) -> None:
    last = quoteattr.extract(text)[-1]
    assert last.speaker is not None and last.speaker.organization == body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le maire, Paul Roux, a reçu le préfet Jean Valet. Ce dernier a indiqué que les "
            "aides arriveraient.",
            "Jean Valet",
        ),
        (
            "Paul Roux a rencontré Marie Dupont. Cette dernière a assuré que tout irait bien.",
            "Marie Dupont",
        ),
        (
            "« Nous partons », a dit Paul Roux. Ce dernier a ajouté que tout irait bien.",
            "Paul Roux",
        ),
    ],
)
def test_ce_dernier_is_the_person_named_last(text: str, name: str) -> None:
    """« ce dernier », « cette dernière » (pronoun kind « latter »): the person named last,
    whether or not they spoke before; the title before their name gives their role."""
    last = quoteattr.extract(text)[-1]
    assert last.speaker is not None and last.speaker.name == name


def test_a_name_after_a_future_verb_is_its_object() -> None:
    """« Berthelot affrontera mercredi l'Américaine Jessica Moore »: the American is the
    object; a later « elle » is still the last speaker."""
    text = (
        "« Je suis prête », a dit Clara Berthelot. En quarts, Berthelot affrontera mercredi "
        "l'Américaine Jessica Moore, qu'elle n'a jamais battue. « Sur le papier, elle est "
        "favorite », a-t-elle souri."
    )
    last = quoteattr.extract(text)[-1]
    assert last.speaker is not None and last.speaker.name == "Clara Berthelot"


def test_a_singular_pronoun_never_stands_for_plural_sources() -> None:
    """« des témoins » are several people, even anonymous ones: « il » is someone else."""
    text = q("Je pars") + ", a-t-il lâché, selon des témoins."
    direct = next(c for c in quoteattr.extract(text) if c.kind == "direct")
    assert direct.speaker is not None and direct.speaker.mention is not None
    assert direct.speaker.mention.text == "il"
    assert direct.speaker.description is None and direct.speaker.name is None


def test_a_pronoun_never_stands_for_a_source_named_after_it() -> None:
    """« Il a affirmé que…, selon l'Insee »: the « selon » claim comes first by content, but
    the Insee is named after « Il »."""
    claims = quoteattr.extract("Il a affirmé que la dette baissera, selon l'Insee.")
    indirect = next(c for c in claims if c.kind == "indirect")
    assert indirect.speaker is not None and indirect.speaker.description is None


def test_a_parenthesis_after_the_incise_subject_ends_it() -> None:
    """« a dénoncé l'eurodéputée Manon Richaud (Verts/ALE). »: the party closes the subject."""
    (claim,) = quoteattr.extract(
        "« C'est un renoncement de plus », a dénoncé l'eurodéputée Manon Richaud (Verts/ALE)."
    )
    assert claim.speaker is not None and claim.speaker.name == "Manon Richaud"


def test_a_masculine_title_is_not_a_woman_named_with_the_feminine_one() -> None:
    """Found by the generated-article property test: « le préfet » after « Ana Morel,
    préfète » is someone else."""
    text = (
        "« Nous irons jusqu'au bout », a dit Ana Morel, préfète.\n\n"
        "« Nous irons jusqu'au bout », a dit le préfet."
    )
    first, second = quoteattr.extract(text)
    assert second.speaker is not None and second.speaker.name is None
    assert first.speaker is not None and first.speaker.entity != second.speaker.entity


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            "Interrogée par France Inter, la ministre de la Culture a défendu son projet. "
            + q("Il n'y a pas de plan B")
            + ", a-t-elle prévenu.",
            "la ministre de la Culture",
        ),
        (
            q("C'est une victoire") + ", s'est félicité le maire (LR) de Nice, Christian Estrosi.",
            "le maire (LR) de Nice, Christian Estrosi",
        ),
        (
            q("Nous sommes solidaires")
            + ", a déclaré le maire (Les Écologistes) du 5e secteur, Alain Caradec.",
            "le maire (Les Écologistes) du 5e secteur, Alain Caradec",
        ),
        (
            q("Nous sommes solidaires")
            + ", a déclaré la sénatrice (sans étiquette) de l'Aube, Odile Vernet.",
            "la sénatrice (sans étiquette) de l'Aube, Odile Vernet",
        ),
    ],
)
def test_a_participle_or_a_party_does_not_hide_the_titled_person(
    text: str, description: str
) -> None:
    """« Interrogée par France Inter, la ministre… » then « a-t-elle »: the minister; a party
    in parentheses between a title and its place stays in the description."""
    last = quoteattr.extract(text)[-1]
    assert last.speaker is not None and last.speaker.description == description


def test_a_first_name_with_an_age_is_a_person_a_pronoun_refers_to() -> None:
    """« Jeanne, 86 ans, regarde… » then « glisse-t-elle »: Jeanne, not the body before."""
    text = (
        "La SFAP salue " + q("une bonne nouvelle") + ". Dans la chambre 4, Jeanne, 86 ans, "
        "regarde par la fenêtre. " + q("Ici, on prend le temps") + ", glisse-t-elle."
    )
    last = quoteattr.extract(text)[-1]
    assert last.speaker is not None and last.speaker.name == "Jeanne"


def test_cote_opening_a_sentence_is_no_participle() -> None:
    """« Côté gouvernement, la ministre… »: « Côté » is no participle and names nobody."""
    text = (
        "Côté gouvernement, la ministre a défendu sa réforme. "
        + q("Nous irons jusqu'au bout")
        + ", a-t-elle ajouté."
    )
    (claim,) = quoteattr.extract(text)
    assert claim.speaker is not None and claim.speaker.name != "Côté"


def test_a_name_inside_a_complement_is_not_the_subject() -> None:
    """« Le réalisateur Bastien Roux, …, d'après un roman de Paul Ferrant, en tournera… »:
    the novelist stands before the verb, inside a complement; « il » is the director."""
    text = (
        "Le réalisateur Bastien Roux, révélé en 2021 avec un film d'après un roman de Paul "
        "Ferrant, en tournera les premières scènes au printemps. « J'ai hâte », "
        "s'amuse-t-il."
    )
    [claim] = quoteattr.extract(text)
    assert claim.speaker is not None and claim.speaker.name == "Bastien Roux"


def test_the_agent_of_an_opening_participle_is_no_later_pronoun() -> None:
    """« Interrogé par la présidente, Claire Monbaron, l'homme a décrit… » names the judge as
    an agent; the « elle » after « la procureure Delphine Schorderet » is the prosecutor, and
    « l'ancien comptable » is a man."""
    import quoteattr

    claims = quoteattr.extract(
        "« J'ai tout perdu », a raconté l'ancien comptable de la Fondation. Interrogé par la "
        "présidente, Claire Monbaron, l'homme a décrit une lente dérive. Un récit qui n'a guère "
        "ému la procureure Delphine Schorderet. « Il a eu huit ans pour s'arrêter », a-t-elle "
        "lancé."
    )
    assert claims[-1].speaker is not None
    assert claims[-1].speaker.name == "Delphine Schorderet"


def test_an_apposition_after_the_participle_clause_is_the_subject() -> None:
    import quoteattr

    claims = quoteattr.extract(
        "Selon un sondage, 58 % des Français approuvent.\n"
        "Interrogée sur France Info, la porte-parole du gouvernement, Claire Dumesnil, a défendu "
        "la méthode. « Nous utilisons cet outil, a-t-elle fait valoir. Il n'y a aucun passage "
        "en force. »"
    )
    assert claims[-1].speaker is not None and claims[-1].speaker.name == "Claire Dumesnil"


def test_first_second_and_latter_of_a_pair() -> None:
    """« X et Y se sont croisées. « … », a tempêté la première. Cette dernière… »: the first
    of the pair, then the other one, though the first has just spoken."""
    import quoteattr

    claims = quoteattr.extract(
        "La présidente de l'amicale, Jocelyne Pradeilles, et la directrice de l'office HLM, "
        "Inès Bouchiba, se sont croisées jeudi. « C'est indigne », a tempêté la première. "
        "Cette dernière a promis « une intervention avant Noël »."
    )
    assert [c.speaker.name if c.speaker else None for c in claims] == [
        "Jocelyne Pradeilles",
        "Inès Bouchiba",
    ]
    assert claims[-1].speaker is not None and claims[-1].speaker.role == "director"
    claims = quoteattr.extract(
        "L'entraîneur, Étienne Beausoleil, et son gardien, Loïc Leboeuf, n'ont pas tenu le même "
        "discours. Le premier a pointé « un manque d'engagement ». Le second a plutôt parlé d'un "
        "« accident de parcours ». « On revient dès mardi », a-t-il promis."
    )
    assert [c.speaker.name if c.speaker else None for c in claims] == [
        "Étienne Beausoleil",
        "Loïc Leboeuf",
        "Loïc Leboeuf",
    ]


def test_a_document_cited_is_no_later_il() -> None:
    import quoteattr

    claims = quoteattr.extract(
        "L'adjoint aux finances, Karim Bellaouel, a défendu un choix « responsable ». D'après un "
        "rapport de la chambre régionale des comptes publié en mars, la commune consacre 9 % de "
        "son budget aux bâtiments. « Ce rapport, personne ne l'a lu », a-t-il ironisé."
    )
    assert claims[-1].speaker is not None and claims[-1].speaker.name == "Karim Bellaouel"


def test_a_quoted_group_name_in_an_apposition_is_no_person() -> None:
    """« Sabine Outrequin, cheffe de file du groupe « Montargis en commun », a rappelé »: the
    apposition joins the name, its quoted group name being no second person."""
    import quoteattr

    claims = quoteattr.extract(
        "Sabine Outrequin, cheffe de file du groupe « Montargis en commun », a rappelé qu'un "
        "avis évaluait le terrain « plus cher »."
    )
    assert claims[0].speaker is not None and claims[0].speaker.name == "Sabine Outrequin"


def test_a_rank_and_name_in_apposition_to_a_selon_source() -> None:
    """« Selon la porte-parole de la police, la commissaire Aurélie Mahieu, … » names the
    source; « l'officier » stands for a rank named before (not for a commissioner, who may be
    a European one)."""
    import quoteattr

    claims = quoteattr.extract(
        "Selon la porte-parole de la zone de police du Tournaisis, la commissaire Aurélie "
        "Mahieu, le chauffeur présentait un taux d'alcoolémie élevé. « Il a reconnu avoir bu », "
        "a précisé l'officière."
    )
    assert claims[0].text == "le chauffeur présentait un taux d'alcoolémie élevé"
    assert claims[0].speaker is not None and claims[0].speaker.name == "Aurélie Mahieu"
    claims = quoteattr.extract(
        "Le capitaine Marc Dorval a pris la parole. « Nous avons fait notre travail », a "
        "précisé l'officier."
    )
    assert claims[-1].speaker is not None and claims[-1].speaker.name == "Marc Dorval"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Claire Dupuis a interviewé Marc Levy. « Je n'écris que la nuit », a dit ce dernier.",
            "Marc Levy",
        ),
        (
            "La juge Anne Roy a reçu Claire Dupuis. « Je n'écris que la nuit », a confié cette "
            "dernière.",
            "Claire Dupuis",
        ),
    ],
)
def test_ce_dernier_as_an_inverted_subject(text: str, name: str) -> None:
    """« a dit ce dernier »: the back-reference is the subject, « dernier » no time word as in
    « mardi dernier »."""
    import quoteattr

    claims = quoteattr.extract(text)
    assert claims[-1].speaker is not None and claims[-1].speaker.name == name
