"""Round 7 held-out wordings: couple violence scoped by « y compris », outside comités, yearly renewal
without term.

Written from the codebook and ordinary French drafting, not copied from a sample. Each phenomenon is
tried with other verbs, word orders, the passive, negations, other subjects and missing accents, through
the real engine as ``test_heldout_wordings`` does.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




# A post dedicated to one problem, whose « y compris » names only sub-cases of the same problem.
SITUATIONS = [
    ("Le poste est dédié aux violences conjugales, y compris entre anciens conjoints.", "violences_conjugales"),
    ("L'intervenante sociale est affectee a la prise en charge des violences au sein du couple, y compris apres la separation.",
     "violences_conjugales"),
    ("La mission de l'intervenant est réservée aux victimes de violences conjugales, y compris en l'absence de cohabitation, "
     "et aux enfants exposés.", "violences_conjugales"),
    ("Le dispositif est spécialisé dans les violences commises au sein du couple, en ce compris les violences entre ex-concubins.",
     "violences_conjugales"),
    ("Ce poste d'ISCG, créé en 2015, est consacré à l'accompagnement des victimes de violences conjugales, incluant les ex-partenaires pacsés.",
     "violences_conjugales"),
    ("L'activité de l'intervenant est tout entière vouée aux violences intrafamiliales, y compris celles visant les ascendants.", "vif"),
    ("Le poste est consacré aux violences intra-familiales, y compris les violences conjugales et leurs effets sur les enfants.", "vif"),
    # negation, share of time, another body, an opening tail, a mere priority: still generalist
    ("Le poste n'est pas consacré aux violences conjugales, y compris entre ex-conjoints : il est ouvert à toute difficulté.",
     "toutes_situations"),
    ("Une part de son temps est consacrée aux violences au sein du couple, y compris après la rupture.", "toutes_situations"),
    ("L'intervenant anime l'atelier dédié aux violences conjugales, y compris entre ex-partenaires.", "toutes_situations"),
    ("Le poste est dédié aux violences conjugales, y compris après la séparation, mais aussi aux autres difficultés sociales.",
     "toutes_situations"),
    ("L'intervenant reçoit toute personne en difficulté ; il est notamment mobilisé sur les violences conjugales, y compris entre ex-conjoints.",
     "toutes_situations"),
    ("Vu la loi du 9 juillet 2010 relative aux violences au sein des couples, y compris après la séparation ;", "toutes_situations"),
]

# A comité the association or a service already belongs to, or a departmental body on another subject,
# is not the comité of the convention; a comité whose members are listed still is.
COMITE = [
    ("L'association est par ailleurs membre du comité départemental de coordination de l'accès au droit.", "non_prevu"),
    ("Le commissariat siège déjà au comité local de suivi de la politique de la ville.", "non_prevu"),
    ("La commune est membre d'un comité de coordination des acteurs de la prevention.", "non_prevu"),
    ("Le directeur de l'association et le commissaire se rencontrent une fois par an pour faire le point.", "non_prevu"),
    ("Un rapport annuel est validé par le comité de direction de l'association puis adressé aux signataires.", "non_prevu"),
    ("La gendarmerie est déjà membre de la commission départementale de suivi de l'accès au droit.", "non_prevu"),
    # the convention's own comité, however it is written
    ("Sont membres du comité de pilotage le préfet, le maire et le président de l'association.", "prevu"),
    ("Un comité de suivi réunissant les signataires est institué ; il se réunit une fois par an.", "prevu"),
    ("Le comite de pilotage du dispositif examine chaque annee le rapport d'activite.", "prevu"),
]

# Yearly renewal: one year unless the same sentence says the agreement has no term.
DUREE = [
    ("La convention est reconduite tacitement chaque année, sans limitation de durée, sauf dénonciation.", "autre"),
    ("Elle se renouvelle automatiquement d'année en année, sans limite de durée.", "autre"),
    ("La presente convention est renouvelee tacitement tous les ans, sans terme, sauf denonciation par l'une des parties.", "autre"),
    ("Sans limitation dans le temps, la convention est reconduite chaque année par tacite reconduction.", "autre"),
    ("La convention, conclue pour une durée indéterminée, est renouvelée chaque année de plein droit.", "autre"),
    ("La convention est reconduite tacitement indéfiniment, d'année en année.", "autre"),
    ("Elle est reconduite chaque année par tacite reconduction.", "annuelle"),
    ("La convention est renouvelée d'année en année par avenant.", "annuelle"),
    ("La présente convention est conclue pour un an ; elle est reconduite chaque année, sauf dénonciation.", "annuelle"),
    ("La subvention est renouvelée chaque année, sans limitation de durée.", "non_precisee"),
]


@pytest.mark.parametrize(("text", "expected"), SITUATIONS)
def test_situations_dedicated_with_sub_cases(text: str, expected: str) -> None:
    assert code("situations", text) == expected


@pytest.mark.parametrize(("text", "expected"), COMITE)
def test_comite_outside_bodies(text: str, expected: str) -> None:
    assert code("comite_pilotage", text) == expected


@pytest.mark.parametrize(("text", "expected"), DUREE)
def test_duree_yearly_renewal_without_term(text: str, expected: str) -> None:
    assert code("duree", text) == expected
