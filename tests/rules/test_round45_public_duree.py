"""Round 45: public, situations and duree wordings written for this test (not copied from samples),
through the real engine.

- public: interviews with the mis en cause named only as the SOURCE of information owed to (or kept from)
  investigators are no statement that the worker receives the mis en cause;
- situations: a check-box grid where only family-violence boxes are ticked restricts the post (vif);
- duree: a convention written as questions (« Pour combien de temps ? ») states its duration in the answer.
"""

from __future__ import annotations

import pytest
from rule_wording import RULES, code

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text

VICTIMES = ("Les victimes d'infractions sont reçues, écoutées et accompagnées par l'intervenante dans leurs "
            "démarches. Lorsque l'auteur présumé présente des difficultés sociales, elle l'oriente vers les "
            "structures compétentes. ")


@pytest.mark.parametrize("text, expected", [
    # the secrecy / transmission sentence does not open the public
    (VICTIMES + "L'intervenante ne peut opposer son secret à l'agent de police judiciaire qui lui demande ce "
     "qu'elle a appris au cours de ses entretiens avec la plaignante ou avec le mis en cause.", "ambiguite"),
    (VICTIMES + "Sur réquisition, elle remet le compte rendu de ses entretiens avec l'auteur présumé.",
     "ambiguite"),
    (VICTIMES + "Les éléments recueillis lors des entretiens avec les personnes mises en cause sont transmis à "
     "l'officier en charge de l'enquête.", "ambiguite"),
    # a real reception of the mis en cause still opens it
    (VICTIMES.split(" Lorsque")[0] + " Elle reçoit également les auteurs présumés qui le souhaitent, dans le "
     "respect du secret professionnel.", "tous_publics"),
    ("L'intervenant social accueille et accompagne aussi les personnes mises en cause.", "tous_publics"),
])
def test_public_secrecy_sentences(text, expected):
    assert code("public", text) == expected


GRID_VIF = ("Champ d'intervention retenu :\n"
            "☑ violences entre conjoints ou ex-conjoints\n"
            "☑ maltraitances commises sur un enfant par un parent ou un membre de la famille\n"
            "☐ autres difficultés sociales signalées par les brigades\n"
            "Le poste est porté par l'association.")


@pytest.mark.parametrize("text, expected", [
    (GRID_VIF, "vif"),
    ("Problématiques prises en compte :\n"
     "- [X] violences au sein du foyer, y compris envers les ascendants\n"
     "- [ ] précarité, isolement\n"
     "- [ ] troubles psychiques\n", "vif"),
    # a ticked box names another situation: generalist grid
    ("Champ d'intervention retenu :\n"
     "☑ violences entre conjoints ou ex-conjoints\n"
     "☑ violences au sein de la famille\n"
     "☑ personnes âgées isolées\n"
     "☐ autres\n", "toutes_situations"),
    # every box ticked, nothing left aside
    ("Situations couvertes :\n"
     "☑ violences au sein de la famille\n"
     "☑ autres situations de détresse sociale\n", "toutes_situations"),
    # nothing ticked
    ("Situations couvertes :\n"
     "☐ violences au sein de la famille\n"
     "☐ autres situations de détresse sociale\n", "toutes_situations"),
])
def test_situations_checkbox_grid(text, expected):
    assert code("situations", text) == expected


def _q(n: int, title: str, body: str) -> tuple[str, str]:
    return f"Question {n} – {title}", body


def code_titled(indicator: str, title: str, body: str) -> str:
    """The value for ``indicator`` on ``body`` read as an article titled ``title``."""
    findings = [f for f in match_text(body, RULES, zone="article", article_title=title) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


@pytest.mark.parametrize("text, expected", [
    (_q(9, "Pour combien de temps ?", "Trois années, de mars 2024 à février 2027."), "triennale"),
    (_q(9, "Pour combien de temps ?", "Du 1er avril 2025 au 31 mars 2028."), "triennale"),
    (_q(9, "Jusqu'à quand ?", "Un an à compter de la signature, soit jusqu'au 30 juin 2026."), "annuelle"),
    # the worker's time, not the convention's
    (_q(5, "Combien de temps l'intervenant est-il présent ?", "Trois ans d'expérience sont exigés ; il "
        "est présent deux jours par semaine."), "non_precisee"),
    (_q(5, "Combien de temps dure un entretien ?", "Une heure environ ; trois ans de suivi au plus."),
     "non_precisee"),
])
def test_duree_question_titles(text, expected):
    assert code_titled("duree", *text) == expected
