"""Check boxes in conventions laid out as forms: an unticked box denies the item after it, a ticked one
is neutral, « oui / non » boxes answer for the label before them, an empty table row denies its label.

The match is the text between « {{ » and « }} »; the expected list is the negation cues that apply to it.
"""

import sys
from pathlib import Path

import pytest

from iscg_nlp.qualifiers import TextQualifiers, load_qualifier_config

ROOT = Path(__file__).resolve().parents[2]
CONFIG = load_qualifier_config(ROOT / "rules" / "qualifiers.yaml")


def negations(sentence: str) -> list[str]:
    """Negation cues applying to the words between {{ and }} in ``sentence``."""
    start = sentence.index("{{")
    end = sentence.index("}}") - 2
    text = sentence.replace("{{", "").replace("}}", "")
    around, _ = TextQualifiers(text, CONFIG).qualifiers_for(start, end)
    return [q.cue for q in around if q.kind == "negation"]


@pytest.mark.parametrize("sentence, expected", [
    # brackets: the unticked item is denied, the ticked one and the others are not
    ("Public : [X] femmes victimes [ ] auteurs [ ] personnes {{hors champ pénal}}", ["[ ] (case non cochée)"]),
    ("Public : [X] {{femmes victimes}} [ ] auteurs [ ] personnes hors champ pénal", []),
    ("Public : [X] femmes victimes [ ] {{auteurs}} [ ] personnes hors champ pénal", ["[ ] (case non cochée)"]),
    ("Public : [x] victimes [  ] {{auteurs}}", ["[  ] (case non cochée)"]),
    ("Public : [x] {{victimes}} [  ] auteurs", []),
    ("Public : (X) victimes ( ) {{auteurs}}", ["( ) (case non cochée)"]),
    ("Public : (X) {{victimes}} ( ) auteurs", []),
    # ballot-box glyphs, in a bulleted list: the item ends at the end of its line
    ("• ☒ toutes situations\n• ☐ {{violences intrafamiliales}} uniquement\n", ["☐ (case non cochée)"]),
    ("• ☐ violences conjugales uniquement\n• ☒ {{toutes situations}} sociales\n", []),
    ("Type de poste : ☐ police ☑ {{gendarmerie}} ☐ mixte", []),
    ("Type de poste : ☐ {{police}} ☑ gendarmerie ☐ mixte", ["☐ (case non cochée)"]),
    ("Public : ✔ {{victimes}} ✓ auteurs ▢ mineurs", []),
    ("Public : ✔ victimes ✓ auteurs ▢ {{mineurs}}", ["▢ (case non cochée)"]),
    ("Public : ✗ {{victimes}} ☐ auteurs", []),
    # the item stops at « | » (the next cell) and at the end of the clause
    ("Situations | ☐ toutes situations | {{violences conjugales}}", []),
    ("[ ] toutes situations ; les {{violences conjugales}} sont prioritaires.", []),
    # « ■ » is a ticked box in a form, but a bullet outside one
    ("Public : ■ {{victimes}} □ auteurs", []),
    ("Public : ■ victimes □ {{auteurs}}", ["□ (case non cochée)"]),
    ("❑ accueil des victimes\n❑ {{orientation des auteurs}}\n", []),
    ("■ Article 3\n■ {{Bureau}} mis à disposition\n", []),
    # label and « oui / non »
    ("{{Comité de pilotage}} : [ ] oui [X] non\n", ["[X] non (case « non » cochée)"]),
    ("{{Comité de pilotage}} : [X] oui [ ] non\n", []),
    ("{{Secret professionnel}} : ☒ oui\n", []),
    ("{{Secret professionnel}} ☒ oui ☐ non\n", []),
    ("{{Secret professionnel}} : ☐ oui\n", ["☐ oui (case « oui » non cochée)"]),
    ("{{Transmission des notes}} | ☐ oui ☒ non", ["☒ non (case « non » cochée)"]),
    ("{{Comité de suivi}} | [X] oui – annuel [ ] non", []),
    ("{{Comité de pilotage}}\n[ ] oui [X] non\n", ["[X] non (case « non » cochée)"]),
    # table rows, one column per party: denied only when no box of the row is ticked
    ("{{Bureau fermé}} | ☐ | ☒ | ☐\n", []),
    ("Bureau fermé | ☐ | ☒ | ☐\n{{Accès au réseau}} | ☐ | ☐ | ☐\n", ["☐ (aucune case cochée sur la ligne)"]),
    ("{{Bureau fermant à clef}} | – | – | ☐ | –\n", ["☐ (aucune case cochée sur la ligne)"]),
    ("{{Entretien annuel}} | ☐ | avis facultatif | ☐\n", []),
    # the same table read from a PDF: the boxes on the line under their label
    ("{{Bureau à la brigade}}\n[ ] [X] [ ]\nAccès au réseau\n[ ] [ ]\n", []),
    ("Bureau à la brigade\n[ ] [X] [ ]\n{{Accès au réseau}}\n[ ] [ ]\n", ["[ ] (aucune case cochée sur la ligne)"]),
])
def test_checkbox_negation(sentence, expected):
    assert negations(sentence) == expected


