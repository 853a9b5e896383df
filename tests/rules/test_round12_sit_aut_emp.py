"""Round 12 held-out wordings: hedged drafting for situations, authorities and the employer.

Written from the phenomena, not copied from a sample: a derogation from the generalist character
(it restricts the post, it is no generalist approach); the employer named in one sentence and taken
up by a pronoun in the next, which holds the hierarchical authority while « hormis … » leaves the
functional part to the forces; the post-holder said to be one of a body's professionals, or the body
running his personnel file; an address (« place de l'Hôtel de Ville ») that names no employer.
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


SITUATIONS = [
    # ---- derogation from the generalist character, then a restriction on one problem
    ("Par derogation au caractere generaliste du poste, l'intervenante n'intervient que dans les situations de violences conjugales.", "violences_conjugales"),
    ("Contrairement à l'approche généraliste du cadre national, et au vu du diagnostic local, le poste est réservé aux violences commises au sein du couple.", "violences_conjugales"),
    ("L'intervenant social traite exclusivement les violences entre conjoints ou ex-conjoints, en dérogeant au principe généraliste posé par le cadre de référence.", "violences_conjugales"),
    ("En dérogation à la vocation généraliste de l'intervention sociale, son action est limitée aux violences intrafamiliales.", "vif"),
    ("Par exception au caractère généraliste, et selon les orientations du CLSPD, l'ISCG intervient uniquement auprès des victimes de violences familiales.", "vif"),
    ("S'écartant de l'approche généraliste, la convention consacre exclusivement le poste aux violences faites aux femmes.", "violences_faites_aux_femmes"),
    # ---- the same hedges that keep the post open, and the generalist principle affirmed
    ("Par dérogation au caractère généraliste, l'intervenant intervient notamment sur les violences conjugales, sans exclusive.", "toutes_situations"),
    ("Par dérogation au caractère généraliste, le poste n'est pas réservé aux violences conjugales.", "toutes_situations"),
    ("Conformément au caractère généraliste prévu par le cadre de référence, il intervient sur toute situation présentant une composante sociale.", "toutes_situations"),
    ("Sans déroger au caractère généraliste du poste, les violences au sein du couple en constituent une part importante.", "toutes_situations"),
]

AUTORITES = [
    # ---- employer named, then a pronoun holds the hierarchical authority; functional part to the forces
    ("L'intervenant social est un agent contractuel de la Communauté. Celle-ci exerce sur lui l'autorité hiérarchique et technique, hormis l'organisation pratique de son activité à la brigade, qui relève du commandant de compagnie au titre de l'autorité fonctionnelle.", "conforme"),
    ("L'intervenante est salariée de l'association Escale. Cette dernière exerce à son égard l'autorité hiérarchique. Le commissaire exerce l'autorité fonctionnelle.", "conforme"),
    ("L'ISCG est recrute par le CCAS de Lens. Celui-ci detient l'autorite hierarchique et technique ; le chef de circonscription detient l'autorite fonctionnelle.", "conforme"),
    ("Le travailleur social est un agent titulaire du Département. Celui-ci conserve l'autorité hiérarchique, sauf pour l'organisation quotidienne de sa présence, qui relève du commandant de brigade au titre de l'autorité fonctionnelle.", "conforme"),
    ("La Communauté exerce l'autorité hiérarchique et technique sur l'intervenant, hormis l'organisation pratique de l'activité, qui relève du commandant de la communauté de brigades au titre de l'autorité fonctionnelle.", "conforme"),
    ("L'intervenant est employé par la commune. Elle exerce seule l'autorité hiérarchique ; l'autorité fonctionnelle appartient au commandant d'unité.", "conforme"),
    # ---- the pronoun denied the authority, or the forces named as employer: not conforming
    ("L'intervenant est salarié de l'association. Celle-ci n'exerce pas l'autorité hiérarchique ; le commandant exerce l'autorité fonctionnelle.", "confuse"),
    ("Le commandant de brigade exerce l'autorité fonctionnelle, hormis la gestion des congés.", "confuse"),
]

TYPE_EMPLOYEUR = [
    # ---- the post-holder is one of the body's professionals
    ("Le travailleur social est un assistant de service social du Departement, affecte a mi-temps a la mission.", "conseil_departemental"),
    ("Le poste est occupé par une assistante sociale du conseil départemental du Nord.", "conseil_departemental"),
    ("L'intervenante sociale est une éducatrice spécialisée de l'association Le Relais.", "association"),
    ("Le poste sera confié à un conseiller en économie sociale et familiale du CCAS de Vierzon.", "ville_interco"),
    ("L'intervenant social est un agent territorial de la communauté d'agglomération.", "ville_interco"),
    ("L'ISCG est une assistante sociale du centre hospitalier de Cahors.", "autre"),
    # ---- the body runs his personnel file
    ("Le Département assure la gestion administrative et la rémunération de l'agent.", "conseil_departemental"),
    ("La commune prend en charge la gestion statutaire de l'intervenante.", "ville_interco"),
    # ---- another professional of the body, or an address: not the employer
    ("L'intervenant oriente la personne vers un assistant de service social du Département.", "autre"),
]

PARTIES = [
    ("L'association Parenthèse, dont le siège est situé place de l'Hôtel de Ville à Mâcon, représentée par sa présidente, ci-après désignée « l'employeur » ;", "association"),
    ("L'association Le Phare, sise 2 rue de la Mairie à Vannes, représentée par son président, ci-après « l'employeur » ;", "association"),
    ("L'association Solidarité 62, domiciliée Maison du Département, représentée par sa directrice, en sa qualité d'employeur ;", "association"),
]


@pytest.mark.parametrize(("text", "expected"), SITUATIONS)
def test_situations_derogation(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize(("text", "expected"), AUTORITES)
def test_autorites_pronoun_and_hormis(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize(("text", "expected"), TYPE_EMPLOYEUR)
def test_type_employeur_professional_of_body(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTIES)
def test_type_employeur_address_is_no_employer(text: str, expected: str) -> None:
    assert code("type_employeur", text, zone="parties") == expected
