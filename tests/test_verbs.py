"""Tests of the reporting-verb lexicon files and of the conjugation routine built on them."""

from __future__ import annotations

import doctest
from importlib import resources

import attrs
import pytest

from quoteattr import verbs
from quoteattr.lexicon import LexiconError
from quoteattr.verbs import (
    COMPLEMENTS,
    MODALITIES,
    PREPOSITIONS,
    TENSES,
    VERB_CLASSES,
    auxiliary_index,
    catenative_index,
    conjugate,
    form_index,
    inversion_forms,
    light_verb_regex,
    load_catenatives,
    load_light_verbs,
    load_reporting_nouns,
    load_verbs,
    reporting_nouns,
    verb_entry,
)

DATA_FILES = {
    "verbs.tsv": 6,
    "irregular_verbs.tsv": 3,
    "catenatives.tsv": 4,
    "light_verbs.tsv": 5,
    "reporting_nouns.tsv": 4,
}
# Columns that identify a row, per file: a repeat of these is a duplicate.
ROW_KEYS = {
    "verbs.tsv": 2,
    "irregular_verbs.tsv": 2,
    "catenatives.tsv": 3,
    "light_verbs.tsv": 3,
    "reporting_nouns.tsv": 1,
}


def _data_lines(name: str) -> list[list[str]]:
    text = (resources.files("quoteattr") / "data" / name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


# --- the data files -----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_data_file_has_header_and_fixed_width(name: str) -> None:
    text = (resources.files("quoteattr") / "data" / name).read_text(encoding="utf-8")
    header = [line for line in text.splitlines()[:20] if line.startswith("#")]
    joined = " ".join(header).lower()
    assert "source" in joined and "licence" in joined and "format" in joined
    rows = _data_lines(name)
    assert rows
    assert {len(row) for row in rows} == {DATA_FILES[name]}


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_data_file_has_no_duplicate_rows(name: str) -> None:
    keys = [tuple(row[: ROW_KEYS[name]]) for row in _data_lines(name)]
    assert len(keys) == len(set(keys))


def test_every_loader_returns_frozen_values() -> None:
    for loaded in (load_verbs(), load_catenatives(), load_light_verbs(), load_reporting_nouns()):
        assert isinstance(loaded, tuple) and loaded
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            loaded[0].pronominal = True  # type: ignore[misc,union-attr]


def test_verbs_columns_take_allowed_values() -> None:
    for entry in load_verbs():
        assert entry.verb_class in VERB_CLASSES
        assert entry.aux in ("avoir", "être")
        assert entry.complements and entry.complements <= COMPLEMENTS
        assert entry.lemma == entry.lemma.strip().lower() and " " not in entry.lemma
        assert not entry.lemma.startswith(("se ", "s'"))
        if entry.pronominal:
            assert entry.aux == "être", entry.lemma


def test_verbs_cover_every_class_and_at_least_270_lemmas() -> None:
    entries = load_verbs()
    assert len({entry.lemma for entry in entries}) >= 270
    assert {entry.verb_class for entry in entries} == VERB_CLASSES


def test_verbs_from_the_brief_have_the_expected_class() -> None:
    expected = {
        ("dire", False): "speech",
        ("dire", True): "assertion",
        ("plaindre", True): "assertion",
        ("inquiéter", True): "assertion",
        ("estimer", False): "assertion",
        ("penser", False): "stance",
        ("exhorter", False): "request",
        ("tweeter", False): "writing",
        ("sourire", False): "manner",
        ("emporter", True): "manner",
    }
    for (lemma, pronominal), verb_class in expected.items():
        entry = verb_entry(lemma, pronominal)
        assert entry is not None and entry.verb_class == verb_class, lemma
    assert verb_entry("plaindre", False) is None


def test_models_name_full_paradigms_and_agree_with_the_suffix_rule() -> None:
    bases = set(verbs._bases())
    for entry in load_verbs():
        if entry.model is not None:
            assert entry.model in bases, entry.lemma
        inferred = verbs._inferred_model(entry.lemma)
        if inferred is not None:
            assert entry.model == inferred, entry.lemma


def test_suffix_rule_needs_a_verbal_prefix() -> None:
    assert verbs._inferred_model("abstenir") == "tenir"
    assert verbs._inferred_model("permettre") == "mettre"
    assert verbs._inferred_model("recevoir") is None
    assert verbs._inferred_model("prescrire") is None
    assert verbs._inferred_model("installer") is None


def test_one_model_per_lemma() -> None:
    models: dict[str, str | None] = {}
    for entry in load_verbs():
        assert models.setdefault(entry.lemma, entry.model) == entry.model, entry.lemma


def test_catenative_columns_take_allowed_values() -> None:
    entries = load_catenatives()
    for entry in entries:
        assert entry.preposition in PREPOSITIONS
        assert entry.modality in MODALITIES
    by_name = {(e.name, e.preposition): e for e in entries}
    assert by_name[("tenir", "à")].modality == "none"
    assert by_name[("cesser", "de")].modality == "none"
    assert by_name[("pouvoir", "")].modality == "hypothetical"
    assert by_name[("être censé", "")].modality == "hypothetical"
    assert by_name[("empresser", "de")].pronominal


def test_every_catenative_verb_conjugates() -> None:
    for entry in load_catenatives():
        assert len(conjugate(entry.verb).forms()) >= 30, entry.lemma


def test_light_verb_columns_take_allowed_values() -> None:
    for entry in load_light_verbs():
        assert entry.verb_class in VERB_CLASSES
        assert entry.complements <= COMPLEMENTS
        conjugate(entry.verb)  # the verb itself must conjugate
    patterns = {(e.verb, e.pattern) for e in load_light_verbs()}
    assert ("faire", "savoir") in patterns and ("mettre", "en garde") in patterns


def test_reporting_nouns_have_gender_class_and_plural() -> None:
    nouns = load_reporting_nouns()
    assert {noun.gender for noun in nouns} == {"m", "f"}
    assert all(noun.verb_class in VERB_CLASSES for noun in nouns)
    index = reporting_nouns()
    assert index["communiqué"].gender == "m"
    assert index["conférences de presse"].noun == "conférence de presse"
    assert index["propos"].plural == "propos"
    assert index["aveux"].noun == "aveu"


def test_a_bad_row_names_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str, columns: int) -> tuple[tuple[int, tuple[str, ...]], ...]:
        return ((7, ("dire", "0", "parole", "avoir", "que", "")),)

    monkeypatch.setattr(verbs, "_rows", broken)
    verbs.load_verbs.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"verbs\.tsv, line 7: .*verb_class"):
            verbs.load_verbs()
    finally:
        verbs.load_verbs.cache_clear()


