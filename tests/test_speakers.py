"""Who said it, one construction a test: the speaker mention, its kind, and its English role.

Every sentence is written for this file, and is the smallest one that shows its construction.
Expectations follow the project's annotation conventions (tests/data/dev/README.md): the mention
is the whole apposition group of the claim's own sentence; unnamed people are ``type="person"``
with ``anonymous=True``; institutions are ``organization`` with no ``name``. Roles are checked
for the English words they must contain, since several phrasings read naturally.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteattr
from quoteattr.mentions import analyse
from quoteattr.model import Claim, Speaker
from quoteattr.text import tokenize

RSQUO = "\N{RIGHT SINGLE QUOTATION MARK}"
LAQ = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RAQ = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
NBSP = "\N{NO-BREAK SPACE}"
NNBSP = "\N{NARROW NO-BREAK SPACE}"


def q(words: str, space: str = " ") -> str:
    """« words », padded with ``space``."""
    return f"{LAQ}{space}{words}{space}{RAQ}"


# Fields compared exactly when an expectation names them.
_EXACT = ("name", "title", "organization", "anonymous", "type")


def _claim_for(text: str, fragment: str) -> Claim | None:
    """The claim whose content holds ``fragment``, or None when no claim does."""
    for claim in quoteattr.extract(text):
        if fragment in claim.text:
            return claim
    return None


def _show(speaker: Speaker | None) -> str:
    if speaker is None:
        return "speaker=None"
    mention = speaker.mention.text if speaker.mention is not None else None
    return (
        f"mention={mention!r} name={speaker.name!r} type={speaker.type!r} "
        f"anonymous={speaker.anonymous!r} title={speaker.title!r} "
        f"organization={speaker.organization!r} role={speaker.role!r}"
    )


def _check(text: str, fragment: str, expect: Mapping[str, object]) -> None:
    claim = _claim_for(text, fragment)
    assert claim is not None, f"no claim holds {fragment!r} in {text!r}"
    speaker = claim.speaker
    assert speaker is not None and speaker.mention is not None, (
        f"no speaker for {fragment!r}: {_show(speaker)}"
    )
    actual = _show(speaker)
    assert speaker.mention.text == expect["mention"], actual
    # The mention is a span of the caller's text.
    assert text[speaker.mention.start : speaker.mention.end] == speaker.mention.text
    for field in _EXACT:
        if field in expect:
            assert getattr(speaker, field) == expect[field], f"{field}: {actual}"
    if "name_contains" in expect:
        assert speaker.name is not None and str(expect["name_contains"]) in speaker.name, actual
    if "types" in expect:
        allowed = expect["types"]
        assert isinstance(allowed, tuple)
        assert speaker.type in allowed, f"type: {actual}"
    if "role_words" in expect:
        words = expect["role_words"]
        assert isinstance(words, tuple)
        assert speaker.role is not None, f"role: {actual}"
        for word in words:
            assert str(word).lower() in speaker.role.lower(), f"role lacks {word!r}: {actual}"


def _mention_of(claim: Claim | None) -> str:
    """The text of a claim's speaker mention, failing the test when there is none."""
    assert claim is not None, "no claim"
    speaker = claim.speaker
    assert speaker is not None and speaker.mention is not None, _show(speaker)
    return speaker.mention.text


def case(case_id: str, text: str, fragment: str, **expect: object) -> object:
    return pytest.param(text, fragment, expect, id=case_id)


# --- subject before the cue -----------------------------------------------------------------

SUBJECT_BEFORE = [
    case(
        "apposition-and-relative-clause",
        "Le plus haut diplomate de l'UE, Josep Borrell, qui rentrait de Kiev, a déclaré que "
        "les sanctions seraient renforcées.",
        "les sanctions seraient renforcées",
        mention="Le plus haut diplomate de l'UE, Josep Borrell",
        name="Josep Borrell",
        type="person",
        anonymous=False,
        title="plus haut diplomate",
        organization="UE",
        role_words=("EU", "top diplomat"),
    ),
    case(
        "title-comma-name-comma",
        "Le ministre de l'Intérieur, Jean Dupont, a affirmé que les effectifs seraient doublés.",
        "les effectifs seraient doublés",
        mention="Le ministre de l'Intérieur, Jean Dupont",
        name="Jean Dupont",
        type="person",
        title="ministre",
        organization="Intérieur",
        role_words=("Interior", "minister"),
    ),
    case(
        "title-comma-name-curly-apostrophe",
        f"Le ministre de l{RSQUO}Intérieur, Jean Dupont, a affirmé que les effectifs seraient "
        "doublés.",
        "les effectifs seraient doublés",
        mention=f"Le ministre de l{RSQUO}Intérieur, Jean Dupont",
        name="Jean Dupont",
        role_words=("Interior", "minister"),
    ),
    case(
        "name-comma-title",
        "Jean Dupont, ministre de l'Intérieur, a affirmé que la frontière resterait ouverte.",
        "la frontière resterait ouverte",
        mention="Jean Dupont, ministre de l'Intérieur",
        name="Jean Dupont",
        type="person",
        role_words=("Interior", "minister"),
    ),
    case(
        "title-name-without-comma",
        "La maire de Lyon Sophie Marchal a annoncé que les berges seraient fermées.",
        "les berges seraient fermées",
        mention="La maire de Lyon Sophie Marchal",
        name="Sophie Marchal",
        role_words=("mayor", "Lyon"),
    ),
    case(
        "long-relative-clause",
        "La députée Claire Fontaine, qui siège à la commission des finances depuis sept ans, "
        "a estimé que le budget était insincère.",
        "le budget était insincère",
        mention="La députée Claire Fontaine",
        name="Claire Fontaine",
        role_words=("MP",),
    ),
    case(
        "adverb-between-subject-and-cue",
        "Le syndicat a pourtant assuré que la grève continuerait.",
        "la grève continuerait",
        mention="Le syndicat",
        type="organization",
        name=None,
    ),
    case(
        "bare-full-name",
        "Marie Lefèvre a expliqué que le chantier prendrait du retard.",
        "le chantier prendrait du retard",
        mention="Marie Lefèvre",
        name="Marie Lefèvre",
        type="person",
        anonymous=False,
    ),
    case(
        "civility-m",
        "M. Garnier a reconnu que les chiffres étaient mauvais.",
        "les chiffres étaient mauvais",
        mention="M. Garnier",
        name_contains="Garnier",
        type="person",
    ),
    case(
        "civility-mme",
        "Mme Roussel a indiqué que l'école rouvrirait lundi.",
        "l'école rouvrirait lundi",
        mention="Mme Roussel",
        name_contains="Roussel",
        type="person",
    ),
]

