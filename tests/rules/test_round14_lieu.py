"""Round 14, lieu_exercice: wordings other conventions could use, through the real engine.

Three phenomena, none written from a sample's sentence:
- the other place of a split week named by one of its facilities (« le point d'accueil social du
  CCAS », « l'espace d'accueil de la mairie », « le service de l'aide sociale à l'enfance ») or by the
  child-welfare service (ASE), including one item of a bulleted schedule read on its own;
- the commonest OCR slip on the unit (« cornmissariat », rn read for m) does not hide the unit;
- a provision of the previous convention that is not renewed (« n'est pas reconduit / maintenu /
  renouvelé », « est abrogé ») says nothing of where the worker exercises now: neither oui nor non.
"""

from __future__ import annotations

import pytest

from rule_wording import code_articles

KEY = "lieu_exercice"


def code(*texts: str) -> str:
    """Value of lieu_exercice for article texts decided together (one convention)."""
    return code_articles(KEY, *texts)


# ---- 1. the other place named by a facility, or the child-welfare service
FACILITY_SPLIT = [
    ("Elle exerce trois jours par semaine au commissariat et deux jours a l'espace d'accueil de la mairie.", "partiellement"),
    ("Deux jours par semaine, l'intervenant reçoit au point d'accueil du centre communal d'action sociale ; le reste du temps il est au commissariat.", "partiellement"),
    ("L'intervenante passe trois jours à la brigade et deux jours au service de l'aide sociale à l'enfance.", "partiellement"),
    ("Une journée par semaine est consacrée au travail administratif au service de l'ASE, les autres jours à la compagnie.", "partiellement"),
    ("Le temps de travail est organisé ainsi :\n- trois jours au commissariat de Dole ;\n- deux jours au service départemental de protection de l'enfance, à Lons.", "partiellement"),
    ("Répartition hebdomadaire :\n- brigade de Gray : deux jours ;\n- un jour et demi au point d'accueil social de la mairie de Gray.", "partiellement"),
    ("Il tient le mardi et le jeudi un accueil au lieu d'accueil du CCAS et exerce les autres jours à la brigade.", "partiellement"),
    # not a split: an orientation, a delay, a denial
    ("Les familles sont orientées vers le service de l'aide sociale à l'enfance, qui les rappelle dans un délai de deux jours.", "non_precise"),
    ("L'intervenant n'exerce jamais au point d'accueil social du CCAS : il est présent cinq jours par semaine au commissariat.", "oui"),
    ("En dehors de ses jours de présence, les sollicitations sont transmises au service de l'aide sociale à l'enfance.", "non_precise"),
]

# ---- 2. OCR slip rn for m on the unit
OCR_UNIT = [
    ("L'intervenante exerce au sein du cornmissariat de police de Sete.", "oui"),
    ("Il est present deux jours par semaine au cornmissariat et trois jours au CCAS.", "partiellement"),
    ("Planning hebdomadaire : cornmissariat (3 jours), mairie (2 jours).", "partiellement"),
    ("Elle travaille a temps plein au cornmissariat central.", "oui"),
    ("Son bureau est installe dans les locaux du comrnissariat.", "oui"),
    ("L'intervenant n'est pas installe au cornmissariat : il exerce depuis les locaux de l'association.", "non"),
]

# ---- 3. a provision of the previous convention that is not renewed
NOT_RENEWED = [
    ("L'article 4 de la convention précédente, relatif au bureau mis à disposition au commissariat, n'est pas reconduit.", "non_precise"),
    ("Le bureau dont disposait l'intervenant dans les locaux de la brigade n'est pas maintenu pendant les travaux.", "non_precise"),
    ("Les permanences à la brigade prévues par la convention de 2019 ne sont pas renouvelées.", "non_precise"),
    ("La disposition relative à l'installation de l'intervenante au sein de la compagnie ne sera pas reconduite en 2024.", "non_precise"),
    ("L'article 6 de l'ancienne convention (bureau au sein du commissariat) est abrogé.", "non_precise"),
    ("Est supprimee la disposition de la convention de 2018 relative au bureau au sein de l'hotel de police.", "non_precise"),
    # the renewal of the provision keeps the worker in the unit
    ("L'article 5 de la convention initiale, relatif au bureau mis à disposition à la brigade, est reconduit.", "oui"),
    # another clause still places the worker
    ("Le bureau de la brigade de Forbach n'est pas maintenu ; l'intervenant exerce désormais au sein de la brigade de Stiring.", "oui"),
    ("L'article 5 de la convention initiale n'est pas reconduit : l'intervenant exerce depuis les locaux de l'association.", "non"),
]


@pytest.mark.parametrize("text,expected", FACILITY_SPLIT + OCR_UNIT + NOT_RENEWED)
def test_round14_lieu_wordings(text: str, expected: str) -> None:
    assert code(text) == expected, text