# --- irregular paradigms ------------------------------------------------------------------

REQUIRED_BASES = (
    *("avoir", "être", "aller", "faire", "dire", "écrire", "prendre", "mettre", "venir"),
    *("tenir", "connaître", "plaindre", "craindre", "conclure", "répondre", "rendre", "lire"),
    *("voir", "croire", "savoir", "vouloir", "pouvoir", "devoir", "rire", "suivre", "ouvrir"),
    *("offrir", "mentir", "sentir", "partir", "vivre", "courir", "rompre", "battre"),
)
CIRCUMFLEX = {"a": "â", "i": "î", "u": "û"}


def test_required_irregular_bases_have_full_paradigms() -> None:
    bases = set(verbs._bases())
    assert set(REQUIRED_BASES) <= bases


@pytest.mark.parametrize("verb", sorted(set(verbs._bases()) - {"être"}))
def test_irregular_rows_follow_the_derivation_rules(verb: str) -> None:
    """Imperfect from « nous », conditional from the future, imperfect subjunctive from the
    simple past: a typo in a hand-written row breaks one of these."""
    p = conjugate(verb)
    nous = p.present[3][:-3]
    assert p.imperfect == tuple(nous + e for e in ("ais", "ais", "ait", "ions", "iez", "aient"))
    stem = p.future[0][:-2]
    assert p.conditional == tuple(stem + e for e in ("ais", "ais", "ait", "ions", "iez", "aient"))
    past = p.simple_past[1][:-1]
    last = max(i for i, c in enumerate(past) if c in CIRCUMFLEX)
    third = past[:last] + CIRCUMFLEX[past[last]] + past[last + 1 :] + "t"
    assert p.subjunctive_imperfect == (
        past + "sse",
        past + "sses",
        third,
        past + "ssions",
        past + "ssiez",
        past + "ssent",
    )