# --- inverted subject after the cue ---------------------------------------------------------

INVERTED = [
    case(
        "incise-organization",
        q("Rien n'est décidé") + ", a déclaré la Maison Blanche.",
        "Rien n'est décidé",
        mention="la Maison Blanche",
        type="organization",
        name=None,
        organization="Maison Blanche",
        role_words=("White House",),
    ),
    case(
        "incise-title-organization-name",
        q("Nous condamnons ces tirs") + ", a indiqué le porte-parole du Quai d'Orsay, "
        "François Rivasseau.",
        "Nous condamnons ces tirs",
        mention="le porte-parole du Quai d'Orsay, François Rivasseau",
        name="François Rivasseau",
        title="porte-parole",
        organization="Quai d'Orsay",
        role_words=("French Foreign Ministry", "spokesperson"),
    ),
    case(
        "incise-with-dans-un-communique",
        q("Le dialogue reste ouvert") + ", explique l'association dans un communiqué.",
        "Le dialogue reste ouvert",
        mention="l'association",
        type="organization",
        name=None,
    ),
    case(
        "incise-clitic-pronoun",
        q(f"Ce n{RSQUO}est qu{RSQUO}un début", NBSP) + ", a-t-il prévenu.",
        f"Ce n{RSQUO}est qu{RSQUO}un début",
        mention="il",
        name=None,
        type="pronoun",
    ),
    case(
        "incise-feminine-title-name",
        q("Nous serons prêts", NNBSP) + ", a assuré la présidente de la région, Anne Morel.",
        "Nous serons prêts",
        mention="la présidente de la région, Anne Morel",
        name="Anne Morel",
        title="présidente",
        role_words=("president",),
    ),
    case(
        "interrupted-quotation",
        f"{LAQ} Cette réforme, a affirmé Jean-Luc Mélenchon, est une faute. {RAQ}",
        "Cette réforme",
        mention="Jean-Luc Mélenchon",
        name="Jean-Luc Mélenchon",
        type="person",
    ),
    case(
        "incise-name-then-title",
        q("Tout est sous contrôle") + ", a déclaré Pierre Lemoine, porte-parole de la préfecture.",
        "Tout est sous contrôle",
        mention="Pierre Lemoine, porte-parole de la préfecture",
        name="Pierre Lemoine",
        role_words=("spokesperson",),
    ),
    case(
        "incise-title-of-city",
        q("Le marché restera ouvert") + ", a précisé le maire de Lyon.",
        "Le marché restera ouvert",
        mention="le maire de Lyon",
        name=None,
        anonymous=False,
        type="person",
        role_words=("mayor", "Lyon"),
    ),
    case(
        "incise-present-tense",
        q("La saison est sauvée") + ", affirme l'entraîneur Julien Castel.",
        "La saison est sauvée",
        mention="l'entraîneur Julien Castel",
        name="Julien Castel",
        role_words=("coach",),
    ),
]

# --- selon / d'après ------------------------------------------------------------------------

SELON = [
    case(
        "aux-yeux-de",
        "Aux yeux de la défense, ce dossier est vide.",
        "ce dossier est vide",
        mention="la défense",
    ),
    case(
        "aux-yeux-du-trailing",
        "La réforme est indispensable, aux yeux du ministre.",
        "La réforme est indispensable",
        mention="ministre",
        role_words=("minister",),
    ),
    case(
        "de-l-avis-des",
        "De l'avis des économistes, la reprise sera lente.",
        "la reprise sera lente",
        mention="économistes",
    ),
    case(
        "a-en-croire",
        "À en croire le maire, les travaux seront finis en juin.",
        "les travaux seront finis",
        mention="le maire",
        role_words=("mayor",),
    ),
    case(
        "selon-rating-agency",
        "Selon Moody's, la dette française continuera de croître.",
        "la dette française continuera de croître",
        mention="Moody's",
        type="organization",
        name=None,
    ),
    case(
        "selon-prefecture",
        "Selon la préfecture, trois routes sont coupées.",
        "trois routes sont coupées",
        mention="la préfecture",
        type="organization",
        anonymous=False,
        name=None,
    ),
    case(
        "selon-oms",
        "Selon l'OMS, le virus circule de nouveau en Europe.",
        "le virus circule de nouveau",
        mention="l'OMS",
        type="organization",
        name=None,
        role_words=("WHO",),
    ),
    case(
        "selon-otan",
        "Selon l'OTAN, les exercices dureront dix jours.",
        "les exercices dureront dix jours",
        mention="l'OTAN",
        type="organization",
        role_words=("NATO",),
    ),
    case(
        "d-apres-temoin",
        "D'après un témoin, le conducteur roulait très vite.",
        "le conducteur roulait très vite",
        mention="un témoin",
        type="person",
        anonymous=True,
        name=None,
    ),
    case(
        "selon-sources-proches",
        "Selon des sources proches du dossier, l'accord serait signé demain.",
        "l'accord serait signé demain",
        mention="des sources proches du dossier",
        type="person",
        anonymous=True,
        name=None,
    ),
    case(
        "selon-source-policiere",
        "Selon une source policière, le suspect a été interpellé à Lille.",
        "le suspect a été interpellé à Lille",
        mention="une source policière",
        type="person",
        anonymous=True,
        name=None,
    ),
    case(
        "selon-document",
        "Selon le rapport, les émissions ont baissé de 4 %.",
        "les émissions ont baissé",
        mention="le rapport",
        type="document",
        name=None,
    ),
    case(
        "selon-secretary-of-state",
        "Selon le secrétaire d'État américain, Thomas Harlan, les discussions avancent.",
        "les discussions avancent",
        mention="le secrétaire d'État américain, Thomas Harlan",
        name="Thomas Harlan",
        title="secrétaire d'État",
        organization="américain",
        role_words=("US", "Secretary of State"),
    ),
    case(
        "selon-title-name-mp",
        "Selon la députée Lucie Renard, le texte sera rejeté.",
        "le texte sera rejeté",
        mention="la députée Lucie Renard",
        name="Lucie Renard",
        role_words=("MP",),
    ),
]

# --- colons, participles, agentless ---------------------------------------------------------

