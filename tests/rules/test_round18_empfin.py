"""Round 18, type_employeur: three ways real texts name the employer that the rules missed.

- the employer « porte ce poste » / « a accepté de porter le poste » (infinitive and demonstrative,
  not only « porte le poste »);
- an association known by its ADSEA acronym (« l'ADSEA 16, employeur »), the sauvegarde de
  l'enfance family;
- the single collectivities that took over the départements' powers (Collectivité de Corse,
  Collectivité territoriale de Martinique / de Guyane) employ the post-holder as a département would.
Wordings written for this test, none taken from a sample; run through the real engine as
``test_heldout_wordings`` does.
"""

from __future__ import annotations

import pytest

from test_heldout_wordings import code

PORTER = [
    ("La communauté d'agglomération a accepté de porter ce poste.", "ville_interco"),
    ("La Ville de Vierzon portera le poste d'intervenant social pendant trois ans.", "ville_interco"),
    ("Compétente en matière de prévention, la communaute de communes porte ce poste depuis 2015.", "ville_interco"),
    ("Le CCAS porte le poste et en assure la gestion.", "ville_interco"),
    ("L'association Tremplin a accepté de porter ce poste.", "association"),
    ("Le Département portera ce poste à compter du 1er janvier.", "conseil_departemental"),
    ("La commune ne porte pas le poste, confié à l'association Escale.", "autre"),
    ("La communauté de communes finance le poste porté par ailleurs.", "autre"),
]

ADSEA = [
    ("L'ADSEA 16, employeur, exerce l'autorité hiérarchique sur l'intervenant social.", "association"),
    ("L'intervenant est salarié de l'ADSEA du Gers.", "association"),
    ("Le recrutement est effectué par l'A.D.S.E.A.", "association"),
    ("L'ADSEAO recrute une éducatrice spécialisée pour occuper le poste.", "association"),
    ("L'intervenante sociale est une educatrice specialisee de l'ADSEA 24.", "association"),
    ("L'intervenant oriente les mineurs vers l'ADSEA et l'aide sociale à l'enfance.", "autre"),
]

COLLECTIVITE_UNIQUE = [
    ("L'intervenant social est agent de la Collectivité de Corse.", "conseil_departemental"),
    ("Le travailleur social est recruté par la Collectivite territoriale de Martinique.", "conseil_departemental"),
    ("La Collectivité territoriale de Guyane emploie l'intervenante sociale.", "conseil_departemental"),
    ("L'intervenante est salariée de la Collectivité de Corse, direction de l'action sociale.", "conseil_departemental"),
    ("La Collectivité de Corse, représentée par le Président du Conseil exécutif, ci-après « l'employeur » ;",
     "conseil_departemental"),
    ("La Collectivité de Corse participe au financement du poste.", "autre"),
    ("L'intervenant oriente les personnes vers les services de la Collectivité de Corse.", "autre"),
]


@pytest.mark.parametrize("text, expected", PORTER + ADSEA + COLLECTIVITE_UNIQUE)
def test_round18_employer_wordings(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected
