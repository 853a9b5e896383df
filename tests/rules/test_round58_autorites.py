"""Round 58: a unit chief named by his rank or his unit (« l'adjudant-chef, chef de la brigade territoriale
autonome », « le major, chef de la COB », « le capitaine ») who grants leave, also when taken up by « Celui-ci »
after a list of other acts, is an inversion; a referent named only as the interlocutor for the practicalities
of the premises is not the functional authority; information handed to investigators « sous forme de note
écrite » on an officer's proposal is not an evaluation; the short labels « Hiérarchie et technique : X.
Fonctionnel : Y. » split the authorities. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

FONC = " Le commandant de la compagnie exerce l'autorité fonctionnelle."
HIER = " L'association exerce l'autorité hiérarchique sur l'intervenante."


@pytest.mark.parametrize("text, expected", [
    # the unit chief, by rank or unit, grants leave: inversée
    ("Dans son service quotidien, l'intervenante dépend du major, chef de la communauté de brigades de Ribérac. "
     "Celui-ci établit son emploi du temps, fixe l'ordre de ses visites, lui adresse les instructions utiles au "
     "fonctionnement de l'unité et accorde ses congés ainsi que ses autorisations d'absence.", "inversee"),
    ("L'intervenant·e est placé·e auprès du capitaine commandant la compagnie. Ce dernier arrête ses horaires, "
     "répartit ses interventions entre les brigades, lui donne les directives du service et valide ses congés.",
     "inversee"),
    ("L'adjudant-chef, chef de la BTA de Nontron, arrête le planning hebdomadaire de l'intervenante et "
     "accorde ses congés.", "inversee"),
    ("Le commandant de la maison de protection des familles fixe ses jours de présence et valide ses "
     "demandes de congés.", "inversee"),
    ("Le chef d'escadron, commandant la compagnie, autorise ses absences et arrête ses congés annuels.",
     "inversee"),
    # the same acts denied, done by the employer, or the chief only informed
    ("L'intervenante rencontre l'adjudant-chef de la brigade. Celui-ci n'accorde pas ses congés, qui "
     "relèvent de l'association." + HIER + FONC, "conforme"),
    ("Le major, chef de la COB, est informé de ses congés, que valide la directrice de l'association."
     + HIER + FONC, "conforme"),
    ("L'intervenante organise son temps de travail avec l'adjudant-chef de la brigade ; l'association "
     "accorde ses congés." + HIER + FONC, "conforme"),
    # a referent for the practicalities of the premises is not authority
    ("Hiérarchie et technique : l'association. Fonctionnel : le commandant de compagnie. Le groupement nomme "
     "le major commandant la brigade de Florac interlocuteur de l'intervenant pour l'organisation pratique "
     "(badge, réservation du bureau d'audition).", "conforme"),
    ("Un sous-officier référent est désigné comme point de contact pour l'organisation pratique des locaux."
     + HIER, "conforme"),
    # information handed to investigators is not an evaluation of the worker
    ("L'association exerce l'autorité hiérarchique et technique ; la DDSP exerce l'autorité fonctionnelle. "
     "Sur proposition du commissaire, les renseignements recueillis par l'intervenante utiles à une procédure "
     "sont remis à l'enquêteur qui les demande, sous forme de note écrite.", "conforme"),
    # but an evaluation built on the forces' proposal stays confuse
    ("L'association exerce l'autorité hiérarchique. La notation annuelle de l'intervenant est arrêtée par la "
     "directrice sur proposition du commandant de brigade.", "confuse"),
    # the short labels
    ("Hiérarchie et technique : ASE 24 (directrice). Fonctionnel : le capitaine commandant la compagnie de "
     "Bergerac. Entretien annuel : ASE 24.", "conforme"),
    ("Hiérarchie : l'adjudant-chef commandant la brigade de Saint-Flour. Gestion de la paie : l'association.",
     "inversee"),
    ("Hiérarchie : néant. Fonctionnel : le commandant de compagnie.", "confuse"),
])
def test_round58_autorites(text, expected):
    assert code("autorites", text) == expected