COLON_AND_PARTICIPLE = [
    case(
        "colon-after-cue-verb",
        "La ministre de la Santé, Agnès Bertin, a prévenu : " + q("L'hiver sera difficile."),
        "L'hiver sera difficile",
        mention="La ministre de la Santé, Agnès Bertin",
        name="Agnès Bertin",
        role_words=("Health", "minister"),
    ),
    case(
        "colon-after-title",
        "Le procureur a tranché : " + q("Il n'y a pas de piste terroriste."),
        "Il n'y a pas de piste terroriste",
        mention="Le procureur",
        name=None,
        role_words=("prosecutor",),
    ),
    case(
        "colon-after-organization",
        "La Maison Blanche a réagi : " + q("Ces accusations sont infondées."),
        "Ces accusations sont infondées",
        mention="La Maison Blanche",
        type="organization",
        role_words=("White House",),
    ),
    case(
        "participle-takes-main-subject",
        "Le gouverneur a démenti toute fraude, affirmant que le scrutin avait été régulier.",
        "le scrutin avait été régulier",
        mention="Le gouverneur",
        name=None,
        role_words=("governor",),
    ),
    case(
        "gerund-takes-main-subject",
        "Sophie Marchal a quitté la réunion en assurant que le vote serait contesté.",
        "le vote serait contesté",
        mention="Sophie Marchal",
        name="Sophie Marchal",
    ),
    case(
        "colon-after-copula-takes-its-subject",
        "Le procureur est formel : " + q("Rien ne permet de conclure à un accident."),
        "Rien ne permet",
        mention="Le procureur",
        role_words=("prosecutor",),
    ),
    case(
        "colon-after-clause-skips-its-complement",
        "Sur ce point, la préfète reste prudente : " + q("Il est trop tôt pour conclure."),
        "trop tôt",
        mention="la préfète",
        name=None,
    ),
    case(
        "colon-after-apposition-and-copula",
        "La porte-parole du gouvernement, Claire Moreau, est formelle : "
        + q("Aucune hausse n'est prévue."),
        "Aucune hausse",
        mention="La porte-parole du gouvernement, Claire Moreau",
        name="Claire Moreau",
    ),
    case(
        "adjectival-participle-after-se-vouloir",
        "Le maire se veut rassurant : " + q("La situation est sous contrôle."),
        "sous contrôle",
        mention="Le maire",
        role_words=("mayor",),
    ),
    case(
        "participle-in-apposition-to-subject",
        "Le gouverneur, affirmant que le scrutin était régulier, a quitté la salle.",
        "le scrutin était régulier",
        mention="Le gouverneur",
    ),
    case(
        "avant-de-infinitive-takes-main-subject",
        "Le ministre a salué l'accord avant d'ajouter que rien n'était encore gagné.",
        "rien n'était encore gagné",
        mention="Le ministre",
        role_words=("minister",),
    ),
]


@pytest.mark.parametrize(
    ("text", "fragment", "description"),
    [
        pytest.param(
            q("Nous irons jusqu'au bout")
            + ", a lancé la maire, avant d'ajouter : "
            + q("Personne ne nous arrêtera."),
            "Personne ne nous arrêtera",
            "la maire",
            id="avant-de-after-an-incise",
        ),
        pytest.param(
            q("Nous avons perdu une bataille") + ", a déclaré le sélectionneur. "
            "Avant de préciser : " + q("Il faudra se relever vite."),
            "se relever vite",
            "le sélectionneur",
            id="sentence-opening-with-avant-de",
        ),
        pytest.param(
            q("C'est un désastre") + ", a réagi le maire. Et d'ajouter : " + q("Nous tiendrons."),
            "Nous tiendrons",
            "le maire",
            id="narrative-et-de-infinitive",
        ),
        pytest.param(
            "Le maire a réagi : " + q("C'est un désastre.") + " Puis : " + q("Nous tiendrons."),
            "Nous tiendrons",
            "Le maire",
            id="colon-after-puis",
        ),
        pytest.param(
            q("Rien ne changera") + ", a assuré la ministre. Ajoutant que le texte serait voté.",
            "le texte serait voté",
            "la ministre",
            id="sentence-opening-with-participle",
        ),
    ],
)
def test_subjectless_cue_continues_the_last_speaker(
    text: str, fragment: str, description: str
) -> None:
    """An infinitive or participle with no subject in its sentence reports the speaker of the
    claim just before it."""
    claim = _claim_for(text, fragment)
    assert claim is not None, f"no claim holds {fragment!r}"
    assert claim.speaker is not None, _show(claim.speaker)
    assert claim.speaker.description == description, _show(claim.speaker)


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        pytest.param(
            "La réforme, jugée " + q("injuste") + " par les syndicats, entre en vigueur lundi.",
            "injuste",
            "les syndicats",
            id="participle-quote-par",
        ),
        pytest.param(
            "Le texte, qualifié de " + q("loi scélérate") + " par l'opposition, passe mardi.",
            "loi scélérate",
            "l'opposition",
            id="participle-de-quote-par",
        ),
        pytest.param(
            "La mesure a été qualifiée de " + q("scandaleuse") + " par le maire de Lille.",
            "scandaleuse",
            "le maire de Lille",
            id="passive-quote-par",
        ),
    ],
)
def test_agent_of_a_reporting_participle_said_the_quote(
    text: str, fragment: str, mention: str
) -> None:
    claim = _claim_for(text, fragment)
    assert claim is not None, f"no claim holds {fragment!r}"
    assert claim.kind == "partial" and claim.text == fragment
    assert _mention_of(claim) == mention


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        pytest.param(
            "Le président a fustigé ce qu'il appelle un " + q("scandale d'État") + ".",
            "scandale d'État",
            "Le président",
            id="ce-qu-il-appelle-det",
        ),
        pytest.param(
            "Le syndicat s'oppose à ce qu'il a décrit comme une " + q("provocation pure") + ".",
            "provocation pure",
            "Le syndicat",
            id="ce-qu-il-a-decrit-comme",
        ),
        pytest.param(
            "La ministre a critiqué ce que Marc Durand appelle un " + q("choc fiscal") + ".",
            "choc fiscal",
            "Marc Durand",
            id="ce-que-name-appelle",
        ),
    ],
)
def test_what_someone_calls_a_quoted_phrase(text: str, fragment: str, mention: str) -> None:
    """« ce qu'il appelle un « … » »: the relative clause's subject said the words; its
    pronoun is the main clause's subject."""
    claim = _claim_for(text, fragment)
    assert claim is not None, f"no claim holds {fragment!r}"
    assert claim.kind == "partial"
    assert _mention_of(claim) == mention


