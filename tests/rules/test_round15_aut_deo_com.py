"""Round 15, autorites / deontologie / comite_pilotage: other wordings, through the real engine.

Four phenomena, none written from a sample's sentence:
- a budget line (« rémunération chargée : … € », « coût … comprenant la rémunération ») is an amount,
  not the employer's only link with the worker (no « lien administratif » signal);
- the employer's authority said through one of its services (« relève de la Direction de … pour sa
  carrière », « le responsable du pôle est son supérieur direct ») and the forces' functional role said
  as « organise ses interventions », also when the scan reads « cornmandant » (rn for m) or names the
  COMGEND: together they are the conforme split of authorities;
- the forces informing the public systematically of the worker's existence, or of the possibility to
  meet her, is not a systematic report on people's situations (no ambiguite);
- another institution's body on violence or on a public, that a party is associated with or sits in,
  is not the convention's comité de pilotage.
"""

from __future__ import annotations

import pytest

from rule_wording import RULES
from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text


def findings(indicator: str, *texts: str) -> list:
    out = []
    for text in texts:
        out += [f for f in match_text(text, RULES, zone="article") if f.indicator == indicator]
    return out


def code(indicator: str, *texts: str) -> str:
    """Value of ``indicator`` for article texts decided together (one convention)."""
    return decide_indicator(RULES.files[indicator], findings(indicator, *texts)).value


def fired(indicator: str, rule: str, text: str) -> bool:
    """Whether the rule ``indicator.rule`` fires (not blocked) on ``text``."""
    return any(f.rule_id == f"{indicator}.{rule}" and f.status == "fired" for f in findings(indicator, text))


# ---- 1. a budget line is no administrative link
BUDGET_LINES = [
    "Le budget prévisionnel annuel du poste s'élève à 52 000 € (rémunération chargée : 44 000 € ; déplacements : 3 000 €).",
    "Rémunération brute chargée : 39 500 €",
    "Le coût du poste, rémunération et frais de fonctionnement compris, est estimé à 46 000 euros par an.",
    "Frais de personnel (remuneration) : 41 200 €",
    "La dépense annuelle se décompose ainsi : rémunération 38 000, formation 1 500, véhicule 4 000.",
    "Le montant de la rémunération prise en compte pour le calcul de la subvention est de 40 000 euros.",
]
ADMIN_LINKS = [
    "La commune assure la rémunération de l'intervenant et sa gestion administrative.",
    "L'association prend en charge la remuneration de la travailleuse sociale.",
    "Le Département assure la gestion du personnel et le paiement des salaires.",
]


@pytest.mark.parametrize("text", BUDGET_LINES)
def test_budget_line_is_no_administrative_link(text: str) -> None:
    assert code("autorites", text) == "confuse"  # the default, by absence
    assert not fired("autorites", "lien_employeur_administratif_seulement", text)


@pytest.mark.parametrize("text", ADMIN_LINKS)
def test_administrative_link_still_read(text: str) -> None:
    assert fired("autorites", "lien_employeur_administratif_seulement", text)


# ---- 2. the employer's service, « supérieur direct », « organise ses interventions », OCR rn/m
FORCES_ORGANISE = [
    "Le cornmandant de la compagnie organise ses interventions dans les brigades.",
    "Le COMGEND organise ses interventions au sein des unités de la compagnie.",
    "Ses interventions à la brigade sont organisées par le commandant de communauté de brigades.",
    "Le commissaire, chef de circonscription, organise ses venues au commissariat.",
]
EMPLOYER_SERVICE = [
    "Pour sa carriere, son évaluation et sa pratique professionnelle, elle relève de la direction des solidarités.",
    "Sa carrière et son entretien annuel relèvent exclusivement du pôle enfance-famille.",
    "La cheffe du pôle insertion est sa supérieure directe.",
    "Son supérieur direct est le responsable de la direction de la cohésion sociale.",
]


