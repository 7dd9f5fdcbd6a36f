"""Roles a speaker gets from what the text says of them elsewhere: an apposition in another
sentence, after an age, in a complement, or several titles at once."""

from __future__ import annotations

import pytest

import quoteattr


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (c.speaker.name, c.speaker.role) if c.speaker else (None, None)
        for c in quoteattr.extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name sighted again without a title: the earlier apposition still describes him
        (
            "Le club a annoncé lundi le limogeage de son entraîneur, Paul Vernier, après une "
            "défaite. Paul Vernier laisse l'équipe à la 17e place. Il a pourtant répété que son "
            "groupe était « sur la bonne voie ».",
            ("Paul Vernier", "coach"),
        ),
        # an age between the name and its apposition
        (
            "« Le feu est passé tout près. » Derrière ces mots, il y a Marius Castel, 81 ans, "
            "habitant d'un hameau évacué mardi soir.",
            ("Marius Castel", "resident"),
        ),
        # the noun phrase after a preposition, not the clause before it
        (
            "Le prix revient cette année à un boulanger du 14e arrondissement, Karim Benali, 31 "
            "ans. « Je me lève à 2 heures du matin », a-t-il réagi.",
            ("Karim Benali", "baker"),
        ),
    ],
)
def test_a_role_given_elsewhere(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _roles(text)[-1] == expected


def test_among_a_group_is_no_description() -> None:
    """« Parmi les victimes, Martine X » is one of them: the plural is not her role."""
    roles = _roles(
        "Parmi les victimes, Martine Lefebvre, retraitée à Creil, a tout perdu. « J'ai paniqué », "
        "raconte-t-elle."
    )
    assert roles[-1][0] == "Martine Lefebvre"
    assert roles[-1][1] != "victims"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body quoted in the sentence before
        (
            "Le Syndeac dénonce des coupes « brutales ». « C'est la vitrine qui rétrécit », ne "
            "cache pas son délégué régional, Mathieu Guérin.",
            ("Mathieu Guérin", "regional delegate of Syndeac"),
        ),
        # the body the sentence before is about, even when it reports nothing
        (
            "L'association a porté plainte. Son président, Gérard Besson, a dénoncé « une "
            "trahison ».",
            ("Gérard Besson", "association president"),
        ),
        (
            "La CGT a appelé à la grève. « Nous irons jusqu'au bout », a déclaré sa secrétaire "
            "générale, Sophie Binet.",
            ("Sophie Binet", "CGT Secretary-General"),
        ),
        # a person before the possessive: no body to take
        (
            "Le maire a été réélu. Son adjoint, Paul Roux, a salué « une victoire ».",
            ("Paul Roux", "deputy"),
        ),
    ],
)
def test_a_possessive_title_serves_the_body_named_before(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _roles(text)[-1] == expected


def test_an_acronym_in_brackets_ends_the_body_before_an_unknown_verb() -> None:
    """« La Fédération … (FIQ) sonne l'alarme »: « sonne » is no part of the body's name."""
    roles = _roles(
        "La Fédération des infirmières du Québec (FIQ) sonne l'alarme. Sa vice-présidente, "
        "Julie Bouchard, affirme que les équipes sont « à bout »."
    )
    name, role = roles[-1]
    assert name == "Julie Bouchard"
    assert role is not None and role.startswith("vice president of ") and role.endswith("(FIQ)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # « son », « sa » of someone the sentence before names: not the subject body's
        (
            "Le tribunal a condamné Paul Roux à deux ans de prison. « Nous ferons appel », a "
            "déclaré son avocat.",
            (None, "lawyer"),
        ),
        # a family word is a person's, never a body's
        (
            "La police a interpellé un adolescent. « Il n'a rien fait », assure sa mère.",
            (None, "mother"),
        ),
        (
            "L'entreprise a publié ses comptes. « Il est effondré », confie son épouse.",
            (None, "wife"),
        ),
    ],
)
def test_a_possessive_that_is_not_the_body_before(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _roles(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the agent of an opening participle is not the name's description
        (
            "Interrogé par le juge, Paul Roux a tout nié. « Je suis innocent », a-t-il dit.",
            "Paul Roux",
            None,
        ),
        (
            "Reçue par la ministre, Awa Ndiaye, agricultrice, a plaidé sa cause. « Nous sommes "
            "oubliées », a-t-elle dit.",
            "Awa Ndiaye",
            "farmer",
        ),
        # a company with an age is no person
        (
            "Air France, 90 ans, fête son anniversaire. « Nous sommes fiers », a déclaré son "
            "porte-parole.",
            None,
            "spokesperson",
        ),
    ],
)
def test_names_and_descriptions_that_are_not_what_they_seem(
    text: str, name: str | None, role: str | None
) -> None:
    assert _roles(text)[-1] == (name, role)


@pytest.mark.parametrize(
    ("description", "label"),
    [
        # Swiss heads of communes, and the French property or insolvency syndic
        ("la syndique de Château-d'Œx", "mayor of Château-d'Œx"),
        ("le syndic de copropriété", "property manager"),
        ("Paul Roux, syndic bénévole de la résidence", "volunteer property manager"),
        ("le syndic de la faillite", "insolvency administrator"),
        # a body named « des X et Y » keeps its second plural noun
        (
            "Paul Roux, secrétaire du syndicat des médecins et pharmaciens de l'Aude",
            "secretary of union of médecins et pharmaciens de l'Aude",
        ),
    ],
)
def test_syndics_and_bodies_with_et(description: str, label: str) -> None:
    from quoteattr.roles import role_label, split_title

    assert role_label(*split_title(description)) == label