def test_a_one_word_term_someone_named_is_no_claim() -> None:
    """« ce qu'il appelait l'« instantanéité » »: one word after a determiner names a notion."""
    text = "Le peintre cherchait ce qu'il appelait l'" + q("instantanéité") + "."
    assert _claim_for(text, "instantanéité") is None


@pytest.mark.parametrize(
    "text",
    [
        "Le défenseur, surnommé " + q("le Mur") + " par ses coéquipiers, a prolongé.",
        "Le projet " + q("Grand Paris Express") + ", présenté par la ministre, coûtera cher.",
        "Le livre " + q("La Peste") + " a été lu par des millions de lecteurs.",
    ],
)
def test_a_name_given_by_an_agent_is_no_claim(text: str) -> None:
    """A nickname or a title next to « par » is not speech: only a reporting participle
    right before the quotation makes its agent a speaker."""
    assert quoteattr.extract(text) == []


def test_a_colon_after_puis_with_nobody_before_is_no_claim() -> None:
    assert quoteattr.extract("Puis : " + q("Nous reconstruirons.")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (q("Je vous ai compris") + ", avait lancé de Gaulle à Alger.", "de Gaulle"),
        (q("Il faut réformer") + ", a plaidé de Villepin.", "de Villepin"),
    ],
)
def test_a_surname_with_its_particle_after_an_incise(text: str, name: str) -> None:
    (claim,) = quoteattr.extract(text)
    assert claim.speaker is not None and claim.speaker.name == name, _show(claim.speaker)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (q("Nous ne céderons rien") + ", auraient dit, selon le site, des agents.", "des agents"),
        (q("Tout est prêt") + ", a assuré, d'après l'AFP, le directeur.", "le directeur"),
    ],
)
def test_an_aside_between_incise_and_subject(text: str, mention: str) -> None:
    """« a dit, selon le site, X »: the aside names where the report comes from; the
    speaker is still the subject after it, and the aside is no claim of its own."""
    (claim,) = quoteattr.extract(text)
    assert claim.kind == "direct"
    assert _mention_of(claim) == mention


def test_a_long_title_after_the_selon_name() -> None:
    """« Selon Ana Morel, directrice générale de l'OMS, … »: the whole title phrase is the
    source's apposition, and the claim is what follows it."""
    text = (
        "Selon Ana Morel, directrice générale de l'Organisation mondiale de la santé, "
        "le projet avance."
    )
    (claim,) = quoteattr.extract(text)
    assert claim.text == "le projet avance"
    assert claim.speaker is not None and claim.speaker.name == "Ana Morel"


def test_a_title_noun_that_is_also_a_verb_before_a_colon() -> None:
    """« La juge, Ana Morel : « … » »: « juge » after « La » is a noun, not a predicate."""
    (claim,) = quoteattr.extract("La juge, Ana Morel : " + q("Nous irons jusqu'au bout."))
    assert claim.speaker is not None and claim.speaker.name == "Ana Morel", _show(claim.speaker)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Il a rencontré le maire, qui a affirmé que tout allait bien.", "le maire"),
        (
            "Il a écrit au président du club, qui a répondu que rien ne changerait.",
            "président du club",
        ),
        (
            "Le trafic reprendra jeudi, a annoncé la SNCF, qui évoque « des retards ».",
            "la SNCF",
        ),
        (
            "Un train sur deux circule, selon l'entreprise, qui évoque « des retards ».",
            "l'entreprise",
        ),
        (
            "« C'est absurde », tranche Lucie Grimaud, juriste de l'association, qui annonce "
            "un recours devant le tribunal.",
            "Lucie Grimaud, juriste de l'association",
        ),
    ],
)
def test_a_relative_clause_speaks_for_its_antecedent(text: str, mention: str) -> None:
    """« …, qui a affirmé que… »: the noun phrase before the comma (with its apposition) is
    the speaker, not the verb or the clause before it."""
    last = quoteattr.extract(text)[-1]
    assert _mention_of(last) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Interrogé sur RTL, le secrétaire général de la CGT a estimé que tout allait mal.",
            "le secrétaire général de la CGT",
        ),
        ("Joint par téléphone, le maire a assuré que tout était rentré dans l'ordre.", "le maire"),
        ("Interrogée, la ministre a assuré que rien ne changerait.", "la ministre"),
        (
            q("Je n'ai rien à me reprocher") + ", martèle depuis le début l'ancien maire.",
            "l'ancien maire",
        ),
        (
            "Selon une source gouvernementale, citée par Reuters, la décision tombera lundi.",
            "une source gouvernementale",
        ),
        (
            "Le ministre, en déplacement à Lyon, a estimé que l'accord était proche.",
            "Le ministre",
        ),
        (
            "Un responsable européen, sous couvert d'anonymat, a estimé que l'accord était proche.",
            "Un responsable européen",
        ),
        ("Des diplomates ont indiqué que la rencontre aurait lieu jeudi.", "Des diplomates"),
        (
            "Le Parti populaire européen (PPE), à l'origine de la demande de report, a salué "
            "un vote « de bon sens ».",
            "Le Parti populaire européen (PPE)",
        ),
        (
            "La Société française d'accompagnement et de soins palliatifs (SFAP) salue pour "
            "sa part « une bonne nouvelle ».",
            "La Société française d'accompagnement et de soins palliatifs (SFAP)",
        ),
        # A quoted name inside the aside: the subject goes on past it.
        (
            "Le rapport, baptisé " + q("Horizon 2040") + ", recommande de réduire la vitesse.",
            "Le rapport",
        ),
        (
            "La ministre, surnommée " + q("la Dame de fer") + ", a annoncé qu'elle partirait.",
            "La ministre",
        ),
        (
            "Des sources proches du dossier ont indiqué que la rencontre aurait lieu jeudi.",
            "Des sources proches du dossier",
        ),
    ],
)
def test_participial_and_prepositional_asides_are_not_the_speaker(text: str, mention: str) -> None:
    """« Interrogé sur RTL, », « depuis le début », « , citée par Reuters, » frame the
    speaker; they are not part of their name."""
    (claim,) = quoteattr.extract(text)
    assert _mention_of(claim) == mention
    assert claim.speaker is not None and claim.speaker.name is None, _show(claim.speaker)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("De son côté, l'opposition dénonce un " + q("mépris") + " du Parlement.", "l'opposition"),
        ("Le chef de l'État a, lui, promis que rien ne changerait.", "Le chef de l'État"),
    ],
)
def test_a_stressed_pronoun_or_an_opening_adverb_phrase(text: str, mention: str) -> None:
    """« De son côté, » opens the sentence and « , lui, » sits inside the verb group: neither
    hides the subject."""
    (claim,) = quoteattr.extract(text)
    assert _mention_of(claim) == mention


