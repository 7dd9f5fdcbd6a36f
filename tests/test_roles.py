"""English role labels and the split of French source descriptions into title and organisation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.roles import role_label, split_title

RSQUO = "\N{RIGHT SINGLE QUOTATION MARK}"


@pytest.mark.parametrize(
    ("title", "organization", "label"),
    [
        ("porte-parole", "Maison Blanche", "White House spokesperson"),
        (
            "porte-parole",
            "Conseil de sécurité nationale de la Maison Blanche",
            "White House National Security Council spokesperson",
        ),
        ("plus haut diplomate", "UE", "EU top diplomat"),
        (f"secrétaire d{RSQUO}Etat", "américain", "US Secretary of State"),
        ("secrétaire d'État", "américain", "US Secretary of State"),
        ("haut responsable", "administration américaine", "senior US administration official"),
        ("responsable", None, "official"),
        (None, "Maison Blanche", "White House"),
        ("ministre", "Intérieur", "Interior minister"),
        ("ministre de l'Intérieur", None, "Interior minister"),
        # An abbreviation before a name that says the occupation (« Me Dupont »).
        ("Me", None, "lawyer"),
        ("Mgr", None, "bishop"),
        ("Pr.", "CHU de Nantes", "professor of university hospital of Nantes"),
        (f"ministre de l{RSQUO}Intérieur", None, "Interior minister"),
        ("porte-parole", "Quai d'Orsay", "French Foreign Ministry spokesperson"),
        ("porte-parole", f"Quai d{RSQUO}Orsay", "French Foreign Ministry spokesperson"),
        ("maire", "Lyon", "mayor of Lyon"),
        ("président", "russe", "Russian president"),
        ("députée", "LFI", "LFI MP"),
        ("président", None, "president"),
        ("funambule", None, None),
        ("ingénieur de vol", None, "engineer"),
        (None, None, None),
        (None, "Astral Media", "Astral Media"),
        ("funambule", "KLM", "KLM"),
        ("ingénieur de vol", "KLM", "engineer of KLM"),
        ("avocat de la famille", None, "lawyer"),
        ("la ministre", "Santé", "Health minister"),
        ("présidente", "Commission européenne", "European Commission president"),
        ("maire", None, "mayor"),
        ("porte-paroles", None, "spokespeople"),
        ("secrétaire général", "ONU", "UN Secretary-General"),
        ("Premier ministre", "israélien", "Israeli Prime Minister"),
        ("chef de la diplomatie", "américaine", "US top diplomat"),
        ("ministre des Affaires étrangères", "russe", "Russian Foreign minister"),
        ("ministre", "russe des Affaires étrangères", "Russian Foreign minister"),
        ("porte-parole", "ministère de la Santé", "Health Ministry spokesperson"),
        ("porte-parole", "ministère russe de la Défense", "Russian Defence ministry spokesperson"),
        ("porte-parole", "administration Biden", "Biden administration spokesperson"),
        ("porte-parole", "Kremlin", "Kremlin spokesperson"),
        ("porte-parole adjointe", "gouvernement", "deputy government spokesperson"),
        ("ancien ministre", "Intérieur", "former Interior minister"),
        ("ex-président", "américain", "former US president"),
        ("responsables", "européens", "European officials"),
        ("autorités", "russes", "Russian authorities"),
        ("directeur général", "OMS", "WHO director general"),
        ("porte-parole", "Elysée", "Élysée spokesperson"),
        ("porte-parole", "l'UE", "EU spokesperson"),
        (None, "Le Monde", "Le Monde"),
        ("président", "Astral Media", "president of Astral Media"),
    ],
)
def test_role_label(title: str | None, organization: str | None, label: str | None) -> None:
    assert role_label(title, organization) == label


@pytest.mark.parametrize(
    ("description", "title", "organization"),
    [
        (
            "la porte-parole du Conseil de sécurité nationale de la Maison Blanche",
            "porte-parole",
            "Conseil de sécurité nationale de la Maison Blanche",
        ),
        (f"Le plus haut diplomate de l{RSQUO}UE", "plus haut diplomate", "UE"),
        (
            f"un haut responsable de l{RSQUO}administration américaine",
            "haut responsable",
            "administration américaine",
        ),
        (f"Le secrétaire d{RSQUO}Etat américain", f"secrétaire d{RSQUO}Etat", "américain"),
        ("le ministre de l'Intérieur", "ministre", "Intérieur"),
        ("le président russe", "président", "russe"),
        (f"L{RSQUO}un des responsables", "responsable", None),
        ("un autre responsable", "responsable", None),
        ("un porte-parole", "porte-parole", None),
        ("la Maison Blanche", None, "Maison Blanche"),
        ("la ministre de la Santé", "ministre", "Santé"),
        ("les porte-parole", "porte-parole", None),
        ("la députée LFI", "députée", "LFI"),
        ("la maire de Lyon", "maire", "Lyon"),
        ("l'une des ministres", "ministre", None),
        ("les députées européennes", "députées européennes", None),
        (
            f"Le secrétaire d{RSQUO}Etat américain Antony Blinken",
            f"secrétaire d{RSQUO}Etat",
            "américain",
        ),
        ("le porte-parole du Kremlin Dmitri Peskov", "porte-parole", "Kremlin"),
        (
            "la porte-parole du Conseil de sécurité nationale de la Maison Blanche, Emily Horne",
            "porte-parole",
            "Conseil de sécurité nationale de la Maison Blanche",
        ),
        ("Horne, le porte-parole de la Maison Blanche", "porte-parole", "Maison Blanche"),
        ("le président Joe Biden", "président", None),
        ("l'ancien ministre de l'Intérieur", "ancien ministre", "Intérieur"),
        (f"l{RSQUO}ex-président américain", "ex-président", "américain"),
        (
            "le ministre russe des Affaires étrangères Sergueï Lavrov",
            "ministre",
            "russe des Affaires étrangères",
        ),
        ("le secrétaire général de l'ONU", "secrétaire général", "ONU"),
        ("les autorités", "autorités", None),
        ("des sources concordantes", "sources", None),
        ("le Premier ministre", "Premier ministre", None),
        ("la porte-parole adjointe du gouvernement", "porte-parole adjointe", "gouvernement"),
        ("Le Monde", None, "Le Monde"),
        ("Emily Horne", None, None),
        ("Biden", None, None),
        ("Il", None, None),
        ("M. Dupont", None, None),
        ("le China Daily", None, "China Daily"),
        ("des agents de sécurité privés", "agents de sécurité", None),
        ("l'avocate de la victime", "avocate", None),
        ("le rapport", None, None),
        ("", None, None),
    ],
)
def test_split_title(description: str, title: str | None, organization: str | None) -> None:
    assert split_title(description) == (title, organization)


@pytest.mark.parametrize(
    ("description", "label"),
    [
        ("la porte-parole de la Maison Blanche", "White House spokesperson"),
        (f"Le plus haut diplomate de l{RSQUO}UE, Josep Borrell", "EU top diplomat"),
        ("le porte-parole du Quai d'Orsay", "French Foreign Ministry spokesperson"),
        ("la ministre des Armées", "Armed Forces minister"),
        ("un responsable américain", "US official"),
        ("le ministre délégué chargé des Comptes publics", "junior Public Accounts minister"),
        ("le ministre délégué à l'Industrie", "junior Industry minister"),
        (
            "la commissaire européenne aux Affaires intérieures",
            "Home Affairs European Commissioner",
        ),
        ("le chef de la Protection civile italienne", "Italian Civil Protection head"),
        ("la députée de la Gironde Sophie Marchal", "MP of Gironde"),
        ("la sénatrice de l'Isère Brigitte Lacombe", "senator of Isère"),
        ("la pédiatre", "pediatrician"),
        ("céréalier", "grain farmer"),
        ("le critique", "critic"),
        ("la géologue", "geologist"),
        ("le prévisionniste de Météo-France", "Météo-France forecaster"),
        ("la footballeuse", "footballer"),
        ("la chaîne", "channel"),
        ("le magazine", "magazine"),
        # A party label in brackets is part of the phrase, not a boundary.
        ("la députée (LFI) de la Gironde", "MP of Gironde"),
        ("le président (divers droite) de la région", "region president"),
        ("le président (LR) du conseil départemental", "departmental council president"),
        # A deputy with a municipal portfolio is the deputy mayor; other deputies are not.
        ("l'adjointe aux finances", "Finance deputy mayor"),
        ("l'adjoint au maire chargé de la culture", "Culture deputy mayor"),
        ("l'adjoint de l'entraîneur", "deputy"),
        # A portfolio after « chargé de » is named in English like the ministries.
        ("la secrétaire d'État chargée de la Mer", "Maritime Affairs Secretary of State"),
        ("la ministre déléguée chargée du Numérique", "junior Digital Affairs minister"),
        # A diplomat's label names the country sending and the country receiving.
        ("l'ambassadeur de France au Mali", "French ambassador to Mali"),
        ("l'ambassadrice du Gabon en France", "Gabonese ambassador to France"),
        ("l'ambassadeur américain au Niger", "US ambassador to Niger"),
        ("le consul général d'Italie à Lyon", "Italian consul general in Lyon"),
        ("l'ancien ambassadeur de Russie", "former Russian ambassador"),
        ("l'ambassadeur de France auprès de l'ONU", "French ambassador to UN"),
        ("l'ambassadeur d'Allemagne auprès de l'Union européenne", "German ambassador to EU"),
        ("le consul honoraire de Monaco à Nice", "Monegasque honorary consul in Nice"),
        ("l'ambassadeur français au Niger", "French ambassador to Niger"),
        ("la porte-parole de la Ligue des droits de l'homme", "Human Rights League spokesperson"),
        # Who someone is to another gives way to a title after the name.
        ("Sa fille Marie Roux, infirmière au CHU", "university hospital nurse"),
        ("Son voisin Paul Roux", "neighbour"),
        # Not a post: the general reading stays.
        ("l'ambassadeur de la marque", "ambassador"),
    ],
)
def test_split_then_label(description: str, label: str) -> None:
    assert role_label(*split_title(description)) == label


_PARTS = st.sampled_from(
    [
        "la",
        "le",
        "l'",
        f"l{RSQUO}",
        "un",
        "des",
        "porte-parole",
        "haut responsable",
        "ministre",
        "de",
        "du",
        "Maison Blanche",
        "UE",
        "américain",
        "russe",
        "Intérieur",
        "Emily",
        "Horne",
        ",",
        "Kremlin",
        "président",
        "\N{NO-BREAK SPACE}",
        "«",
        "XYZ",
    ]
)


@given(st.lists(_PARTS, max_size=10).map(" ".join))
def test_split_title_returns_slices_and_labels_never_raise(description: str) -> None:
    """Whatever the phrase, title and organisation are found in it as written, and a label
    can always be asked for and is either None or trimmed, non-empty text."""
    title, organization = split_title(description)
    if organization is not None:
        assert organization in description
    if title is not None:
        assert title in description
    label = role_label(title, organization)
    assert label is None or label.strip() == label != ""


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("le maire écologiste de Grenoble", ("maire", "Grenoble")),
        ("la députée socialiste du Nord", ("députée", "Nord")),
        ("la présidente de la région Occitanie", ("présidente", "région Occitanie")),
        ("l'économiste en chef de la BCE", ("économiste en chef", "BCE")),
        ("le délégué syndical CGT", ("délégué syndical", "CGT")),
    ],
)
def test_affiliation_between_title_and_body(description: str, expected: tuple[str, str]) -> None:
    """A party or union adjective between the title and its body does not hide the body."""
    assert split_title(description) == expected


def test_may_start_title_is_a_necessary_condition_for_split_title() -> None:
    """Name sightings drop phrases in which no word may start a title: for that to lose
    nothing, a phrase that ``split_title`` reads a title from must hold such a word."""
    from quoteattr.roles import may_start_title, split_title

    assert may_start_title("ministre") and may_start_title("porte-parole")
    assert not may_start_title("Dupont") and not may_start_title("salle")
    for phrase in (
        "la porte-parole de la Maison Blanche",
        "le secrétaire d'État chargé des Transports",
        "la tête de liste écologiste",
        "Emily Horne",
        "la salle des fêtes",
    ):
        title, _ = split_title(phrase)
        if title is not None:
            assert any(may_start_title(w) for w in phrase.replace("'", "' ").split())


@pytest.mark.parametrize(
    ("description", "title", "organization", "label"),
    [
        # an adjective of the title is part of it, and no longer hides the organisation
        ("la déléguée régionale de la CGT", "déléguée régionale", "CGT", "CGT regional delegate"),
        ("la biologiste marine", "biologiste marine", None, "marine biologist"),
        ("le directeur technique national", "directeur technique national", None, None),
        # a capitalised word after the title is a name, not an adjective
        ("la ministre Marine Dupont", "ministre", None, "minister"),
        # two titles joined by « et », the organisation after the second
        ("le cofondateur et CEO de Kelvio", "cofondateur et CEO", "Kelvio", None),
        ("comédienne et metteuse en scène", "comédienne et metteuse en scène", None, None),
        ("l'ancien maire et ancien député", "ancien maire et ancien député", None, None),
        # two titles in a row between commas are one role
        (
            "Martine Roufignac, prévenue, ancienne trésorière de l'association",
            "prévenue, ancienne trésorière",
            "association",
            "defendant, former association treasurer",
        ),
        ("climatologue, chercheur au CNRS", "climatologue, chercheur", "CNRS", None),
        # but not across a name, a party label, or a title that has its organisation
        ("le capitaine Paul Roux, auteur du but", "capitaine", None, "captain"),
        ("le maire (LR), président de la métropole", "maire", None, "mayor"),
        ("Jean Dupont, maire de Lyon, ancien ministre", "maire", "Lyon", "mayor of Lyon"),
    ],
)
def test_titles_with_adjectives_and_several_titles(
    description: str, title: str, organization: str | None, label: str | None
) -> None:
    assert split_title(description) == (title, organization)
    got = role_label(title, organization)
    assert got is not None
    if label is not None:
        assert got == label


@pytest.mark.parametrize(
    ("title", "organization", "words"),
    [
        ("directeur technique national", None, ("national", "technical", "director")),
        ("cofondateur et CEO", "Kelvio", ("co-founder", "and", "Kelvio")),
        ("comédienne et metteuse en scène", None, ("actor", "and", "director")),
        ("ancien maire et ancien député", None, ("former mayor", "and former")),
        ("climatologue, chercheur", "CNRS", ("climatologist,", "CNRS researcher")),
    ],
)
def test_labels_keep_every_title(
    title: str, organization: str | None, words: tuple[str, ...]
) -> None:
    label = role_label(title, organization)
    assert label is not None and all(w in label for w in words), label


def test_a_swiss_syndique_is_a_mayor_not_a_union_member() -> None:
    """« la syndique de Château-d'Œx » heads a commune; the accent-free fallback must not
    read « syndiquée »."""
    assert role_label(*split_title("la syndique de Château-d'Œx")) == "mayor of Château-d'Œx"


def test_a_second_title_after_a_place_is_no_part_of_the_body() -> None:
    """« professeur de mathématiques à Montreuil et responsable du SNES-FSU »: the body is
    Montreuil, « et responsable… » a second title."""
    assert split_title(
        "Jérôme Albrecht, professeur de mathématiques à Montreuil et responsable du SNES-FSU"
    ) == ("professeur de mathématiques", "Montreuil")