def test_ticked_box_is_no_cue_at_all():
    """A ticked box is neither a negation nor any other qualifier."""
    text = "Public : [X] victimes ☒ auteurs ☑ mineurs ✔ familles ■ témoins ✗ proches"
    tq = TextQualifiers(text, CONFIG)
    assert tq.cues == []
    for word in ("victimes", "auteurs", "mineurs", "familles", "témoins", "proches"):
        s = text.index(word)
        assert tq.qualifiers_for(s, s + len(word)) == ([], [])


def test_answer_non_is_not_a_negation_word():
    """The « non » of « ☐ non » is an answer, not the negation word « non »."""
    tq = TextQualifiers("Secret professionnel ☒ oui ☐ non", CONFIG)
    assert not [q for q in tq.cues if q.kind == "negation"]


def test_match_running_over_an_unticked_box():
    """A match that starts before an unticked box and runs into its item is denied too."""
    text = "Public : [X] victimes [ ] auteurs"
    s = text.index("victimes")
    around, _ = TextQualifiers(text, CONFIG).qualifiers_for(s, len(text))
    assert [q.cue for q in around] == ["[ ] (case non cochée)"]


def test_no_checkboxes_section_means_no_box_reading(tmp_path):
    """Without a ``checkboxes`` section the boxes are plain text, as before."""
    raw = (ROOT / "rules" / "qualifiers.yaml").read_text(encoding="utf-8").split("\ncheckboxes:")[0]
    path = tmp_path / "qualifiers.yaml"
    path.write_text(raw, encoding="utf-8")
    config = load_qualifier_config(path)
    assert config.checkboxes is None
    text = "Public : [X] victimes [ ] auteurs"
    s = text.index("auteurs")
    assert TextQualifiers(text, config).qualifiers_for(s, s + 7) == ([], [])


# --------------------------------------------------------------------------- through the real rules

sys.path.insert(0, str(ROOT / "tests" / "rules"))


@pytest.fixture(scope="module")
def code():
    from rule_wording import code as code_fn
    return code_fn


def test_pipeline_unticked_public_is_not_received(code):
    assert code("public", "Public : [X] femmes victimes de violences [ ] auteurs") == "victimes_seulement"
    assert code("public", "Public : [X] femmes victimes de violences [X] auteurs") != "victimes_seulement"
    assert code("public", "Public : [X] victimes [X] auteurs [X] personnes hors champ pénal "
                          "[X] mineurs") == "tous_publics"


def test_pipeline_unticked_item_blocks_rules_that_ignore_negation(code):
    assert code("public", "Public : [X] femmes victimes de violences [ ] auteurs "
                          "[ ] personnes hors champ pénal") == "victimes_seulement"


def test_pipeline_unticked_restriction_is_no_restriction(code):
    text = ("Situations :\n• ☒ toutes situations à composante sociale ou psychosociale\n"
            "• ☐ violences intrafamiliales uniquement\n• ☐ violences conjugales uniquement\n")
    assert code("situations", text) == "toutes_situations"


def test_pipeline_comite_answered_non(code):
    assert code("comite_pilotage", "Comité de pilotage : [ ] oui [X] non\n") == "non_prevu"
    assert code("comite_pilotage", "Comité de pilotage : [X] oui [ ] non\n") == "prevu"


@pytest.mark.parametrize("text, word", [
    ("Entre M. [ ], préfet du département, et le conseil départemental", "préfet"),
    ("La convention est signée le [ ] à Rennes par le préfet.", "préfet"),
    ("Le montant ( ) est versé à l'association.", "association"),
])
def test_blanks_to_fill_in_are_no_boxes(text, word):
    """In a model with blanks and no ticked box, « [ ] » and « ( ) » are blanks, not boxes."""
    s = text.index(word)
    assert TextQualifiers(text, CONFIG).qualifiers_for(s, s + len(word)) == ([], [])