@pytest.mark.parametrize("verb", ["répondre", "rendre"])
def test_rendre_rule_matches_the_written_paradigm(verb: str) -> None:
    assert verbs._dre_cells(verb) == dict(verbs._irregular()[verb])


# --- conjugation ----------------------------------------------------------------------------


@pytest.mark.parametrize("lemma", sorted({e.lemma for e in load_verbs()}))
def test_every_lemma_conjugates(lemma: str) -> None:
    p = conjugate(lemma)
    readings = p.readings()
    # An -er verb has 39 distinct spellings; its paradigm cells and the inverted forms the
    # index supports take every lemma past 40.
    assert len(set(readings)) >= 40
    inverted = {inv for form in p.forms() for inv in inversion_forms(form)}
    assert len(p.forms() | inverted) >= 40
    assert p.present_participle.endswith("ant")
    assert all(form == form.lower() and " " not in form for form, *_ in readings)
    assert p.infinitive == lemma


@pytest.mark.parametrize(
    ("lemma", "tense", "slot", "form"),
    [
        ("dire", "present", 2, "dit"),
        ("dire", "present", 4, "dites"),
        ("dire", "present", 5, "disent"),
        ("dire", "simple_past", 5, "dirent"),
        ("dire", "conditional", 5, "diraient"),
        ("dire", "past_participle", 0, "dit"),
        ("prédire", "present", 4, "prédisez"),
        ("contredire", "imperative", 2, "contredisez"),
        ("redire", "present", 4, "redites"),
        ("écrire", "simple_past", 2, "écrivit"),
        ("décrire", "present", 3, "décrivons"),
        ("inscrire", "past_participle", 1, "inscrite"),
        ("reconnaître", "past_participle", 0, "reconnu"),
        ("reconnaître", "present", 2, "reconnaît"),
        ("reconnaître", "imperfect", 2, "reconnaissait"),
        ("plaindre", "present", 2, "plaint"),
        ("plaindre", "imperfect", 2, "plaignait"),
        ("plaindre", "past_participle", 2, "plaints"),
        ("prévenir", "simple_past", 2, "prévint"),
        ("prévenir", "past_participle", 0, "prévenu"),
        ("soutenir", "simple_past", 2, "soutint"),
        ("soutenir", "future", 2, "soutiendra"),
        ("conclure", "past_participle", 0, "conclu"),
        ("conclure", "present", 2, "conclut"),
        ("exclure", "subjunctive_imperfect", 2, "exclût"),
        ("répondre", "past_participle", 0, "répondu"),
        ("répondre", "present", 2, "répond"),
        ("prétendre", "simple_past", 2, "prétendit"),
        ("annoncer", "present", 3, "annonçons"),
        ("annoncer", "imperfect", 2, "annonçait"),
        ("annoncer", "simple_past", 5, "annoncèrent"),
        ("juger", "imperfect", 2, "jugeait"),
        ("juger", "present_participle", 0, "jugeant"),
        ("répéter", "present", 2, "répète"),
        ("répéter", "present", 3, "répétons"),
        ("répéter", "future", 0, "répéterai"),
        ("concéder", "present", 5, "concèdent"),
        ("alléguer", "present", 2, "allègue"),
        ("appeler", "present", 2, "appelle"),
        ("appeler", "future", 2, "appellera"),
        ("rappeler", "present", 3, "rappelons"),
        ("marteler", "present", 2, "martèle"),
        ("acheter", "present", 2, "achète"),
        ("lever", "present", 2, "lève"),
        ("relever", "future", 2, "relèvera"),
        ("jeter", "present", 2, "jette"),
        ("interpeller", "present", 2, "interpelle"),
        ("envoyer", "present", 2, "envoie"),
        ("envoyer", "future", 0, "enverrai"),
        ("essayer", "present", 2, "essaie"),
        ("appuyer", "present", 5, "appuient"),
        ("créer", "past_participle", 1, "créée"),
        ("nier", "present", 2, "nie"),
        ("nier", "imperfect", 3, "niions"),
        ("réagir", "present", 3, "réagissons"),
        ("avertir", "simple_past", 2, "avertit"),
        ("sourire", "present", 2, "sourit"),
        ("sourire", "past_participle", 0, "souri"),
        ("admettre", "past_participle", 0, "admis"),
        ("promettre", "past_participle", 0, "promis"),
        ("mettre", "past_participle", 0, "mis"),
        ("tenir", "past_participle", 0, "tenu"),
        ("tenir", "simple_past", 2, "tint"),
        ("suivre", "past_participle", 0, "suivi"),
        ("poursuivre", "simple_past", 2, "poursuivit"),
        ("lancer", "simple_past", 2, "lança"),
        ("glisser", "simple_past", 2, "glissa"),
        ("insister", "present_participle", 0, "insistant"),
        ("affirmer", "present_participle", 0, "affirmant"),
        ("estimer", "present_participle", 0, "estimant"),
        ("démentir", "present", 2, "dément"),
        ("démentir", "past_participle", 1, "démentie"),
        ("prévoir", "future", 2, "prévoira"),
        ("prévoir", "simple_past", 2, "prévit"),
        ("interrompre", "present", 2, "interrompt"),
        ("geindre", "imperfect", 2, "geignait"),
        ("enjoindre", "past_participle", 0, "enjoint"),
        ("requérir", "present", 5, "requièrent"),
        ("enquérir", "simple_past", 2, "enquit"),
        ("émouvoir", "past_participle", 0, "ému"),
        ("repartir", "simple_past", 2, "repartit"),
        ("abstenir", "present", 2, "abstient"),
        ("avoir", "present", 2, "a"),
        ("avoir", "present", 5, "ont"),
        ("avoir", "imperfect", 2, "avait"),
        ("avoir", "conditional", 2, "aurait"),
        ("avoir", "subjunctive_imperfect", 2, "eût"),
        ("être", "present", 2, "est"),
        ("être", "present", 5, "sont"),
        ("être", "conditional", 2, "serait"),
        ("être", "simple_past", 2, "fut"),
        ("être", "subjunctive_imperfect", 2, "fût"),
        ("aller", "present", 2, "va"),
        ("pouvoir", "conditional", 2, "pourrait"),
        ("devoir", "conditional", 2, "devrait"),
    ],
)
def test_spot_forms(lemma: str, tense: str, slot: int, form: str) -> None:
    assert conjugate(lemma).tense(tense)[slot] == form


