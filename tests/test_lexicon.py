"""The lexicon data files load, are well formed, and hold the words the pipeline relies on."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from quoteattr import grammar, lexicon
from quoteattr.lexicon import LexiconError, fold_key, normalize_key

LOADERS: dict[str, tuple[Callable[[], Mapping[str, Any]], int]] = {
    "titles.tsv": (lexicon.titles, 200),
    "organizations.tsv": (lexicon.organizations, 120),
    "demonyms.tsv": (lexicon.demonyms, 240),
    "first_names.tsv": (lexicon.first_names, 600),
    "source_nouns.tsv": (lexicon.source_nouns, 80),
    "non_attributive.tsv": (lexicon.non_attributive, 80),
    "adverbs.tsv": (lexicon.adverbs, 100),
    "pronouns.tsv": (lexicon.pronouns, 40),
    "view_phrases.tsv": (lexicon.view_phrases, 8),
}
NBSP = "\N{NO-BREAK SPACE}"
RSQUO = "\N{RIGHT SINGLE QUOTATION MARK}"


def _data_lines(name: str) -> list[str]:
    text = (resources.files("quoteattr") / "data" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_file_loads_read_only_with_its_minimum_size(name: str) -> None:
    loader, minimum = LOADERS[name]
    table = loader()
    assert len(table) >= minimum
    with pytest.raises(TypeError):
        table["nouvelle clé"] = None  # type: ignore[index]
    assert loader() is table, "loaders are cached"


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_key_is_its_own_normalised_form(name: str) -> None:
    for key in LOADERS[name][0]():
        assert key == normalize_key(key)


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_file_has_a_documented_header(name: str) -> None:
    text = (resources.files("quoteattr") / "data" / name).read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert text.startswith("# ")
    assert "Source:" in header and "Licence: MIT" in header and "Columns:" in header


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_no_file_repeats_a_key(name: str) -> None:
    if name == "non_attributive.tsv":
        keys = [normalize_key(" ".join(line.split("\t")[:2])) for line in _data_lines(name)]
    else:
        keys = [normalize_key(line.split("\t")[0]) for line in _data_lines(name)]
    repeated = {key for key in keys if keys.count(key) > 1}
    assert not repeated
    assert len(keys) == len(LOADERS[name][0]())


def test_titles_columns_hold_allowed_values() -> None:
    table = lexicon.titles()
    for title in table.values():
        assert title.gender in {"m", "f", "e"}
        assert title.number in {"sg", "pl"}
        assert title.kind in {"title", "source", "group"}
        assert title.english.strip() == title.english
    assert {t.kind for t in table.values()} == {"title", "source", "group"}


@pytest.mark.parametrize(
    ("form", "english", "kind"),
    [
        ("porte-parole", "spokesperson", "title"),
        ("plus haut diplomate", "top diplomat", "title"),
        ("chef de la diplomatie", "top diplomat", "title"),
        ("secrétaire d'état", "Secretary of State", "title"),
        ("premier ministre", "Prime Minister", "title"),
        ("responsable", "official", "source"),
        ("haut responsable", "senior official", "source"),
        ("maire", "mayor", "title"),
        ("députée", "MP", "title"),
        ("présidente", "president", "title"),
        ("ministre", "minister", "title"),
        ("chancelière", "chancellor", "title"),
        ("manifestants", "protesters", "group"),
        ("autorités", "authorities", "group"),
        ("témoin", "witness", "source"),
    ],
)
def test_titles_hold_the_required_forms(form: str, english: str, kind: str) -> None:
    title = lexicon.titles()[form]
    assert (title.english, title.kind) == (english, kind)


def test_titles_list_every_gender_and_number() -> None:
    table = lexicon.titles()
    forms = [("député", "m", "sg"), ("députée", "f", "sg"), ("députés", "m", "pl")]
    forms += [("députées", "f", "pl"), ("ministres", "e", "pl"), ("porte-paroles", "e", "pl")]
    for form, gender, number in forms:
        assert (table[form].gender, table[form].number) == (gender, number)
        assert table[form].canonical in {"député", "ministre", "porte-parole"}


def test_organizations_columns_and_aliases() -> None:
    table = lexicon.organizations()
    forms = {normalize_key(o.form) for o in table.values()}
    for org in table.values():
        assert org.article in {None, "le", "la", "l'", "les"}
        assert org.country is None or (len(org.country) == 2 and org.country.isupper())
        assert normalize_key(org.canonical) in forms, org.canonical
    assert table["maison blanche"].article == "la"
    assert table["ue"].english == table["union européenne"].english == "EU"
    assert table["onu"].english == table["nations unies"].english == "UN"
    assert table["otan"].english == "NATO"
    assert table["quai d'orsay"].english == "French Foreign Ministry"
    assert table["matignon"].english == "French Prime Minister's office"
    assert table["département d'état"].english == "State Department"
    assert table["oms"].english == "WHO" and table["fmi"].english == "IMF"
    for city in ("bruxelles", "washington", "moscou", "pékin"):
        assert table[city].kind == "government"


def test_demonyms_cover_sixty_countries_in_every_form() -> None:
    table = lexicon.demonyms()
    assert len({d.country_en for d in table.values()}) >= 60
    for form in ("américain", "américaine", "américains", "américaines"):
        assert table[form].english == "US"
    for form in ("français", "française", "françaises"):
        assert table[form].country_fr == "France"
    assert table["russes"].english == "Russian"
    assert table["européen"].english == "European"
    assert table["onusien"].english == "UN"
    assert "présidentiel" not in table


def test_first_names_hold_common_names_with_a_gender() -> None:
    table = lexicon.first_names()
    for name in ("joe", "emily", "josep", "antony", "vladimir", "volodymyr", "emmanuel"):
        assert name in table
    for name in ("marine", "jean", "jean-luc", "marie", "anne"):
        assert name in table
    assert table["jean-luc"].name == "Jean-Luc"
    assert table["emily"].gender == "f" and table["vladimir"].gender == "m"
    assert {n.gender for n in table.values()} == {"m", "f", "u"}


def test_source_nouns_list_both_numbers_and_strengths() -> None:
    table = lexicon.source_nouns()
    assert table["source"].kind == table["sources"].kind == "anonymous"
    assert table["rapport"].kind == "document" and table["rapport"].strength == "strong"
    assert table["légende"].strength == "weak"
    assert {s.strength for s in table.values()} == {"strong", "weak"}
    assert {s.kind for s in table.values()} == {
        "person",
        "group",
        "document",
        "organization",
        "anonymous",
    }


def test_non_attributive_phrases_are_keyed_by_their_whole_phrase() -> None:
    table = lexicon.non_attributive()
    assert table["selon les cas"].trigger == "selon"
    assert table["selon les cas"].following == "les cas"
    assert table["selon que"].kind == "condition"
    assert table["selon la loi"].kind == "stipulation"
    assert table["d'après le roman"].kind == "adaptation"
    assert table["pour le moment"].kind == "fixed"
    assert table["c'est-à-dire"].kind == "idiom"
    assert table["dit-on"].kind == "hearsay"
    assert table["dite"].kind == "naming"
    assert table["pour les patients"].kind == "concerned"
    assert all(r.trigger == "pour" for r in table.values() if r.kind == "concerned")
    assert table["c'est selon"].following == ""
    # Lookups are made in lower case: a row written with a capital could never match.
    assert all(key == key.lower() for key in table)


def test_adverbs_hold_negations_adverbs_and_time_words() -> None:
    table = lexicon.adverbs()
    assert table["pas"].kind == table["n'"].kind == "negation"
    assert table["toutefois"].kind == "adverb"
    assert table["pour sa part"].kind == "adverb"
    assert table["quant à elle"].kind == "adverb"
    assert table["hier"].is_time and not table["également"].is_time
    kinds = [a.kind for a in table.values()]
    assert kinds.count("weekday") == 7 and kinds.count("month") == 12


def test_pronouns_carry_gender_number_person_and_kind() -> None:
    table = lexicon.pronouns()
    assert (table["il"].gender, table["il"].number, table["il"].person) == ("m", "sg", 3)
    assert table["j'"].person == 1
    assert table["cette dernière"].kind == "latter"
    assert table["l'intéressée"].kind == "demonstrative"
    assert table["la même source"].kind == "same"
    assert table["l'intéressée"].gender == "f"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        (f"Secrétaire d{RSQUO}État", "secrétaire d'état"),
        (f"  la{NBSP}Maison   Blanche ", "la maison blanche"),
        ("l\N{MODIFIER LETTER APOSTROPHE}UE", "l'ue"),
        ("E\N{COMBINING ACUTE ACCENT}lysée", "élysée"),
        ("quant à lui\N{NARROW NO-BREAK SPACE}", "quant à lui"),
    ],
)
def test_normalize_key_folds_case_apostrophes_and_spaces(raw: str, key: str) -> None:
    assert normalize_key(raw) == key


def test_fold_key_drops_accents_for_capitals_written_without_them() -> None:
    assert fold_key("secrétaire d'État") == fold_key(f"secrétaire d{RSQUO}Etat")
    assert fold_key("Élysée") == "elysee"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a-t-il dit mardi 12 mars au soir", "mardi 12 mars"),
        ("a-t-elle déclaré dimanche dernier", "dimanche dernier"),
        ("ont indiqué jeudi matin les enquêteurs", "jeudi matin"),
        ("a annoncé samedi après-midi", "samedi après-midi"),
        ("selon un communiqué du 1er mai 2024", "1er mai 2024"),
        (f"Lundi{NBSP}soir, il a précisé", f"Lundi{NBSP}soir"),
    ],
)
def test_time_pattern_finds_weekday_led_times(text: str, found: str) -> None:
    match = lexicon.time_pattern().search(text)
    assert match is not None and match.group() == found


def test_time_pattern_ignores_words_that_only_contain_a_weekday() -> None:
    assert lexicon.time_pattern().search("les mardistes ont voté") is None


def _fake_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / name).write_text(text, encoding="utf-8")

    class _Files:
        @staticmethod
        def files(package: str) -> Path:
            return tmp_path

    monkeypatch.setattr(lexicon, "resources", _Files)


def test_read_tsv_skips_comments_and_blank_lines(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_data(monkeypatch, tmp_path, "x.tsv", "# a comment\n\nun\tdeux\n# again\ntrois\tquatre\n")
    rows = lexicon._read_tsv("x.tsv")
    assert [row.fields for row in rows] == [("un", "deux"), ("trois", "quatre")]
    assert [row.line for row in rows] == [3, 5]


def test_read_tsv_names_the_file_and_line_of_a_malformed_row(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_data(monkeypatch, tmp_path, "bad.tsv", "# header\nun\tdeux\ntrois\n")
    with pytest.raises(LexiconError, match=r"bad\.tsv, line 3: expected 2"):
        lexicon._read_tsv("bad.tsv")


def test_read_tsv_reports_a_missing_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_data(monkeypatch, tmp_path, "present.tsv", "a\tb\n")
    with pytest.raises(LexiconError, match=r"absent\.tsv"):
        lexicon._read_tsv("absent.tsv")


def test_a_bad_column_value_is_reported_with_its_line() -> None:
    row = lexicon._Row("titles.tsv", 12, ("maire", "maire", "x", "sg", "mayor", "title"))
    with pytest.raises(LexiconError, match=r"titles\.tsv, line 12: column 'gender' is 'x'"):
        row.choice(2, lexicon.GENDERS, "gender")


def test_role_synonyms_load_and_fold_to_known_labels() -> None:
    synonyms = lexicon.role_synonyms()
    assert synonyms["foreign minister"] == "top diplomat"
    for phrase, canonical in synonyms.items():
        assert phrase == phrase.lower() and canonical == canonical.lower()
        assert phrase != canonical


def test_affiliations_load_and_are_adjectives() -> None:
    found = lexicon.affiliations()
    assert found["écologiste"] == "Green" and found["syndicale"] == "union"
    for form, english in found.items():
        assert form == normalize_key(form) and english.strip() == english and english


def test_civilities_load_and_name_known_titles() -> None:
    """Each abbreviation is a civility the name finder knows, and stands for a real title."""
    from quoteattr import grammar

    found = lexicon.civilities()
    assert found["me"] == "avocat" and found["mgr"] == "évêque"
    canonical = {t.canonical for t in lexicon.titles().values()}
    abbreviations = {w.lower() for w in grammar.words_of("title_abbr")}
    for abbreviation, title in found.items():
        assert abbreviation in abbreviations and title in canonical


def test_title_classes_load_and_name_known_titles() -> None:
    classes = lexicon.title_classes()
    assert "député" in classes["élu"] and "maire" in classes["élu"]
    canonical = {t.canonical for t in lexicon.titles().values()}
    for general, specific in classes.items():
        assert general in canonical and specific <= canonical
        assert general not in specific


@pytest.mark.parametrize("cls", ["persona"])
def test_title_word_classes_name_canonical_titles(cls: str) -> None:
    """Coreference looks these classes up by a title's canonical form: a word that is none
    would never match."""
    canonical = {t.canonical for t in lexicon.titles().values()}
    words = grammar.words_of(cls)
    assert words and words <= canonical


@pytest.mark.parametrize("cls", ["reply", "gradual", "restate", "modal", "utter"])
def test_verb_classes_of_function_words_conjugate(cls: str) -> None:
    """The function-word classes that list verbs by infinitive give their forms (an
    infinitive the conjugator cannot handle would raise on first use, inside extraction)."""
    from quoteattr import verbs

    forms = verbs.forms_of_class(cls)
    assert forms and all(f == f.lower() for f in forms)
    assert verbs.forms_of_class(cls, finite=True) <= forms


def test_function_words_load_and_every_class_has_words() -> None:
    """Each class the code asks for is in the file, in the file's own lower case (titles
    abbreviations such as « M. » keep their capital)."""
    from quoteattr import grammar

    for cls in grammar.FUNCTION_CLASSES:
        words = grammar.words_of(cls)
        assert words, cls
        if cls != "title_abbr":
            assert all(w == w.lower() and w.strip() == w for w in words), cls
    assert grammar.word_class("mot", "word_noun") and grammar.word_class("qu'", "que")


def test_ranks_are_titles_and_judging_words_are_reporting_verbs() -> None:
    """The function-word classes that name lexicon entries point at real ones."""
    from quoteattr import grammar, verbs

    titles = {t.canonical for t in lexicon.titles().values()}
    assert grammar.words_of("rank") <= titles
    assert grammar.words_of("persona") <= titles
    assert grammar.words_of("council_head") <= titles
    lemmas = {v.lemma for v in verbs.load_verbs()}
    assert grammar.words_of("judge") <= lemmas
    assert grammar.words_of("ruling") <= lemmas


def test_uttering_forms_are_not_reporting_verbs() -> None:
    """« a prononcé ces mots », « a eu ces mots »: the utter class names reporting verbs by
    infinitive, which conjugate; utter_form lists forms of verbs that report nothing."""
    from quoteattr import grammar, verbs

    lemmas = {v.lemma for v in verbs.load_verbs()}
    assert grammar.words_of("utter") <= lemmas
    forms = grammar.words_of("utter_form")
    assert {"eu", "tenu"} <= forms
    assert forms.isdisjoint(verbs.form_index()), sorted(forms & set(verbs.form_index()))


def test_see_in_forms_are_forms_of_voir() -> None:
    """« y voit », « y ont vu »: the see_in class lists forms of « voir » only."""
    from quoteattr import grammar

    forms = grammar.words_of("see_in")
    assert {"voit", "voient", "vu"} <= forms
    assert all(f.startswith(("v", "verr")) for f in forms)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Les", "Écologistes"], True),
        (["LR"], True),
        (["divers", "gauche"], True),
        (["sans", "étiquette"], True),
        (["ex-LFI"], True),
        (["de", "Lyon"], False),
        (["75"], False),
        (["voir", "encadré"], False),
        (["A", "B", "C", "D", "E"], False),
    ],
)
def test_party_label_in_brackets(words: list[str], expected: bool) -> None:
    """« le maire (Les Écologistes) », « (ex-LFI) »: the one test mentions and roles share."""
    from quoteattr import grammar

    assert grammar.party_label(words) is expected


def test_civility_title_strips_the_period() -> None:
    assert lexicon.civility_title("Me.") == lexicon.civility_title("Me") == "avocat"
    assert lexicon.civility_title("M.") is None


def test_title_adjectives_load_and_are_lowercase_adjectives() -> None:
    """Each form is a lowercase lexicon key with a one-word English adjective."""
    found = lexicon.title_adjectives()
    assert found["régionale"] == "regional" and found["marine"] == "marine"
    assert len(found) > 50
    for form, english in found.items():
        assert form == normalize_key(form) and form == form.lower()
        assert english and english == english.strip() and " " not in english


def test_a_compound_of_listed_first_names_is_a_first_name() -> None:
    found = lexicon.first_name("Serge-Alain")
    assert found is not None and found.gender == "m"
    assert lexicon.first_name("Saint-Denis") is None  # « Saint » is no first name
    assert lexicon.first_name("Marie-Galante") is None


def test_a_first_name_written_without_its_accent_is_the_listed_one() -> None:
    found = lexicon.first_name("Ines")
    assert found is not None and found.name == "Inès" and found.gender == "f"
