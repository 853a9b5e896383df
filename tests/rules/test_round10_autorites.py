"""Round 10, authorities: wordings not taken from any sample, through the real engine.

Four phenomena:
- the hierarchical role under today's titles (« référent hiérarchique », « encadrant hiérarchique »)
  held by a police or gendarmerie chief is an inversion, even next to an employer that « demeure
  l'employeur » and pays; held by the employer it is not;
- leave requests and absences validated by the forces are a hierarchical act (inversion), leave
  merely passed on to them is information;
- the forces organising the worker's presence, integration or reception in the service (a verb, active
  or passive) is the functional role: with an employer that directs and evaluates, the split is clear;
- one police or gendarmerie chief who fixes the priorities or watches over the execution of the
  missions, without saying at what title, is an unqualified authority: confuse, unless both
  authorities are written elsewhere.
"""

from __future__ import annotations

import warnings

import pytest

from tests.rules.test_heldout_wordings import code

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

PAY_ONLY = "La commune demeure l'employeur de l'intervenant ; elle assure sa rémunération et sa gestion administrative. "
EMPLOYER_DIRECTS = "C'est l'association, par son chef de service, qui dirige son travail et le forme. "
EMPLOYER = "Le Département, employeur, exerce l'autorité hiérarchique sur l'intervenant social. "
FUNCTIONAL = "Le commandant de compagnie exerce l'autorité fonctionnelle. "

HIERARCHY_TITLES = [
    (PAY_ONLY + "Le commandant de la brigade de protection des familles en est le référent hiérarchique.", "inversee"),
    ("L'intervenante a pour référente hiérarchique l'officier adjoint de la compagnie.", "inversee"),
    ("Son encadrant hierarchique est le commissaire, chef de la circonscription de securite publique.", "inversee"),
    (PAY_ONLY + "Le chef du service d'accueil du commissariat est désigné comme son interlocuteur hiérarchique.", "inversee"),
    ("Referent hierarchique : le commandant de la brigade territoriale autonome.", "inversee"),
    ("L'officier commandant l'unite en sera le referent hierarchique : il organise son planning.", "inversee"),
    # negation, employer-side title, a study quotation
    (EMPLOYER + "Le commandant de brigade n'est pas son référent hiérarchique.", "conforme"),
    ("Sa référente hiérarchique est la directrice de l'association ; " + FUNCTIONAL, "conforme"),
    (EMPLOYER + FUNCTIONAL + "L'étude relève que certaines conventions font du commissaire le référent hiérarchique.", "conforme"),
]

LEAVE_BY_FORCES = [
    (PAY_ONLY + "Le commandant de brigade valide ses demandes de congés et d'absence.", "inversee"),
    (PAY_ONLY + "Ses demandes de conges sont validees par le commissaire de police.", "inversee"),
    ("Le chef de circonscription autorise ses absences et fixe ses horaires.", "inversee"),
    ("Ses demandes d'absence sont accordées par l'officier adjoint de la compagnie.", "inversee"),
    (PAY_ONLY + "Le commandant de compagnie accorde ses autorisations d'absence.", "inversee"),
    ("L'officier référent de la brigade valide ses absences.", "inversee"),
    # information only, negation
    (EMPLOYER + FUNCTIONAL + "Ses demandes de congés sont transmises pour information au commandant de brigade.", "conforme"),
    (EMPLOYER + FUNCTIONAL + "Le commandant ne valide pas ses demandes de congés.", "conforme"),
]

PRESENCE_ORGANISED = [
    (EMPLOYER_DIRECTS + "Le commissaire et le commandant de compagnie organisent les conditions de sa présence dans les services.", "conforme"),
    (EMPLOYER_DIRECTS + "Son intégration au sein des équipes est organisée par le chef de la circonscription.", "conforme"),
    (EMPLOYER_DIRECTS + "Le commandant de la brigade facilite son integration aupres des militaires.", "conforme"),
    (EMPLOYER_DIRECTS + "L'officier adjoint règle les conditions de son accueil dans l'unité.", "conforme"),
    (EMPLOYER_DIRECTS + "Chacun pour son service, le DDSP et le commandant de groupement assurent son insertion et le circuit des sollicitations.", "conforme"),
    (EMPLOYER_DIRECTS + "Sa presence dans les locaux est organisee, pour chaque site, par le commandant d'unite.", "conforme"),
    # no chief named, negation, the employer organising
    (EMPLOYER_DIRECTS + "Les conditions de sa présence au commissariat sont précisées en annexe.", "confuse"),
    (EMPLOYER_DIRECTS + "Le commandant n'organise pas sa présence dans l'unité.", "confuse"),
    (EMPLOYER_DIRECTS + "L'association organise sa présence à la brigade.", "confuse"),
]

PRIORITIES_BY_ONE_CHIEF = [
    (PAY_ONLY + "Le commandant de compagnie fixe ses priorités d'intervention.", "confuse"),
    (PAY_ONLY + "Le commissaire de police veille à la bonne exécution de ses missions.", "confuse"),
    (EMPLOYER + "Ses priorités sont définies par le chef de la circonscription.", "confuse"),
    (EMPLOYER + "L'officier adjoint de la compagnie controle l'execution de ses missions.", "confuse"),
    (EMPLOYER + "Le commandant de la brigade supervise son activité et lui fixe ses priorités.", "confuse"),
    (EMPLOYER + "Ses priorites sont arretees chaque mois par le commandant de groupement.", "confuse"),
    # both authorities written: the priorities are the functional authority at work
    (EMPLOYER + FUNCTIONAL + "Le commandant de compagnie fixe ses priorités d'intervention.", "conforme"),
    # negation, the forces' own work, the steering committee
    (EMPLOYER + "Le commandant de compagnie ne fixe pas ses priorités.", "conforme"),
    (EMPLOYER + "Le commandant de brigade fixe les priorités des patrouilles de l'unité.", "conforme"),
    (EMPLOYER + "Le comité de pilotage fixe ses priorités, sur proposition du commandant.", "conforme"),
]


@pytest.mark.parametrize("text, expected", HIERARCHY_TITLES)
def test_hierarchy_titles_held_by_the_forces(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", LEAVE_BY_FORCES)
def test_leave_validated_by_the_forces(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", PRESENCE_ORGANISED)
def test_presence_organised_by_the_forces(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", PRIORITIES_BY_ONE_CHIEF)
def test_priorities_fixed_by_one_chief(text: str, expected: str) -> None:
    assert code("autorites", text) == expected