def test_accepted_variant_spellings() -> None:
    assert ("future", 0, "répèterai") in conjugate("répéter").variants
    assert ("present", 2, "essaye") in conjugate("essayer").variants
    assert ("present", 0, "puis") in conjugate("pouvoir").variants
    assert ("present", 2, "reconnait") in conjugate("reconnaître").variants
    assert "répèterai" in form_index() and "répéterai" in form_index()


def test_missing_forms_are_empty_and_not_indexed() -> None:
    assert conjugate("pouvoir").imperative == ("", "", "")
    assert conjugate("être").past_participle == ("été", "", "", "")
    assert "" not in auxiliary_index()


def test_unknown_irregular_shape_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot conjugate 'recevoir'"):
        conjugate("recevoir")


def test_paradigm_rejects_a_wrong_number_of_forms() -> None:
    p = conjugate("dire")
    with pytest.raises(ValueError, match=r"Paradigm\.present must hold 6 forms"):
        attrs.evolve(p, present=("dis", "dis"))


# --- indexes ------------------------------------------------------------------------------


def test_index_reads_declare_as_a_participle_of_declarer() -> None:
    readings = form_index()["déclaré"]
    assert {(r.lemma, r.tense, r.agreement) for r in readings} == {
        ("déclarer", "past_participle", "m.sg")
    }
    assert {r.pronominal for r in readings} == {False, True}


