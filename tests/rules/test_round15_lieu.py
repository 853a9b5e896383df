"""Round 15, lieu_exercice: wordings other conventions could use, through the real engine.

Three phenomena, none written from a sample's sentence:
- the rest of a split week said as « the other days » (« les deux autres journées », « les autres
  jours », « les journées restantes »), the other place named with « à » or « depuis »: the time is
  shared between the unit and that place;
- a visit to the unit's premises (« lors de ses déplacements / venues / passages dans les locaux »,
  « lorsqu'il se rend au sein de la brigade ») is not exercising there;
- the departmental territorial social-action office (UTAS, UTPAS, unité territoriale de prévention et
  d'action sociale, centre médico-social) is a place outside the unit.
"""

from __future__ import annotations

import pytest

from rule_wording import code_articles

KEY = "lieu_exercice"


def code(*texts: str) -> str:
    """Value of lieu_exercice for article texts decided together (one convention)."""
    return code_articles(KEY, *texts)


# ---- 1. the other days of the week spent elsewhere
OTHER_DAYS = [
    (("Elle est présente deux journées par semaine à la brigade de Lannion.",
      "Les trois autres journées, elle accueille le public au centre social de la ville."), "partiellement"),
    (("L'intervenant est installé trois jours par semaine au commissariat.",
      "Les autres journees, il recoit les personnes a la mairie annexe."), "partiellement"),
    (("Le lundi et le jeudi, l'intervenante travaille au sein de la compagnie.",
      "Les autres jours, elle suit les situations depuis le centre communal d'action sociale."), "partiellement"),
    (("Quatre demi-journées par semaine, le bureau de l'intervenant se situe à l'hôtel de police.",
      "Les demi-journées restantes sont assurées au CCAS."), "partiellement"),
    (("Il exerce trois jours par semaine à la brigade.",
      "Les deux autres jours sont passés depuis la maison des solidarités, d'où il assure le travail de liaison."), "partiellement"),
    (("Les deux autres journées, l'intervenante reçoit à l'espace des solidarités du Département ; "
      "le reste de la semaine, elle est au commissariat.",), "partiellement"),
    # not a split: the other days are denied elsewhere, or spent in another unit
    (("Il exerce trois jours par semaine au commissariat de Lens.",
      "Les deux autres journées, il n'exerce pas au CCAS : il reste au commissariat."), "oui"),
    (("Elle travaille trois jours par semaine à la brigade de Dinan.",
      "Les deux autres journées, elle est présente à la brigade de Broons."), "oui"),
]

# ---- 2. a visit to the unit's premises is not working there
VISITS = [
    ("Lors de ses déplacements dans les locaux de la brigade, l'agent respecte le règlement intérieur de l'unité.", "non_precise"),
    ("Lorsqu'elle se rend au sein du commissariat, l'intervenante présente sa carte professionnelle à l'accueil.", "non_precise"),
    ("A l'occasion de ses venues dans l'enceinte de la caserne, il est accompagne par un militaire.", "non_precise"),
    ("Lors de son passage dans les locaux de la compagnie, le travailleur social est muni d'un badge.", "non_precise"),
    ("Quand il se déplace dans les locaux de la gendarmerie, l'agent est couvert par l'assurance du Département.", "non_precise"),
    ("Lors de ses visites au sein de l'hôtel de police, elle est reçue par l'officier référent.", "non_precise"),
    # the visits do not undo a real placement said in another sentence
    (("L'intervenante est installée dans les locaux de la brigade.",
      "Lors de ses déplacements dans les autres brigades, elle se conforme aux consignes de sécurité."), "oui"),
    ("L'intervenant exerce au sein du commissariat ; lors de ses déplacements à domicile, il informe sa hiérarchie.", "oui"),
]

# ---- 3. the departmental territorial social-action office is outside the unit
TERRITORIAL_OFFICE = [
    ("L'agent est basé à l'unité territoriale de prévention et d'action sociale de Valenciennes.", "non"),
    ("Son bureau est situé à l'UTAS du secteur, d'où elle rayonne sur les brigades.", "non"),
    ("L'intervenante est installee au centre medico-social de Saint-Amand.", "non"),
    ("Le Département met à sa disposition un bureau à l'UTPAS de Maubeuge.", "non"),
    ("Il est implanté dans les locaux de l'unité territoriale d'action sociale et d'insertion.", "non"),
    # in the unit as well: the unit wins, or the week is split
    (("L'intervenant exerce au sein du commissariat de Roubaix.",
      "Il n'est pas installé à l'UTPAS de Roubaix."), "oui"),
    (("L'intervenante exerce deux jours par semaine au sein de la brigade.",
      "Son bureau principal est installé à l'UTPAS de Cambrai."), "partiellement"),
]


def _texts(item: str | tuple[str, ...]) -> tuple[str, ...]:
    return item if isinstance(item, tuple) else (item,)


@pytest.mark.parametrize("texts,expected", OTHER_DAYS + VISITS + TERRITORIAL_OFFICE)
def test_round15_lieu_wordings(texts: str | tuple[str, ...], expected: str) -> None:
    assert code(*_texts(texts)) == expected, texts
