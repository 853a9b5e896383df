"""Round 29 (publics): wordings of the public and of the situations that the blind sets xb-xe showed missing.

Paraphrases written for the families, not copied from a sample: a step the victim takes AGAINST the violent
partner is not a reception of authors; authors only handed the coordinates of other services are oriented
(the CODEBOOK ambiguity); the object of the convention that defines its beneficiaries by one problem
restricts the situations; « y compris » after a restriction by derogation lists a sub-case. Each family has
its opposites (authors really received, the worker's own coordinates, « notamment », « en priorité »,
« toute personne en difficulté », negation). Run through the real engine as test_heldout_wordings does.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)


VICTIMS = "Les victimes de violences sont reçues et accompagnées par l'intervenante sociale. "

CASES = [
    # ---- a step against the violent partner is not a reception of authors
    ("public", VICTIMS + "Elle les aide dans leurs démarches, en particulier pour obtenir l'eviction du conjoint violent du domicile.", "victimes_seulement"),
    ("public", VICTIMS + "L'intervenante accompagne la victime jusqu'au dépôt de plainte contre son conjoint violent.", "victimes_seulement"),
    ("public", VICTIMS + "Elle soutient les femmes qui souhaitent quitter un partenaire violent.", "victimes_seulement"),
    ("public", VICTIMS + "Elle les accompagne dans la demande d'une ordonnance de protection à l'encontre de leur agresseur.", "victimes_seulement"),
    ("public", VICTIMS + "L'accompagnement porte aussi sur l'éloignement du conjoint violent et le relogement.", "victimes_seulement"),
    ("public", VICTIMS + "Elle aide les victimes à se protéger du compagnon violent, notamment par une mise à l'abri.", "victimes_seulement"),
    # opposite: the violent partners themselves received
    ("public", VICTIMS + "Elle reçoit également les conjoints violents qui en font la demande.", "tous_publics"),
    ("public", VICTIMS + "Les conjoints violents peuvent aussi être accompagnés par l'intervenante.", "tous_publics"),
    # ---- authors only handed the coordinates of other services: oriented, the ambiguity case
    ("public", VICTIMS + "Les auteurs présumés peuvent se voir remettre les coordonnées des organismes compétents.", "ambiguite"),
    ("public", VICTIMS + "Aux personnes mises en cause, l'intervenante communique si besoin les adresses des services spécialisés.", "ambiguite"),
    ("public", VICTIMS + "L'intervenant transmet aux auteurs de violences la liste des associations susceptibles de les accueillir.", "ambiguite"),
    ("public", VICTIMS + "Les coordonnees des structures de soins sont remises, le cas echeant, aux mis en cause.", "ambiguite"),
    ("public", VICTIMS + "Le mis en cause qui le demande obtient les numeros des dispositifs de prise en charge des auteurs.", "ambiguite"),
    ("public", VICTIMS + "Les conjoints violents recoivent, s'ils le souhaitent, les contacts des centres spécialisés.", "ambiguite"),
    # opposites: the worker's own coordinates, authors received as well, handing-over denied
    ("public", VICTIMS + "Les coordonnées de l'intervenante sont remises aux auteurs présumés afin qu'ils puissent la rencontrer.", "tous_publics"),
    ("public", VICTIMS + "Les auteurs sont reçus par l'intervenante, qui leur communique aussi les coordonnées des structures de soins.", "tous_publics"),
    # ---- the object of the convention defines its beneficiaries by one problem
    ("situations", "La présente convention a pour objet de préciser les conditions dans lesquelles une assistante sociale du Département intervient à la brigade, afin d'apporter une aide aux femmes victimes de violences conjugales.", "violences_conjugales"),
    ("situations", "La présente convention organise, dans les locaux du commissariat, l'accueil social des personnes touchées par des violences au sein du couple.", "violences_conjugales"),
    ("situations", "La convention fixe les modalites selon lesquelles l'association assure l'accompagnement des victimes de violences commises par leur conjoint ou ex-conjoint.", "violences_conjugales"),
    ("situations", "La presente convention determine les conditions dans lesquelles le service met en place, au profit des enfants exposes a des violences intrafamiliales, un suivi educatif.", "vif"),
    ("situations", "La présente convention a pour objet de définir les modalités d'intervention d'une travailleuse sociale au bénéfice des personnes confrontées à des violences au sein de la famille.", "vif"),
    ("situations", "La présente convention a pour objet d'offrir, au sein des brigades, une écoute et un accompagnement aux femmes victimes de violences sexistes et sexuelles.", "violences_faites_aux_femmes"),
    # opposites: a general public, a priority, an example, a plan, a negation
    ("situations", "La présente convention a pour objet de définir les conditions d'intervention d'un travailleur social auprès de toute personne en difficulté sociale, notamment les victimes de violences conjugales.", "toutes_situations"),
    ("situations", "La présente convention a pour objet de préciser les modalités d'intervention de l'intervenant social, en priorité auprès des victimes de violences intrafamiliales.", "toutes_situations"),
    ("situations", "La présente convention a pour objet de créer un poste d'intervenant social, dans le cadre du plan départemental de lutte contre les violences faites aux femmes.", "toutes_situations"),
    ("situations", "La convention définit les conditions dans lesquelles l'intervenant accueille les personnes en détresse sociale et les victimes de violences conjugales.", "toutes_situations"),
    ("situations", "Le dispositif vise à apporter une aide immédiate aux victimes de violences conjugales.", "toutes_situations"),
    ("situations", "La présente convention n'a pas pour objet de limiter l'intervention aux victimes de violences conjugales.", "toutes_situations"),
    ("situations", "La présente convention a pour objet de définir les modalités d'intervention de l'intervenant social, principalement au profit des victimes de violences au sein du couple.", "toutes_situations"),
    # ---- derogation to the generalist approach, a sub-case listed with « y compris »
    ("situations", "Par dérogation au caractère généraliste du poste, l'intervenante est dédiée aux seules violences faites aux femmes, y compris les violences au sein du couple.", "violences_faites_aux_femmes"),
    ("situations", "Contrairement à l'approche généraliste, le poste est réservé exclusivement aux violences intrafamiliales, y compris celles commises sur les ascendants.", "vif"),
    ("situations", "Par derogation a l'approche generaliste, l'intervenant n'intervient que pour les violences conjugales, y compris apres la separation.", "violences_conjugales"),
    ("situations", "Par dérogation à l'approche généraliste, le poste est consacré aux seules violences faites aux femmes, y compris les mariages forcés.", "violences_faites_aux_femmes"),
    ("situations", "Par dérogation au caractère généraliste, il intervient notamment auprès des femmes victimes de violences, y compris au sein du couple.", "toutes_situations"),
    ("situations", "Contrairement à l'approche généraliste, le poste n'est pas réservé aux violences intrafamiliales, y compris conjugales.", "toutes_situations"),
]


@pytest.mark.parametrize("indicator, text, expected", CASES,
                         ids=[f"{i}-{n}" for n, (i, _, _) in enumerate(CASES)])
def test_round29_publics(indicator, text, expected):
    assert code(indicator, text) == expected
