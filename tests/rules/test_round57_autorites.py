"""Round 57: the day-to-day acts of a superior (leave, planning, service instructions) given to a police or
gendarmerie chief without the word « hiérarchique » are an inversion, even when the employer keeps pay,
career and status; pay, career and status alone are the employer's management, not its hierarchy; the
annual appraisal drawn from a sheet filled in by the forces and « reprise » by the employer is confuse,
not the employer's own act. Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code

FONC = " Le commandant de la brigade exerce l'autorité fonctionnelle."


@pytest.mark.parametrize("text, expected", [
    # leave and planning decided by the forces: inversée, whatever the employer keeps
    ("Durant sa mise à disposition, l'intervenant·e agit sous la conduite du commandant de la brigade de "
     "gendarmerie départementale de Melle, qui seul fixe ses horaires, valide ses congés et mène son "
     "entretien professionnel. La commune reste son employeur et lui verse son traitement.", "inversee"),
    ("Le commissaire, chef du commissariat, arrête chaque trimestre le planning de l'intervenante ainsi que "
     "ses congés et ses absences.", "inversee"),
    ("Le chef de la circonscription organise le calendrier de travail du travailleur social et accorde ses "
     "demandes de congés ; l'association garde la gestion de sa paie.", "inversee"),
    ("L'officier référent de la compagnie, qui lui donne seul les consignes du service, décide de ses "
     "jours de repos.", "inversee"),
    # the same acts denied, passed on for information, or done by the employer after an opinion
    ("Le commandant de brigade ne valide pas ses congés : l'association organise son temps de travail et "
     "valide ses congés."
     + FONC, "conforme"),
    ("Le commandant de compagnie est informé de ses congés, que valide la directrice de l'association.",
     "confuse"),
    ("Le commissaire fait connaître son avis à la responsable de territoire, qui accorde ses congés.",
     "confuse"),
    # pay, career and status alone: administrative management, not hierarchy
    ("La Ville demeure l'employeur de l'agent ; elle assure son traitement, la gestion de sa carrière et de "
     "sa situation statutaire." + FONC, "confuse"),
    # the employer's own hierarchical acts stay conforme
    ("L'association organise son temps de travail, valide ses congés et conduit son entretien annuel."
     + FONC, "conforme"),
    # appraisal built on a sheet the forces fill in and the employer takes over: confuse
    ("Son appréciation annuelle est établie à partir d'une grille remplie par le commandant de la "
     "compagnie sur sa disponibilité. Le Conseil départemental reprend cette grille lors de l'entretien "
     "annuel de l'agent.", "confuse"),
    ("L'appréciation annuelle de l'intervenante repose sur la fiche d'appréciation complétée par le chef de "
     "circonscription ; la commune reprend ladite fiche pour son entretien professionnel.", "confuse"),
])
def test_round57_autorites(text, expected):
    assert code("autorites", text) == expected
