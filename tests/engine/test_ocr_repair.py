"""Scanning slips (« m » read « rn ») repaired once for every rule, evidence kept verbatim."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import iscg_nlp.match as match_mod
from iscg_nlp import ocr
from iscg_nlp.inclusive import OffsetMap
from iscg_nlp.match import match_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rules"))
from rule_wording import RULES, code  # noqa: E402

TABLE = ocr.load_table(RULES.qualifiers.source)


def repaired(text: str) -> str:
    got = ocr.repair(text, TABLE)
    return text if got is None else got[0]


@pytest.mark.parametrize("slipped, right", [
    ("cornmissariat", "commissariat"), ("gendarrnerie", "gendarmerie"), ("cornmandant", "commandant"),
    ("rnilitaires", "militaires"), ("rnineurs", "mineurs"), ("rnission", "mission"), ("fernmes", "femmes"),
    ("cornmune", "commune"), ("cornrnune", "commune"), ("comrnunauté", "communauté"),
    ("rnunicipale", "municipale"), ("cornité", "comité"), ("rninistère", "ministère"), ("rnairie", "mairie"),
    ("hornmes", "hommes"), ("rnembres", "membres"), ("farnilles", "familles"), ("dornicile", "domicile"),
    ("rnoyens", "moyens"), ("perrnanences", "permanences"), ("rnême", "même"), ("cornme", "comme"),
    ("CORNMISSARIAT", "COMMISSARIAT"), ("Gendarrnerie", "Gendarmerie"), ("Rnission", "Mission"),
    ("rninistere", "ministere"), ("cornrnandement", "commandement"),
    # « n » read « u » (``slips``)
    ("intervenaute", "intervenante"), ("iutervenant", "intervenant"), ("interveuantes", "intervenantes"),
    ("couvention", "convention"), ("geudarmerie", "gendarmerie"), ("violeuces", "violences"),
    ("eufants", "enfants"), ("persouues", "personnes"), ("départemeutal", "départemental"),
    ("Intervenaute", "Intervenante"), ("CONVENTIOU", "CONVENTION"),
    # « i » read « l » (``slips``, series 46)
    ("hiérarchlque", "hiérarchique"), ("hlérarchique", "hiérarchique"), ("hierarchlquement", "hierarchiquement"),
    ("instructlons", "instructions"), ("dlrective", "directive"), ("dlsciplinaire", "disciplinaire"),
])
def test_slipped_domain_words_are_repaired(slipped, right):
    assert repaired(f"le {slipped}, puis") == f"le {right}, puis"


@pytest.mark.parametrize("word", [
    "gouvernement", "interne", "tournée", "concerne", "journée", "externe", "alternance", "Marne", "Tarn",
    "Saint-Ouen", "caserne", "moderne", "corne", "cornemuse", "borne", "retourne", "charnel", "GOUVERNEMENT",
    "Hautes-Pyrénées", "préfecture",
    # words with a « u » where the list has an « n »: French words stay
    "couverture", "nouvelle", "pouvoir", "aucune", "Vaucluse", "bureau", "mutuelle", "unité",
    # words with an « l » where the list has an « i »
    "hiérarchie", "instruction", "directeur", "discipline", "direction",
])
def test_french_words_are_left_untouched(word):
    text = f"Dans la {word} du département."
    assert ocr.repair(text, TABLE) is None


def test_only_whole_words_are_repaired():
    # a slipped form inside a longer word is not a domain word
    assert ocr.repair("les cornmissariats-annexes et xcornmune", TABLE)[0] == "les commissariats-annexes et xcornmune"


def test_offsets_point_to_the_verbatim_text():
    text = "Au cornmissariat de la gendarrnerie."
    fixed, offsets = ocr.repair(text, TABLE)
    assert fixed == "Au commissariat de la gendarmerie."
    back = OffsetMap(offsets, len(text))
    s = fixed.index("commissariat")
    e = s + len("commissariat")
    assert text[back.start(s):back.end(e)] == "cornmissariat"
    s = fixed.index("gendarmerie")
    assert text[back.start(s):back.end(s + len("gendarmerie"))] == "gendarrnerie"


def test_no_slip_no_copy():
    assert ocr.repair("Le commissariat de police de la Marne et le gouvernement.", TABLE) is None


def test_forms_are_generated_not_listed():
    assert ocr.slipped_forms("commune") == {"cornmune", "comrnune", "cornrnune"}
    assert ocr.expand("municipal(e)(s)") == ["municipal", "municipals", "municipale", "municipales"]


def test_end_to_end_slip_places_the_worker_with_verbatim_evidence(monkeypatch):
    text = "L'intervenant social est installé dans les locaux du cornmissariat."
    assert code("type_poste", text) == "police"
    found = [f for f in match_text(text, RULES) if f.indicator == "type_poste"]
    assert any(f.cue == "cornmissariat" and f.text == text for f in found)
    # the same sentence without the repair: the slip misleads the rule
    monkeypatch.setattr(match_mod, "load_table", lambda path: ocr.OcrTable({}))
    assert code("type_poste", text) != "police"


def test_repair_and_inclusive_writing_compose():
    text = "L'intervenant·e social·e exerce ses rnissions au sein du cornmissariat de Vesoul."
    found = [f for f in match_text(text, RULES) if f.indicator == "lieu_exercice"]
    assert any(f.cue == "exerce ses rnissions au sein du cornmissariat" for f in found)
    assert code("lieu_exercice", text) == "oui"


@pytest.mark.parametrize("text, expected", [
    ("Un double de cette note est adressé à I'officier chargé de I'affaire.", "Un double de cette note est adressé à l'officier chargé de l'affaire."),
    ("I’association recrute.", "l’association recrute."),
])
def test_capital_i_before_an_apostrophe_reads_l(text, expected):
    got = ocr.repair(text, ocr.load_table(RULES.qualifiers.source))
    assert got is not None and got[0] == expected and len(got[1]) == len(text)


@pytest.mark.parametrize("text", ["ISCG : I.S.C.G.", "Article I' bis", "C'est I'"])
def test_other_capital_i_stays(text):
    got = ocr.repair(text, ocr.load_table(RULES.qualifiers.source))
    assert got is None or got[0] == text


def test_scanned_elision_through_the_rules():
    text = ("L'intervenant social est tenu au secret professionnel. Un compte rendu de chaque entretien est "
            "adressé à I'officier de police judiciaire chargé de I'enquête.")
    assert code("deontologie", text) == "contre_sens"
