"""Drafting remarks of a draft (« [Remarque DDETS : …] », « [Option B – non retenue] … ») do not vote;
a label that only introduces the proposed clause (« [ajout préfecture – à valider] ») leaves it read.

Wordings written for this test (not the samples'), through the real engine (``rule_wording.code``).
"""

from __future__ import annotations

import pytest
from rule_wording import code

from iscg_nlp.drafting import remarks

SECRET_OK = ("L'intervenant social est tenu au secret professionnel dans les conditions de l'article 226-13 "
             "du code pénal. ")


@pytest.mark.parametrize("text, expected", [
    # remarks reporting a removed clause: the clause is not in the draft
    (SECRET_OK + "[Remarque du service juridique : la notion de secret partagé avec les enquêteurs, présente "
     "dans la première version, a été retirée.]", "securisee"),
    (SECRET_OK + "[Commentaire de la DDETS : nous avons supprimé la transmission d'un compte rendu de chaque "
     "entretien à l'officier de police judiciaire.]", "securisee"),
    (SECRET_OK + "[NB : la préfecture proposait que l'intervenant partage le secret avec les enquêteurs ; "
     "proposition abandonnée.]", "securisee"),
    (SECRET_OK + "[Note de la rédaction : ancienne mention « secret partagé » supprimée]", "securisee"),
    # a rejected option, with its text inside or after the label
    (SECRET_OK + "[SUPPRIMÉ à la demande de l'ANISCG : Les informations recueillies sont partagées avec les "
     "enquêteurs dans le cadre du secret partagé.]", "securisee"),
    (SECRET_OK + "[Option 2 – non retenue] Les informations recueillies sont partagées avec les enquêteurs "
     "dans le cadre du secret partagé.\nLes entretiens sont confidentiels.", "securisee"),
    # the same clause proposed, or retained: read
    (SECRET_OK + "[ajout préfecture – à valider]\nLes informations recueillies sont partagées avec les "
     "enquêteurs dans le cadre du secret partagé.", "contre_sens"),
    (SECRET_OK + "[Option 1 – retenue] Les informations recueillies sont partagées avec les enquêteurs "
     "dans le cadre du secret partagé.", "contre_sens"),
    (SECRET_OK + "Les informations recueillies sont partagées avec les enquêteurs dans le cadre du secret "
     "partagé [à compléter].", "contre_sens"),
])
def test_remarks_do_not_vote_on_ethics(text, expected):
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("[Supprimé : La présente convention est conclue pour une durée de trois ans.]\n"
     "La présente convention est conclue pour une durée d'un an.", "annuelle"),
    ("[Option B – écartée] La présente convention est conclue pour une durée de trois ans.\n"
     "La présente convention est conclue pour une durée d'un an.", "annuelle"),
    ("[Commentaire : les partenaires souhaitaient trois ans.]\n"
     "La présente convention est conclue pour une durée d'un an.", "annuelle"),
    ("[Option A – retenue] La présente convention est conclue pour une durée de trois ans.", "triennale"),
])
def test_rejected_options_do_not_vote_on_duration(text, expected):
    assert code("duree", text) == expected


def test_spans_and_labels():
    text = ("Article 4. [Option B – non retenue, à supprimer dans la version définitive] Recrutement à mi-temps.\n"
            "Recrutement à temps plein. [Remarque : à confirmer] [nom] [Option A – retenue] Fin.")
    spans = remarks(text)
    assert [(text[s.start:s.end], s.target) for s in spans] == [
        ("[Option B – non retenue, à supprimer dans la version définitive] Recrutement à mi-temps.",
         "option écartée du projet"),
        ("[Remarque : à confirmer]", "remarque de rédaction"),
    ]
    assert all(s.drafting for s in spans)
    assert remarks("Aucun crochet dans ce texte.") == []