def test_a_circumstance_after_an_inverted_subject_is_not_part_of_it() -> None:
    (claim,) = quoteattr.extract(
        q("Personne ne nous fera taire") + ", a lancé la députée sous les applaudissements."
    )
    assert _mention_of(claim) == "la députée"


def test_a_portfolio_then_a_name_after_an_inverted_subject() -> None:
    """« la commissaire européenne aux Affaires intérieures, Karin Lindqvist »: the portfolio
    after « aux » does not end the subject before the apposed name."""
    (claim,) = quoteattr.extract(
        q("C'est un compromis difficile") + ", s'est félicitée la commissaire européenne aux "
        "Affaires intérieures, Karin Lindqvist."
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Karin Lindqvist"


def test_a_long_body_name_then_a_name_after_an_inverted_subject() -> None:
    """« la présidente de l'Association des professeur(e)s à temps partiel de l'Université
    d'Ottawa (APTPUO), Geneviève Roy »: « à » inside a body's name does not end the subject."""
    (claim,) = quoteattr.extract(
        q("Personne ne fait grève par plaisir") + ", a lancé la présidente de l'Association "
        "des professeur(e)s à temps partiel de l'Université d'Ottawa (APTPUO), Geneviève Roy, "
        "devant le pavillon."
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Geneviève Roy"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "À Toronto, le cabinet de la ministre des Collèges et Universités a fait savoir "
            "qu'il suivait la situation « de près ».",
            "le cabinet de la ministre des Collèges et Universités",
        ),
        (
            "La CSSF n'a pas souhaité commenter, se bornant à rappeler que l'examen peut "
            "prendre « de six à neuf mois ».",
            "La CSSF",
        ),
        (
            "Marine Le Pen et Jordan Bardella ont déclaré que la réforme passerait.",
            "Marine Le Pen et Jordan Bardella",
        ),
    ],
)
def test_a_name_with_et_and_a_participle_catenative(text: str, mention: str) -> None:
    """« des Collèges et Universités » before a singular verb is one name; « se bornant à
    rappeler » is a participle: the main clause's subject speaks."""
    (claim,) = quoteattr.extract(text)
    assert _mention_of(claim) == mention


def test_a_known_body_inside_an_inverted_subject_is_taken_whole() -> None:
    """« pour » inside « l'Organisation pour la sécurité et la coopération en Europe » does not
    end the subject (found by the generated-articles property test)."""
    (claim,) = quoteattr.extract(
        q("Nous irons jusqu'au bout") + ", a dit la présidente de l'Organisation pour la "
        "sécurité et la coopération en Europe, Ana Morel."
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Ana Morel"
    assert claim.speaker.role == "OSCE president"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (q("Aucune plainte n'est arrivée") + ", indique-t-on à la préfecture.", "la préfecture"),
        (q("Rien n'est décidé") + ", assure-t-on du côté de Matignon.", "Matignon"),
        (
            "Trois suspects ont été interpellés, a-t-on appris de source policière.",
            "source policière",
        ),
        (
            q("Il est serein") + ", confie-t-on dans l'entourage du ministre.",
            "l'entourage du ministre",
        ),
    ],
)
def test_the_place_on_speaks_from_is_the_source(text: str, mention: str) -> None:
    """« indique-t-on à la préfecture »: « on » is the prefecture."""
    (claim,) = quoteattr.extract(text)
    assert _mention_of(claim) == mention


def test_a_date_before_a_participle_is_no_speaker() -> None:
    """« Mardi, affirmant que… »: the words before the comma are a date."""
    claim = _claim_for(
        "Mardi, affirmant que la crise était passée, le ministre a levé les restrictions.",
        "la crise était passée",
    )
    assert claim is None or claim.speaker is None or claim.speaker.name != "Mardi"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param(
            "Il a été annoncé que le sommet était reporté.",
            "le sommet était reporté",
            id="impersonal-passive-annonce",
        ),
        pytest.param(
            "Il a été décidé que les écoles resteraient fermées.",
            "les écoles resteraient fermées",
            id="impersonal-passive-decide",
        ),
        pytest.param(
            "Il est rapporté que des tirs ont été entendus dans la nuit.",
            "des tirs ont été entendus",
            id="impersonal-present-passive",
        ),
        pytest.param(
            "Le projet a été présenté comme une avancée majeure pour la région.",
            "une avancée majeure",
            id="agentless-passive-presente",
        ),
    ],
)
def test_agentless_leaves_speaker_empty(text: str, fragment: str) -> None:
    """An impersonal « il » or a passive without agent names nobody; guessing would be wrong."""
    claim = _claim_for(text, fragment)
    if claim is not None:
        assert claim.speaker is None or claim.speaker.mention is None, _show(claim.speaker)


# --- mention types --------------------------------------------------------------------------