def test_index_reads_dit_as_present_and_participle_of_dire() -> None:
    readings = [r for r in form_index()["dit"] if r.lemma == "dire" and not r.pronominal]
    assert {"present", "past_participle"} <= {r.tense for r in readings}
    assert all(r.verb_class == "speech" for r in readings)
    assert any(r.verb_class == "assertion" for r in form_index()["dit"] if r.pronominal)


def test_index_keys_are_lowercase_and_readings_valid() -> None:
    index = form_index()
    assert len(index) > 10_000
    for key, readings in index.items():
        assert key == key.lower() and "\N{RIGHT SINGLE QUOTATION MARK}" not in key
        assert readings and len(readings) == len(set(readings))
        assert all(r.tense in TENSES for r in readings)
    with pytest.raises(TypeError):
        index["zzz"] = ()  # type: ignore[index]


def test_auxiliary_index_has_every_form_of_avoir_and_etre() -> None:
    index = auxiliary_index()
    for form in ("a", "ont", "avait", "aurait", "eût", "est", "sont", "serait", "fut", "été"):
        assert form in index, form
    assert {r.lemma for r in index["a"]} == {"avoir"}
    assert index["sont"][0].person == 6
    assert all(r.verb_class == "auxiliary" for readings in index.values() for r in readings)


def test_catenative_index_gives_preposition_and_modality() -> None:
    index = catenative_index()
    tenu = [r for r in index["tenu"] if r.lemma == "tenir"]
    assert tenu and tenu[0].tense == "past_participle" and tenu[0].preposition == "à"
    assert {r.preposition for r in index["cessé"]} == {"de"}
    assert index["pourrait"][0].modality == "hypothetical"
    assert any(r.lemma == "abstenir" and r.pronominal for r in index["abstient"])
    assert index["est censé"][0].lemma == "être censé"
    assert index["sont censées"][0].agreement == "f.pl"
    assert "sont censé" not in index  # the adjective agrees in number
    assert index["était susceptible"][0].modality == "hypothetical"
    assert "est sur le point" in index


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("déclare", ("déclare-t-il", "déclare-t-elle", "déclare-t-on")),
        ("déclarent", ("déclarent-ils", "déclarent-elles")),
        ("a", ("a-t-il", "a-t-elle", "a-t-on")),
        ("ajouta", ("ajouta-t-il", "ajouta-t-elle", "ajouta-t-on")),
        ("reconnaît", ("reconnaît-il", "reconnaît-elle", "reconnaît-on")),
        ("répond", ("répond-il", "répond-elle", "répond-on")),
        ("dit", ("dit-il", "dit-elle", "dit-on")),
        ("ont", ("ont-ils", "ont-elles")),
        ("eût", ("eût-il", "eût-elle", "eût-on")),
        ("dis", ("dis-je",)),
        ("puis", ("puis-je",)),
    ],
)
def test_inversion_forms(form: str, expected: tuple[str, ...]) -> None:
    assert inversion_forms(form) == expected


def test_inversion_forms_of_unknown_or_non_finite_forms_are_empty() -> None:
    assert inversion_forms("maison") == ()
    assert inversion_forms("déclarant") == ()
    assert inversion_forms("Déclare") == inversion_forms("déclare")


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("POSS soutien", "son soutien au maire", True),
        ("POSS espoir|souhait|vœu", "l\N{RIGHT SINGLE QUOTATION MARK}espoir que", True),
        ("POSS espoir|souhait|vœu", "le souhaitable", False),
        ("part DE", "part d'une inquiétude", True),
        ("la sonnette d'alarme", "la sonnette d\N{RIGHT SINGLE QUOTATION MARK}alarme", True),
        ("en garde", "en\N{NO-BREAK SPACE}garde contre", True),
        ("savoir", "sa voix", False),
    ],
)
def test_light_verb_regex(pattern: str, text: str, matches: bool) -> None:
    assert bool(light_verb_regex(pattern).match(text)) is matches


def test_light_verb_regex_refuses_unknown_slots() -> None:
    with pytest.raises(ValueError, match="not POSS, DE or lowercase"):
        light_verb_regex("DET soutien")


def test_docstring_examples_hold() -> None:
    result = doctest.testmod(verbs)
    assert result.attempted >= 10 and result.failed == 0