@pytest.mark.parametrize("employer", EMPLOYER_SERVICE)
@pytest.mark.parametrize("forces", FORCES_ORGANISE)
def test_roundabout_split_is_conforme(employer: str, forces: str) -> None:
    assert code("autorites", employer, forces) == "conforme"


@pytest.mark.parametrize("text", [
    # the forces, not the employer, give career and direct superior: never the employer's authority
    "Pour sa carrière, elle relève de la direction départementale de la sécurité publique.",
    "Le cornmandant de brigade est son supérieur direct.",
    "Elle ne relève pas de la direction des solidarités pour sa carrière.",
    # the employer, not the forces, organises her interventions
    "L'association organise ses interventions dans les brigades.",
    "Le cornmandant n'organise pas ses interventions dans la brigade.",
])
def test_roundabout_traps_are_not_conforme(text: str) -> None:
    assert code("autorites", text) != "conforme"


@pytest.mark.parametrize("text", [
    "Le cornmandant de brigade exerce sur elle l'autorité hiérarchique.",
    "Encadrement hiérarchique : le commandant de la compagnie.",
])
def test_forces_hierarchy_stays_inversee(text: str) -> None:
    assert code("autorites", text) == "inversee"


# ---- 3. informing the public about the worker is no systematic report on situations
SECRET = "L'intervenante est tenue au secret professionnel (art. 226-13 du code pénal)."
INFORM_PUBLIC = [
    "La gendarmerie s'engage à informer systematiquement toute victime de l'existence de la permanence sociale.",
    "Les militaires de la brigade informe systématiquement les personnes reçues de la présence d'une intervenante sociale.",
    "Le commissariat s'engage à informer les plaignants systématiquement de la possibilité d'être reçus par l'intervenant.",
    "Le chef de poste communique systématiquement aux usagers les coordonnées de l'intervenante.",
    "Il appartient à l'officier d'accueil d'informer de façon systématique les familles de la possibilité de rencontrer le travailleur social.",
    "La brigade s'engage à faire connaître le poste et à informer systématiquement les femmes accueillies de l'existence du dispositif.",
]


@pytest.mark.parametrize("text", INFORM_PUBLIC)
def test_informing_the_public_is_not_a_report(text: str) -> None:
    assert code("deontologie", SECRET, text) == "securisee"


@pytest.mark.parametrize("text", [
    "L'intervenante informe systématiquement le commandant de brigade des suites données à chaque situation.",
    "L'intervenant communique systematiquement au chef de poste toutes les suites données.",
])
def test_systematic_report_to_forces_stays_ambiguite(text: str) -> None:
    assert code("deontologie", SECRET, text) == "ambiguite"


# ---- 4. another institution's body on violence or a public is not the comité
OTHER_BODIES = [
    "La ville est associée aux travaux du comité local de suivi des violences intrafamiliales piloté par le parquet.",
    "L'association siège au comité départemental de suivi des violences faites aux femmes présidé par la préfète.",
    "Le Département prend part aux réunions de la commission départementale de coordination des violences conjugales.",
    "Il associe la commune aux travaux de la cellule de suivi des femmes victimes animée par le CIDFF.",
    "La gendarmerie participe au groupe départemental de suivi des violences conjuguales réuni par la déléguée aux droits des femmes.",
    "L'intervenant est associé aux travaux de l'instance de coordination animée par la chargée de mission départementale.",
]


@pytest.mark.parametrize("text", OTHER_BODIES)
def test_other_bodies_are_not_the_comite(text: str) -> None:
    assert code("comite_pilotage", text) == "non_prevu"


@pytest.mark.parametrize("text", [
    "Un comité de suivi réunissant les signataires se réunit une fois par an.",
    "Il est créé un comité de pilotage, animé par la déléguée départementale aux droits des femmes, qui examine chaque année le bilan du poste.",
    "Une instance départementale de suivi du dispositif, présidée par le préfet, se réunit chaque année.",
])
def test_the_conventions_comite_stays_prevu(text: str) -> None:
    assert code("comite_pilotage", text) == "prevu"