MENTION_TYPES = [
    case(
        "pronoun-elle",
        "Elle a assuré que le calendrier serait tenu.",
        "le calendrier serait tenu",
        mention="Elle",
        name=None,
        type="pronoun",
    ),
    case(
        "pronoun-ils",
        "Ils ont affirmé que la grève serait reconduite.",
        "la grève serait reconduite",
        mention="Ils",
        name=None,
        type="pronoun",
    ),
    case(
        "pronoun-on",
        "On assure au ministère que le texte sera prêt à temps.",
        "le texte sera prêt à temps",
        mention="On",
        name=None,
        type="pronoun",
    ),
    case(
        "group-manifestants",
        "Les manifestants ont affirmé qu'ils reviendraient samedi.",
        "reviendraient samedi",
        mention="Les manifestants",
        name=None,
        type="group",
    ),
    case(
        "group-syndicats",
        "Les syndicats ont averti que le mouvement serait reconduit.",
        "le mouvement serait reconduit",
        mention="Les syndicats",
        name=None,
        type="group",
    ),
    case(
        "organization-elysee",
        "L'Élysée a fait savoir que le président recevrait les maires.",
        "le président recevrait les maires",
        mention="L'Élysée",
        name=None,
        type="organization",
    ),
    case(
        "organization-acronym",
        "La SNCF a annoncé que le trafic reprendrait jeudi.",
        "le trafic reprendrait jeudi",
        mention="La SNCF",
        name=None,
        type="organization",
    ),
    case(
        "organization-acronym-union",
        "La CFDT a estimé que l'accord était équilibré.",
        "l'accord était équilibré",
        mention="La CFDT",
        type="organization",
    ),
    case(
        "document-communique",
        "Un communiqué du ministère précise que les inscriptions sont closes.",
        "les inscriptions sont closes",
        mention="Un communiqué du ministère",
        type="document",
        name=None,
    ),
    case(
        "document-rapport-subject",
        "Le rapport conclut que la pollution a nettement diminué.",
        "la pollution a nettement diminué",
        mention="Le rapport",
        type="document",
        name=None,
    ),
    case(
        "anonymous-senior-official",
        "Un haut responsable américain a déclaré que les frappes étaient terminées.",
        "les frappes étaient terminées",
        mention="Un haut responsable américain",
        type="person",
        anonymous=True,
        name=None,
        role_words=("senior", "US", "official"),
    ),
    case(
        "anonymous-senior-administration-official",
        "Un haut responsable de l'administration américaine a assuré que le dialogue continuait.",
        "le dialogue continuait",
        mention="Un haut responsable de l'administration américaine",
        anonymous=True,
        title="haut responsable",
        organization="administration américaine",
        role_words=("senior", "US", "administration", "official"),
    ),
    case(
        "anonymous-witness-subject",
        "Un témoin a raconté que la voiture avait grillé le feu rouge.",
        "la voiture avait grillé le feu rouge",
        mention="Un témoin",
        type="person",
        anonymous=True,
        name=None,
    ),
]

# --- names without a model ------------------------------------------------------------------

NAMES = [
    case(
        "particle-de",
        "Charles de Gaulle a déclaré que la France ne céderait pas.",
        "la France ne céderait pas",
        mention="Charles de Gaulle",
        name="Charles de Gaulle",
        type="person",
    ),
    case(
        "particle-von-der",
        "Ursula von der Leyen a annoncé que l'aide serait débloquée.",
        "l'aide serait débloquée",
        mention="Ursula von der Leyen",
        name="Ursula von der Leyen",
        type="person",
    ),
    case(
        "particle-al-hyphen",
        "Ahmed al-Sharaa a promis que des élections seraient organisées.",
        "des élections seraient organisées",
        mention="Ahmed al-Sharaa",
        name="Ahmed al-Sharaa",
        type="person",
    ),
    case(
        "particle-du",
        "Anne du Plessis a rappelé que la cour rendrait son avis en mai.",
        "la cour rendrait son avis",
        mention="Anne du Plessis",
        name="Anne du Plessis",
    ),
    case(
        "particle-van",
        "Selon Pieter van Damme, le club sera vendu avant l'été.",
        "le club sera vendu",
        mention="Pieter van Damme",
        name="Pieter van Damme",
        type="person",
    ),
    case(
        "particle-mc",
        "Le député Thomas McKenna a affirmé que le vote serait serré.",
        "le vote serait serré",
        mention="Le député Thomas McKenna",
        name="Thomas McKenna",
        role_words=("MP",),
    ),
    case(
        "hyphenated-first-name",
        "Jean-Luc Mélenchon a estimé que la motion serait adoptée.",
        "la motion serait adoptée",
        mention="Jean-Luc Mélenchon",
        name="Jean-Luc Mélenchon",
        type="person",
    ),
    case(
        "hyphenated-feminine-first-name",
        q("Personne ne sera oublié") + ", a promis Marie-Hélène Ducros.",
        "Personne ne sera oublié",
        mention="Marie-Hélène Ducros",
        name="Marie-Hélène Ducros",
    ),
    case(
        "title-trigger-mgr",
        "Mgr Aubertin a rappelé que la cathédrale restait ouverte.",
        "la cathédrale restait ouverte",
        mention="Mgr Aubertin",
        name_contains="Aubertin",
        type="person",
    ),
    case(
        "title-trigger-dr",
        "Le Dr Hélène Carrière a expliqué que l'épidémie reculait.",
        "l'épidémie reculait",
        mention="Le Dr Hélène Carrière",
        name="Hélène Carrière",
        type="person",
    ),
    case(
        "title-trigger-president-surname",
        "Le président Delmas a affirmé que la réforme irait à son terme.",
        "la réforme irait à son terme",
        mention="Le président Delmas",
        name_contains="Delmas",
        title="président",
        type="person",
    ),
    case(
        "unknown-first-name-with-title",
        "La ministre Yaël Brunetti a déclaré que le décret était prêt.",
        "le décret était prêt",
        mention="La ministre Yaël Brunetti",
        name="Yaël Brunetti",
        type="person",
    ),
]

# --- roles ----------------------------------------------------------------------------------

