"""Round 24 wordings for two phenomena, through the real engine (rules + qualifiers + decide tables).

1. autorites: the forces' functional role said as the material and practical frame of the worker's
   activity (« organise les conditions matérielles et pratiques de son activité au commissariat »),
   next to an employer's authority said in other words (it recruits, directs, appraises) -> conforme;
   the same words given to the employer, negated, or with no subject from the forces do not count.
2. type_employeur: a post that is ALREADY there (« un intervenant généraliste, employé par le
   Département, est déjà présent ») is not this post's employer.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

RULES = load_ruleset()


def code(indicator: str, text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


def votes(indicator: str, text: str) -> set[str]:
    return {f.value for f in match_text(text, RULES, zone="article") if f.indicator == indicator and f.status == "fired"}


EMPLOYER = (
    "L'intervenante sociale est salariée de l'association. Celle-ci la recrute, la rémunère, dirige et encadre "
    "son travail et lui assure une analyse des pratiques mensuelle. "
)

AUTORITES = [
    ("Le chef de circonscription règle les conditions pratiques de son intervention au sein du service : horaires, accueil, accès aux locaux.", "conforme"),
    ("Le commandant de la compagnie organise les conditions materielles de son activite a la brigade.", "conforme"),
    ("Les conditions concrètes de son intervention au commissariat sont organisées par le commissaire, chef du service.", "conforme"),
    ("Le commandant de brigade fixe les modalités pratiques de sa saisine par les militaires.", "conforme"),
    ("Le chef du commissariat arrête l'organisation matérielle de son travail dans les locaux de police.", "conforme"),
    ("Le DDSP définit les conditions d'exercice de l'intervenante au sein de l'hôtel de police (horaires, badge, bureau).", "conforme"),
    ("L'officier référent organisera les conditions de son travail au quotidien dans l'unité.", "conforme"),
    # the same words, not the forces' role
    ("Le commissaire n'organise pas les conditions matérielles de son activité.", "confuse"),
    ("L'association organise elle-même les conditions pratiques de son intervention au commissariat.", "confuse"),
    ("Les conditions matérielles de son activité sont précisées en annexe.", "confuse"),
]


@pytest.mark.parametrize("forces, expected", AUTORITES)
def test_forces_organise_the_material_frame(forces: str, expected: str) -> None:
    assert code("autorites", EMPLOYER + forces) == expected


def test_frame_alone_is_the_forces_side_only() -> None:
    text = "Le commandant de la compagnie organise les conditions pratiques de son activité à la brigade."
    assert "organisation_par_les_forces" in votes("autorites", text)
    assert "autorite_employeur" not in votes("autorites", text)


TYPE_EMPLOYEUR = [
    # the post already there, then this post's employer
    ("Un intervenant social généraliste, employé par le Département, est déjà présent au commissariat depuis 2012. "
     "L'intervenante recrutée au titre de la présente convention est un agent contractuel de la commune.", "ville_interco"),
    ("Une assistante sociale salariée du conseil departemental est deja en poste a la brigade depuis 2015. "
     "Le nouveau poste est porté par la communauté d'agglomération, qui en est l'employeur.", "ville_interco"),
    ("Un poste d'intervenant social porté par l'association Escale existe déjà à la compagnie. "
     "La Ville recrute l'intervenante sociale dédiée aux mineurs.", "ville_interco"),
    ("Un premier intervenant, salarié du CCAS, est déjà en fonction à l'hôtel de police. "
     "Le second intervenant est recruté par le Département.", "conseil_departemental"),
    ("Une travailleuse sociale employée par la commune est déjà installée au commissariat. "
     "Le poste créé par la présente convention est porté par l'association Accueil et Solidarité.", "association"),
    ("Un intervenant recruté par le conseil général existait déjà au commissariat. "
     "La Communauté de communes emploie le nouvel intervenant.", "ville_interco"),
    # this post's employer still read when no other post is there
    ("L'intervenant social est employé par le Département et affecté au commissariat.", "conseil_departemental"),
    ("L'intervenante est recrutee par la communaute d'agglomeration.", "ville_interco"),
]


@pytest.mark.parametrize("text, expected", TYPE_EMPLOYEUR)
def test_the_post_already_there_is_not_this_post(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected
