"""Inclusive writing: the derived text rules are matched on, its offsets, and the whole engine on it."""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.inclusive import derive, strip_inclusive
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

POSITIVE = [
    ("l'intervenant·e social·e", "l'intervenant social"),
    # « cheffe » with a mark: the stem keeps its « f »
    ("le/la chef·fe de circonscription", "le chef de circonscription"),
    ("la chef.fe de brigade", "la chef de brigade"),
    ("le chef-fe de poste", "le chef de poste"),
    ("les chef·fe·s d'unité", "les chefs d'unité"),
    ("le/la référent·e hiérarchique", "le référent hiérarchique"),
    ("la/le référent·e", "la référent"),
    ("placé·e sous l'autorité", "placé sous l'autorité"),
    ("les salarié(e)s", "les salariés"),
    ("le salarié(e)", "le salarié"),
    ("travailleur·euse social·e", "travailleur social"),
    ("les travailleur·euses sociaux·ales", "les travailleurs sociaux"),
    ("les usager·ères", "les usagers"),
    ("il/elle", "il"),
    ("ils/elles", "ils"),
    ("celui/celle", "celui"),
    ("un/une", "un"),
    ("du/de la", "du"),
    ("au/à la", "au"),
    ("lui/elle", "lui"),
    ("tous/toutes", "tous"),
    ("certain·es", "certains"),
    ("intervenant.e", "intervenant"),
    ("les intervenant.e.s", "les intervenants"),
    ("diplômé-e", "diplômé"),
    ("les intervenant·e·s", "les intervenants"),
    ("tou·te·s", "tous"),
    ("tout·e·s", "tous"),
    ("salarié/e/s", "salariés"),
    ("professionnel.le", "professionnel"),
    ("citoyen·ne·s", "citoyens"),
    ("directeur•rice", "directeur"),
    ("acteur‧trice·s", "acteurs"),
    ("agent⋅e", "agent"),
    ("sportif·ive", "sportif"),
    ("L'INTERVENANT·E SOCIAL·E", "L'INTERVENANT SOCIAL"),
    ("Le/La référent·e", "Le référent"),
    ("il·elle", "il"),
    ("le(s) partenaire(s)", "le partenaire"),
    ("intéressé(e)(s)", "intéressés"),
]

NEGATIVE = [
    "et/ou",
    "le 12/03/2021",
    "1/2 ETP",
    "0,5 ETP soit 1/2 poste",
    "art. L.226-2-2 du code",
    "article L. 226-13",
    "la C.A.F. du département",
    "M. le Préfet",
    "Mme la Procureure",
    "le salarié. Elle est recrutée",
    "www.intervenant.es et https://site.fr/le/la",
    "prenom.le@exemple.fr",
    "(e.g. les victimes)",
    "a) les victimes ; b) les auteurs",
    "transmettez-les au service",
    "a-t-elle été informée",
    "le commandant de brigade/le commissaire",
    "convention n°/2021-12",
    "voir art.les",
    "le 1er janvier.Elle",
    "la convention.s",
    "police/gendarmerie",
    "i.e. les mineurs",
]


@pytest.mark.parametrize("raw, plain", POSITIVE)
def test_marks_removed_first_form_kept(raw, plain):
    derived, offsets = strip_inclusive(raw)
    assert derived == plain
    assert len(offsets) == len(derived)
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
    # every character kept is the document's own (the plural « s » is the one written after the mark)
    assert all(raw[i].lower() == c.lower() for c, i in zip(derived, offsets))


@pytest.mark.parametrize("raw", NEGATIVE)
def test_left_alone(raw):
    assert strip_inclusive(raw) == (raw, list(range(len(raw))))


def test_no_mark_no_copy():
    assert derive("L'intervenant social est salarié de l'association.") is None


def test_offsets_in_a_sentence():
    raw = "Le/la référent·e hiérarchique de l'intervenant·e est le/la directeur·rice."
    derived, offsets = strip_inclusive(raw)
    assert derived == "Le référent hiérarchique de l'intervenant est le directeur."
    k = derived.index("hiérarchique")
    assert raw[offsets[k]:offsets[k] + len("hiérarchique")] == "hiérarchique"
    k = derived.index("directeur")
    assert raw[offsets[k]:].startswith("directeur·rice")


# --------------------------------------------------------------------------- the real engine


@pytest.fixture(scope="module")
def rules():
    return load_ruleset()


def _code(rules, indicator: str, text: str):
    findings = [f for f in match_text(text, rules) if f.indicator == indicator]
    return decide_indicator(rules.files[indicator], findings).value, findings


SAME_AS_PLAIN = [
    ("autorites",
     "L'intervenant social est placé sous l'autorité hiérarchique du directeur de l'association ; "
     "son référent hiérarchique est le chef de service.",
     "L'intervenant·e social·e est placé·e sous l'autorité hiérarchique du/de la directeur·rice de "
     "l'association ; son/sa référent·e hiérarchique est le/la chef·fe de service."),
    ("deontologie",
     "L'intervenant social est soumis au secret professionnel ; il intervient avec l'accord des personnes.",
     "L'intervenant.e social.e est soumis.e au secret professionnel ; il/elle intervient avec l'accord "
     "des personnes."),
    ("public",
     "L'intervenant social accueille les victimes et les auteurs, majeurs et mineurs.",
     "L'intervenant·e social·e accueille les victimes et les auteur·rices, majeur·es et mineur·es."),
    ("qualification",
     "L'intervenant social est titulaire d'un diplôme d'État de travail social.",
     "L'intervenant(e) social(e) est titulaire d'un diplôme d'État de travail social."),
]


@pytest.mark.parametrize("indicator, plain, inclusive", SAME_AS_PLAIN)
def test_same_value_as_plain_french(rules, indicator, plain, inclusive):
    v_plain, f_plain = _code(rules, indicator, plain)
    v_incl, f_incl = _code(rules, indicator, inclusive)
    assert v_incl == v_plain
    assert sorted(f.rule_id for f in f_incl) == sorted(f.rule_id for f in f_plain)
    for f in f_incl:  # evidence quoted verbatim, offsets into the text as written
        assert inclusive[f.start:f.end] == f.text
        assert inclusive[f.cue_start:f.cue_end] == f.cue
        for q in f.qualifiers:
            assert inclusive[q.start:q.end] == q.cue


def test_cue_and_evidence_are_verbatim(rules):
    text = ("Le/la référent·e hiérarchique de l'intervenant·e social·e, placé·e sous l'autorité hiérarchique "
            "du/de la directeur·rice de l'association, est le/la chef·fe de service.")
    plain = ("Le référent hiérarchique de l'intervenant social, placé sous l'autorité hiérarchique "
             "du directeur de l'association, est le chef de service.")
    v_plain, f_plain = _code(rules, "autorites", plain)
    v_incl, findings = _code(rules, "autorites", text)
    assert v_incl == v_plain
    assert findings and all(text[f.start:f.end] == f.text for f in findings)
    assert any("référent·e" in f.text for f in findings)
    assert any("du/de la directeur·rice" in f.cue for f in findings)
    assert all(text[f.cue_start:f.cue_end] == f.cue for f in findings)


def test_negation_still_judged_in_inclusive_writing(rules):
    plain = "Le comité de pilotage ne se réunit pas ; l'intervenant social n'y siège pas."
    incl = "Le comité de pilotage ne se réunit pas ; l'intervenant·e social·e n'y siège pas."
    assert _code(rules, "comite_pilotage", incl)[0] == _code(rules, "comite_pilotage", plain)[0]
