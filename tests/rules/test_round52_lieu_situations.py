"""Round 52 wordings (lieu_exercice, situations, duree) through the real engine. Held-out, never copied from a sample.

- lieu_exercice: weekdays RESERVED for home visits / outside accompaniments are time out of the unit (partiellement);
  a week split between a commissariat and a brigade « dans les locaux des services signataires » stays in units (oui).
- situations: the article that defines the public (« Public », « Personnes accompagnées ») receiving only victims of
  intrafamily violence restricts the post (vif); women victims of violence « au sein du couple » is the conjugal field.
  The article title is not seen by ``code``: these go through whole-document coding in the sample re-runs; here the
  sentence-level guards (« notamment », « toute personne en difficulté ») are checked.
- duree: a convention that runs until the term of another instrument (CSI, CLS, contrat de ville) is « autre ».
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles

LIEU = [
    # the week: three days in the unit, the other days reserved for work outside
    (("L'intervenant social est présent à la brigade de Loudéac trois jours par semaine.",
      "Les jeudis et vendredis sont consacrés aux visites à domicile et aux accompagnements extérieurs des victimes."), "partiellement"),
    (("L'intervenante exerce au commissariat de Lunel les lundi, mardi et mercredi.",
      "Elle consacre ses jeudis et vendredis aux accompagnements physiques vers le tribunal et l'hôpital."), "partiellement"),
    (("L'intervenant est accueilli au commissariat de Vierzon deux jours par semaine.",
      "Les autres journées restent dédiées aux interventions à domicile, dans tout le ressort."), "partiellement"),
    # traps: trips to other units, on request, denied
    (("L'intervenant social est présent à la brigade de Loudéac trois jours par semaine.",
      "Le vendredi est consacré aux déplacements dans les autres brigades du ressort."), "oui"),
    (("L'intervenante exerce à plein temps dans les locaux du commissariat d'Alès.",
      "Aucun jour n'est réservé aux visites à domicile, qui se font au cas par cas."), "oui"),
    # the week split between two units of the forces, all in the signatory services
    (("L'intervenante exerce au poste de police de Vitré les lundi et mardi, et à la brigade de gendarmerie de Janzé les "
      "mercredi, jeudi et vendredi, la totalité de son temps de travail se déroulant dans les locaux des services signataires.",), "oui"),
]


@pytest.mark.parametrize("texts,expected", LIEU)
def test_lieu(texts, expected):
    assert code_articles("lieu_exercice", *texts) == expected


SITUATIONS_SILENT = [
    "L'intervenante accueille toute personne en difficulté sociale, notamment les victimes de violences intrafamiliales.",
    "L'intervenant social reçoit les victimes de violences familiales ainsi que toute personne dont la situation comporte une dimension sociale.",
    "L'intervenant n'accueille pas seulement les victimes de violences intrafamiliales.",
    "Le bilan 2023 compte 70 % de victimes de violences intrafamiliales parmi les personnes reçues.",
]


@pytest.mark.parametrize("text", SITUATIONS_SILENT)
def test_situations_generalist_stays(text):
    assert code("situations", text) == "toutes_situations"


DUREE = [
    ("La présente convention s'applique à compter de sa signature et jusqu'à l'échéance du contrat local de sécurité.", "autre"),
    ("Elle produit ses effets pour la durée restant à courir du contrat de ville de l'agglomération.", "autre"),
    ("La convention prend fin au terme du contrat de sécurité intégrée, soit le 31 décembre 2027.", "autre"),
    # traps: an employment contract or a grant tied to the term; a denied end; an explicit duration wins
    ("Le contrat de travail de l'intervenant court jusqu'au terme du contrat de ville.", "non_precisee"),
    ("La subvention est versée jusqu'à l'échéance du contrat local de sécurité.", "non_precisee"),
    ("La présente convention ne prend pas fin au terme du contrat de sécurité intégrée.", "non_precisee"),
]


@pytest.mark.parametrize("text,expected", DUREE)
def test_duree(text, expected):
    assert code("duree", text) == expected


def test_duree_explicit_three_years_wins():
    assert code_articles("duree", "La convention est conclue pour trois ans.",
                         "Elle prend fin au plus tard au terme du contrat local de sécurité.") == "triennale"