ROLES = [
    case(
        "role-winemaker",
        q("La récolte sera maigre") + ", a confié un viticulteur de Bourgogne.",
        "La récolte sera maigre",
        mention="un viticulteur de Bourgogne",
        anonymous=True,
        role_words=("winemaker",),
    ),
    case(
        "role-defendant",
        q("Je regrette") + ", a murmuré la prévenue.",
        "Je regrette",
        mention="la prévenue",
        role_words=("defendant",),
    ),
    case(
        "role-white-house-spokesperson",
        q("Nous attendons des garanties") + ", a déclaré le porte-parole de la Maison Blanche.",
        "Nous attendons des garanties",
        mention="le porte-parole de la Maison Blanche",
        title="porte-parole",
        organization="Maison Blanche",
        role_words=("White House", "spokesperson"),
    ),
    case(
        "role-nato-spokesperson",
        "La porte-parole de l'OTAN, Ingrid Dahl, a indiqué que deux navires avaient été déployés.",
        "deux navires avaient été déployés",
        mention="La porte-parole de l'OTAN, Ingrid Dahl",
        name="Ingrid Dahl",
        role_words=("NATO", "spokesperson"),
    ),
    case(
        "role-eu-top-diplomat-union-europeenne",
        "Le plus haut diplomate de l'Union européenne a jugé que la trêve était fragile.",
        "la trêve était fragile",
        mention="Le plus haut diplomate de l'Union européenne",
        role_words=("EU", "top diplomat"),
    ),
    case(
        "role-us-secretary-of-state-bare",
        "Le secrétaire d'État américain a affirmé que les négociations reprendraient.",
        "les négociations reprendraient",
        mention="Le secrétaire d'État américain",
        role_words=("US", "Secretary of State"),
    ),
    case(
        "role-european-commission-president",
        "La présidente de la Commission européenne a assuré que le plan serait financé.",
        "le plan serait financé",
        mention="La présidente de la Commission européenne",
        title="présidente",
        role_words=("European Commission", "president"),
    ),
    case(
        "role-foreign-minister",
        "Le ministre des Affaires étrangères, Paul Vernet, a déclaré que l'ambassade fermerait.",
        "l'ambassade fermerait",
        mention="Le ministre des Affaires étrangères, Paul Vernet",
        name="Paul Vernet",
        role_words=("Foreign", "minister"),
    ),
    case(
        "role-feminine-culture-minister",
        "La ministre de la Culture a assuré que le musée rouvrirait en juin.",
        "le musée rouvrirait en juin",
        mention="La ministre de la Culture",
        role_words=("Culture", "minister"),
    ),
    case(
        "role-mayor-of-city-apposition",
        "Le maire de Marseille, Luc Ferri, a déclaré que le port serait agrandi.",
        "le port serait agrandi",
        mention="Le maire de Marseille, Luc Ferri",
        name="Luc Ferri",
        title="maire",
        organization="Marseille",
        role_words=("mayor", "Marseille"),
    ),
    case(
        "role-demonym-president",
        "Le président russe a déclaré que les troupes resteraient en place.",
        "les troupes resteraient en place",
        mention="Le président russe",
        role_words=("Russian", "president"),
    ),
    case(
        "role-french-foreign-ministry-organization",
        q("La France reste mobilisée") + ", a fait savoir le Quai d'Orsay.",
        "La France reste mobilisée",
        mention="le Quai d'Orsay",
        type="organization",
        role_words=("French Foreign Ministry",),
    ),
    case(
        "role-government-spokeswoman",
        "La porte-parole du gouvernement, Élise Moreau, a indiqué que le texte serait amendé.",
        "le texte serait amendé",
        mention="La porte-parole du gouvernement, Élise Moreau",
        name="Élise Moreau",
        title="porte-parole",
        organization="gouvernement",
        role_words=("government", "spokesperson"),
    ),
]


@pytest.mark.parametrize(("text", "fragment", "expect"), SUBJECT_BEFORE)
def test_subject_before_cue(text: str, fragment: str, expect: Mapping[str, object]) -> None:
    """The subject is the whole noun phrase before the cue, without its relative clause."""
    _check(text, fragment, expect)


@pytest.mark.parametrize(("text", "fragment", "expect"), INVERTED)
def test_inverted_subject(text: str, fragment: str, expect: Mapping[str, object]) -> None:
    """In an incise the speaker follows the verb and ends before « dans », « lors »…"""
    _check(text, fragment, expect)


@pytest.mark.parametrize(("text", "fragment", "expect"), SELON)
def test_selon(text: str, fragment: str, expect: Mapping[str, object]) -> None:
    """« Selon X, … »: X is the source, whatever kind of thing it is."""
    _check(text, fragment, expect)


@pytest.mark.parametrize(("text", "fragment", "expect"), COLON_AND_PARTICIPLE)
def test_colon_and_participle(text: str, fragment: str, expect: Mapping[str, object]) -> None:
    """Before a colon, and for a participle, the speaker is the main clause's subject."""
    _check(text, fragment, expect)


@pytest.mark.parametrize(("text", "fragment", "expect"), MENTION_TYPES)
def test_mention_types(text: str, fragment: str, expect: Mapping[str, object]) -> None:
    """Pronouns, groups, organisations, documents and anonymous sources each get their kind."""
    _check(text, fragment, expect)


@pytest.mark.parametrize(("text", "fragment", "expect"), NAMES)
def test_names_without_model(text: str, fragment: str, expect: Mapping[str, object]) -> None:
    """Particles, hyphens and title triggers keep a name whole without a statistical model."""
    _check(text, fragment, expect)


@pytest.mark.parametrize(("text", "fragment", "expect"), ROLES)
def test_roles(text: str, fragment: str, expect: Mapping[str, object]) -> None:
    """The English label composes the title and the organisation found in the mention."""
    _check(text, fragment, expect)


_MENTION_WORDS = [
    "le", "la", "l'", "ministre", "de", "l'Intérieur", "Anne", "Roux", "M.", "Dupont", ",",
    "porte-parole", "du", "gouvernement", "une", "source", "proche", "Me", "Jean-Marc", "(OMS)",
]  # fmt: skip


@given(st.lists(st.sampled_from(_MENTION_WORDS), min_size=1, max_size=12), st.data())
def test_a_mention_reads_the_same_from_the_sentence_tokens(
    words: list[str], data: st.DataObject
) -> None:
    """analyse() with the sentence's tokens at hand gives what it gives tokenising alone."""
    text = " ".join(words) + " a déclaré que tout allait bien."
    tokens = tokenize(text)
    i = data.draw(st.integers(0, len(tokens) - 1))
    j = data.draw(st.integers(i + 1, len(tokens)))
    start, end = tokens[i].start, tokens[j - 1].end
    assert analyse(text, start, end, tokens) == analyse(text, start, end)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (q("Elle sera candidate") + ", a confié l'entourage de Mme Fontanel.", None, None),
        (q("Nous partons") + ", a dit l'avocat de Jean Dupont.", "l'avocat de Jean Dupont", None),
        (
            q("Elle sera candidate") + ", a confié un proche de Marie Fontanel.",
            "un proche de Marie Fontanel",
            None,
        ),
        (
            "Selon un communiqué de Jean Dupont, la société sera vendue.",
            "un communiqué de Jean Dupont",
            "Jean Dupont",
        ),
        (
            "Du côté de France Nature Environnement, on dénonce " + q("une impasse") + ".",
            "France Nature Environnement",
            None,
        ),
        (
            "Ana Morel, présidente de Standard & Poor's, a dit que le projet avance.",
            "Ana Morel, présidente de Standard & Poor's",
            "Ana Morel",
        ),
        (q("C'est un scandale") + ", a dénoncé la veuve de Samuel Paty.", None, None),
        (
            "Paul Dupont, avocat de Jean Martin, a déclaré que son client était innocent.",
            "Paul Dupont, avocat de Jean Martin",
            "Paul Dupont",
        ),
        (
            "Marie, la fille de Jean Dupont, a dit que tout allait bien.",
            "Marie, la fille de Jean Dupont",
            "Marie",
        ),
        (
            q("Rien") + ", a déclaré le ministre délégué à l'Industrie, Paul Martin.",
            "le ministre délégué à l'Industrie, Paul Martin",
            "Paul Martin",
        ),
        ("Dans les années 1980, on estimait que la crise passerait.", "on", None),
        ("À Lyon, on estime que la crise passera.", "on", None),
    ],
)
def test_whose_name_a_mention_gives(text: str, mention: str | None, name: str | None) -> None:
    """A person named after « de » behind a person noun is not the speaker (« l'avocat de
    Jean Dupont »), a document's author is; « Du côté de X, on … » is X speaking; « & » joins
    a body's name."""
    (claim,) = quoteattr.extract(text)
    assert claim.speaker is not None
    if mention is not None:
        assert _mention_of(claim) == mention
    assert claim.speaker.name == name


