"""Type d'employeur, round 60: the noun « emploi » (« accompagnement vers l'emploi », « retour à l'emploi »)
in a partner's description or a directory table is no employment verb; a post ELSEWHERE told as a
model or a successful experience (« a montré l'intérêt », « un dispositif comparable ») does not name the
employer of this post. The employer said in the writers' own words (« agent de la Ville », « salariée de
la commune », « relève statutairement du CCAS », the parties' alias) still wins. Wordings written for this
test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

CITY = ("La présente convention organise la présence au commissariat d'un travailleur social, agent de la "
        "commune de Saint-Claude. ")
INTERCO = ("La Communauté de communes du Haut-Doubs, représentée par son Président, ci-après « l'employeur » ;\n\n")


@pytest.mark.parametrize("text, expected", [
    # a directory of partners, as a table: the association's line speaks of « emploi » as a noun
    (CITY + "\n\n| Partenaire | Missions | Adresse |\n|---|---|---|\n"
     "| CIDFF du Haut-Jura | accès au droit, accompagnement vers l'emploi | Saint-Claude, rue du Pré |\n",
     "ville_interco"),
    (CITY + "L'intervenant oriente les femmes vers le CIDFF, qui les aide dans leur retour à l'emploi.",
     "ville_interco"),
    (CITY + "France Victimes 39 propose aux victimes une aide à la recherche d'emploi.", "ville_interco"),
    (CITY + "L'association Tremplin, spécialisée dans l'insertion par l'emploi, tient une permanence au CCAS.",
     "ville_interco"),
    # a post elsewhere, cited as the model
    (INTERCO + "Considérant que le poste ouvert en 2018 à la brigade de Pontarlier, porté par l'association "
     "Le Relais, a fait ses preuves et que la Communauté souhaite un dispositif similaire ;", "ville_interco"),
    (INTERCO + "Vu l'expérience du commissariat voisin, où l'intervenante salariée de l'ADSEA a démontré "
     "l'intérêt d'une telle présence ;", "ville_interco"),
    (INTERCO + "Le dispositif s'inspire du poste de Morteau ; il reprend un poste comparable, porté par "
     "l'association départementale.", "ville_interco"),
    # the association really is the employer: still read
    ("L'intervenante sociale est salariée de l'association Accueil Jura, qui l'a recrutée.", "association"),
    ("L'association Passerelle assure l'emploi de l'intervenant social et organise ses congés.", "association"),
    ("Le CIDFF du Jura recrute une travailleuse sociale pour tenir le poste à la brigade.", "association"),
    # a CCAS employer counts as ville / interco
    ("L'intervenante relève statutairement du CCAS de Dole, qui assure sa rémunération.", "ville_interco"),
    ("Le travailleur social est employé par le CIAS du Pays de Morteau.", "ville_interco"),
])
def test_round60_employer(text, expected):
    assert code("type_employeur", text) == expected


@pytest.mark.parametrize("text, expected", [
    # « l'emploi » as the post itself, managed by the employer (lead, after development-sample regressions)
    ("Le Département assure la gestion administrative et financière de l'emploi, notamment le recrutement et la "
     "rémunération de l'agente qui l'occupe.", "conseil_departemental"),
    ("La commune de Riom porte l'emploi et en assure la gestion statutaire.", "ville_interco"),
    # « l'emploi » of the partners' work stays silent
    (CITY + "L'association Solidarité Emploi, tournée vers l'emploi des femmes, reçoit les personnes orientées.",
     "ville_interco"),
])
def test_the_post_as_l_emploi(text, expected):
    assert code("type_employeur", text) == expected
