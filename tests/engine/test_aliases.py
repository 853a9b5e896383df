"""Defined acronyms read as the kind of organisation they stand for (``aliases`` in qualifiers.yaml)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from iscg_nlp.aliases import resolve
from iscg_nlp.match import match_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rules"))
from rule_wording import RULES, code  # noqa: E402

TABLE = RULES.qualifiers.aliases


def read(text: str) -> str:
    got = resolve(text, TABLE)
    return got[0] if got is not None else text


@pytest.mark.parametrize("text, expected", [
    ("L'Association d'aide aux victimes de l'Isère (AFAVIM) est l'employeur. L'AFAVIM recrute l'intervenant.",
     "L'Association d'aide aux victimes de l'Isère (AFAVIM) est l'employeur. L'association recrute l'intervenant."),
    ("La Communauté d'Agglomération Melun Val de Seine, représentée par son président, ci-après « la CAMVS »,\n"
     "L'intervenante est recrutée par la CAMVS.",
     "La Communauté d'Agglomération Melun Val de Seine, représentée par son président, ci-après « la CAMVS »,\n"
     "L'intervenante est recrutée par la communauté d'agglomération."),
    ("le Centre hospitalier de Sens (CHS) ; le CHS met un bureau à disposition.",
     "le Centre hospitalier de Sens (CHS) ; le centre hospitalier met un bureau à disposition."),
    ("la Communauté de communes du Pays de Lunel (CCPL). La CCPL et la CCPL-Est.",
     "la Communauté de communes du Pays de Lunel (CCPL). La communauté de communes et la CCPL-Est."),
    # an agglomeration named as a party by its own name (no « communauté » in it)
    ("L'Agglomération Seine-Eure, représentée par son président, ci-après « l'ASE »,\nL'ASE, employeur de "
     "l'intervenant social, assure sa rémunération.",
     "L'Agglomération Seine-Eure, représentée par son président, ci-après « l'ASE »,\nL'communauté d'agglomération, "
     "employeur de l'intervenant social, assure sa rémunération."),
])
def test_acronym_reads_as_its_kind(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    # a comma between the name and the bracket: the bracket names something else
    "L'association ADAVI, 12 rue des Lilas (RDC), recrute. Le RDC est accessible.",
    # no listed kind before the acronym
    "La direction départementale de la sécurité publique (DDSP) organise ; la DDSP désigne un référent.",
    # used before its definition, or in another case
    "L'AFAVIM signe. L'Association d'aide aux victimes (AFAVIM) recrute.",
    "L'Association d'aide aux victimes (AFAVIM) recrute ; l'afavim de Vienne.",
    # the agglomeration as a place, in lower case and after the party's head: the police's acronym
    "La circonscription de sécurité publique, compétente sur l'agglomération rouennaise, ci-après « la CSP ».\n"
    "La CSP met un bureau à disposition.",
])
def test_no_reading(text):
    assert read(text) == text


def test_evidence_quotes_the_acronym():
    text = ("Entre l'Association départementale d'aide aux victimes (ADAVIP 35), représentée par sa présidente,\n"
            "Article 4 – Employeur\nL'ADAVIP 35 recrute l'intervenant social et exerce sur lui l'autorité hiérarchique.")
    found = [f for f in match_text(text, RULES) if f.indicator == "type_employeur" and f.status == "fired"]
    assert found and all(f.text == text[f.start:f.end] for f in found)


@pytest.mark.parametrize("text, indicator, expected", [
    ("La Communauté d'Agglomération du Grand Sénonais, représentée par son président, ci-après « la CAGS ».\n"
     "L'intervenante sociale est recrutée par la CAGS, qui est son employeur.", "type_employeur", "ville_interco"),
    ("L'Association France Victimes 38 (AFV 38), représentée par sa présidente.\n"
     "L'AFV 38 est l'employeur de l'intervenant social.", "type_employeur", "association"),
    ("L'Association d'aide aux victimes (AVIMEJ) recrute l'intervenant. L'AVIMEJ exerce sur lui l'autorité "
     "hiérarchique ; le commandant de compagnie exerce l'autorité fonctionnelle.", "autorites", "conforme"),
])
def test_through_the_rules(text, indicator, expected):
    assert code(indicator, text) == expected


@pytest.mark.parametrize("text", [
    # a common noun after « ci-après » is no acronym: the association stays the association
    "La Communauté d'agglomération Var Estérel Méditerranée, représentée par son président, et "
    "l'association d'aide aux victimes, ci-après « l'association ».\nL'association assure la gestion du poste.",
    "La Ville de Fréjus, ci-après dénommée « la Ville », et France Victimes 83, ci-après « l'Association ».\n"
    "L'Association recrute l'intervenant.",
])
def test_a_word_after_ci_apres_is_no_acronym(text):
    assert read(text) == text


def test_a_party_named_by_its_acronym_first_takes_no_kind_from_its_complement():
    text = ("Le CIAS de la Communauté urbaine d'Alençon, représenté par sa vice-présidente, ci-après « le CIAS »,\n"
            "Le CIAS reçoit les personnes à son siège le vendredi.")
    assert read(text) == text


def test_a_member_named_in_the_party_entry_is_not_its_kind():
    """« Le Groupement d'intérêt public …, constitué entre l'État, l'établissement public territorial…,
    ci-après « le GIP » »: the GIP is not the établissement public territorial among its members."""
    text = ("Le Groupement d'intérêt public « Prévention Nord », constitué entre l'État, l'établissement public "
            "territorial et les communes membres, représenté par son directeur, ci-après « le GIP ».\n"
            "Le GIP recrute l'intervenant social.")
    assert read(text) == text


@pytest.mark.parametrize("text, expected", [
    # parties run together in one paragraph (a PDF): the party named with a capital after a comma
    ("Entre le Préfet du Nord, le Département du Nord, La Communauté d'agglomération du Douaisis, représentée "
     "par son Président, ci-après dénommée « la CAD », et l'association.\nLa CAD recrute l'intervenant.",
     "Entre le Préfet du Nord, le Département du Nord, La Communauté d'agglomération du Douaisis, représentée "
     "par son Président, ci-après dénommée « la CAD », et l'association.\nLa communauté d'agglomération "
     "recrute l'intervenant."),
])
def test_a_party_named_with_a_capital_in_a_paragraph_of_parties(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # parties run together on one line (a PDF): the party defined is the one just before « ci-après »
    ("Entre L'État, représenté par le Préfet, La Communauté urbaine de Strasbourg, représentée par son "
     "Président, Les Hôpitaux universitaires de Strasbourg, établissement public de santé, représentés par "
     "leur Directeur général, ci-après dénommés « les HUS », et l'association.\nLes HUS recrutent.",
     "Les centre hospitalier recrutent."),
    ("Le Département, représenté par son président, La Ville de Sens, représentée par son maire, "
     "L'Association d'aide aux victimes de l'Yonne, représentée par sa présidente, ci-après « l'AVIY ».\n"
     "L'AVIY recrute.", "L'association recrute."),
    # one party only: its own « représentée par » stands between its name and « ci-après »
    ("La Communauté de communes du Jovinien, représentée par son président, ci-après « la CCJ ».\nLa CCJ recrute.",
     "La communauté de communes recrute."),
])
def test_parties_on_one_line_define_the_nearest_party(text, expected):
    assert read(text).splitlines()[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # a brand in quotes closing the name, as a bracket would
    ("La Communauté d'agglomération de Blois « Agglopolys », représentée par son Président.\n"
     "Le travailleur social est recruté par Agglopolys.",
     "La Communauté d'agglomération de Blois « Agglopolys », représentée par son Président.\n"
     "Le travailleur social est recruté par communauté d'agglomération."),
    ("L'association d'aide aux victimes « Parenthèse Victimes » recrute. Parenthèse Victimes emploie l'intervenante.",
     "L'association d'aide aux victimes « Parenthèse Victimes » recrute. association emploie l'intervenante."),
])
def test_quoted_brand_reads_as_its_kind(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    # a comma between the name and the quotes: the quoted words name something else
    "La Communauté d'agglomération du Pays Basque, représentée par son président, porte le projet « Horizon ». "
    "Horizon est un programme.",
    # a quoted common noun after « ci-après » is no brand
    "La Ville de Blois, ci-après « la Ville ». La Ville recrute.",
])
def test_no_brand_reading(text):
    assert read(text) == text


def test_quoted_brand_through_the_rules():
    text = ("La Communauté d'agglomération de Blois « Agglopolys », représentée par son Président.\n"
            "Article 3 – Employeur\nLe travailleur social est recruté par Agglopolys, qui assure sa rémunération.")
    assert code("type_employeur", text) == "ville_interco"