def test_a_bare_noun_phrase_in_apposition_to_a_body() -> None:
    """« Le SNES-FSU, principal syndicat du second degré, … »: the apposition has no
    determiner, so the body before it is the subject; « principal » is an adjective there."""
    (claim,) = quoteattr.extract(
        "Le SNES-FSU, principal syndicat du second degré, revendique " + q("un succès") + "."
    )
    assert _mention_of(claim) == "Le SNES-FSU, principal syndicat du second degré"
    assert claim.speaker is not None and claim.speaker.role == "SNES-FSU"


def test_a_first_name_that_is_also_a_month() -> None:
    """« a dit Mai Morel »: « Mai » before a surname is a first name, not a date."""
    (claim,) = quoteattr.extract(q("Nous irons") + ", a dit Mai Morel.")
    assert claim.speaker is not None and claim.speaker.name == "Mai Morel"


def test_a_former_title_is_a_person() -> None:
    """« un ancien ministre » is a person (« ancien » before a known title), so a clause before
    his incise is his claim."""
    (claim,) = quoteattr.extract("Le plan a vécu, estime un ancien ministre.")
    assert claim.text == "Le plan a vécu"
    assert claim.speaker is not None
    assert (claim.speaker.type, claim.speaker.role) == ("person", "former minister")


@pytest.mark.parametrize(
    ("text", "fragment", "mention", "name"),
    [
        pytest.param(
            "Le maire (LR) de Nice, Christian Estrosi, a déclaré que la décision était "
            "inacceptable.",
            "la décision était inacceptable",
            "Le maire (LR) de Nice, Christian Estrosi",
            "Christian Estrosi",
            id="party-between-title-and-place",
        ),
        pytest.param(
            "Christian Estrosi, maire (LR) de Nice, a réagi : " + q("C'est inacceptable.") + "",
            "C'est inacceptable",
            "Christian Estrosi, maire (LR) de Nice",
            "Christian Estrosi",
            id="party-inside-apposition",
        ),
        pytest.param(
            "Le député (RN) du Var Frank Giletti a affirmé que le texte serait rejeté.",
            "le texte serait rejeté",
            "Le député (RN) du Var Frank Giletti",
            "Frank Giletti",
            id="party-before-name",
        ),
        pytest.param(
            "Le ministre de l'Économie et des Finances a assuré que la dette serait réduite.",
            "la dette serait réduite",
            "Le ministre de l'Économie et des Finances",
            None,
            id="et-des-inside-a-ministry",
        ),
        pytest.param(
            "La ministre de la Transition écologique et solidaire a assuré que la dette serait "
            "réduite.",
            "la dette serait réduite",
            "La ministre de la Transition écologique et solidaire",
            None,
            id="et-adjective-inside-a-ministry",
        ),
        pytest.param(
            q("C'est fini") + ", a déclaré le ministre du Travail et de l'Emploi.",
            "C'est fini",
            "le ministre du Travail et de l'Emploi",
            None,
            id="et-de-inside-an-inverted-title",
        ),
        pytest.param(
            q("C'est fini") + ", a déclaré le ministre du Travail et a quitté la salle.",
            "C'est fini",
            "le ministre du Travail",
            None,
            id="incise-then-second-verb",
        ),
        pytest.param(
            q("Nous irons jusqu'au bout") + ", a affirmé la ministre et les syndicats ont "
            "quitté la salle.",
            "Nous irons jusqu'au bout",
            "la ministre",
            None,
            id="incise-then-second-clause",
        ),
    ],
)
def test_parties_and_et_inside_a_subject(
    text: str, fragment: str, mention: str, name: str | None
) -> None:
    """A party in parentheses and an « et » inside a ministry's name belong to the subject;
    an « et » after an inverted subject starts something else."""
    claim = _claim_for(text, fragment)
    assert _mention_of(claim) == mention
    assert claim is not None and claim.speaker is not None and claim.speaker.name == name


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        pytest.param(
            "Les syndicats et le patronat ont affirmé qu'ils reprendraient les discussions.",
            "ils reprendraient les discussions",
            "Les syndicats et le patronat",
            id="two-bodies-before",
        ),
        pytest.param(
            "Le Premier ministre et la ministre de la Santé ont assuré que l'hôpital serait "
            "financé.",
            "l'hôpital serait financé",
            "Le Premier ministre et la ministre de la Santé",
            id="two-titles-before",
        ),
        pytest.param(
            q("Nous voterons contre") + ", ont déclaré Marine Le Pen et Jordan Bardella.",
            "Nous voterons contre",
            "Marine Le Pen et Jordan Bardella",
            id="two-names-inverted",
        ),
        pytest.param(
            q("Nous voterons contre") + ", ont déclaré la CGT et FO.",
            "Nous voterons contre",
            "la CGT et FO",
            id="two-bodies-inverted",
        ),
    ],
)
def test_sources_joined_by_et_speak_together(text: str, fragment: str, mention: str) -> None:
    """Sources joined by « et » before a plural verb, or after an incise up to its end, are
    one group mention: neither's name, title or role is the group's."""
    claim = _claim_for(text, fragment)
    assert _mention_of(claim) == mention
    assert claim is not None and claim.speaker is not None
    assert (claim.speaker.type, claim.speaker.name, claim.speaker.title) == ("group", None, None)


def test_a_plural_mention_is_no_person_named_before() -> None:
    """« Libraires et éditeurs présents » opens with a capital but is many people: it is not
    the person the text last named, as « la Lyonnaise » would be."""
    text = (
        "Paul Ferrant a signé son roman toute la soirée. Libraires et éditeurs présents ont "
        "affirmé que la réforme était une erreur."
    )
    claim = _claim_for(text, "la réforme était une erreur")
    assert claim is not None and claim.speaker is not None
    assert claim.speaker.name is None
