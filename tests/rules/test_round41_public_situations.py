"""Round 41 (public, situations): vulnerable persons named as the TARGETS of an offence are no open public; a
public defined as minors then split into victims / mis en cause stays minors only; a definitions article that
limits the persons accompanied to victims of conjugal (family, women's) violence restricts the situations.
Wordings written for this test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    # targets of an offence: victims, not a public in difficulty
    ("L'intervenante accueille les victimes de toute infraction : cambriolages, agressions, arnaques visant des "
     "personnes vulnérables.", "victimes_seulement"),
    ("Sont reçues les victimes, notamment d'abus commis au préjudice des personnes âgées ou vulnérables.",
     "victimes_seulement"),
    ("L'ISCG reçoit les victimes de violences, y compris celles commises à l'encontre des personnes fragiles ou "
     "vulnérables.", "victimes_seulement"),
    ("Il accompagne les victimes d'infractions, en particulier des vols commis sur des personnes vulnérables.",
     "victimes_seulement"),
    ("L'intervenant social reçoit les victimes, notamment d'escroqueries ciblant les personnes âgées isolées.",
     "victimes_seulement"),
    ("Il reçoit les victimes. Il porte une vigilance particulière aux victimes handicapées et aux personnes âgées.",
     "victimes_seulement"),
    # real openings to vulnerable people stay open
    ("L'intervenante sociale reçoit les personnes vulnérables signalées par les gendarmes, qu'une procédure soit "
     "engagée ou non.", "tous_publics"),
    ("Le dispositif visant les personnes en situation de détresse sociale, l'intervenant reçoit celles que lui "
     "adressent les policiers.", "tous_publics"),
    ("L'intervenant reçoit les personnes fragiles ou en difficulté sociale, dont les victimes d'arnaques visant des "
     "personnes âgées.", "tous_publics"),
])
def test_targets_of_an_offence(text, expected):
    assert code("public", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le dispositif est ouvert aux mineurs de moins de dix-huit ans repérés par la brigade, qu'ils y aient été "
     "entendus comme victimes, comme auteurs ou à la suite d'une fugue.", "mineurs_seulement"),
    ("Le poste est ouvert aux adolescents de moins de 18 ans connus du commissariat, qu'ils aient été conduits "
     "comme plaignants ou comme mis en cause.", "mineurs_seulement"),
    ("L'intervenante rencontre les enfants et adolescents signalés par la brigade, qu'ils y soient venus en tant "
     "que victimes ou en tant que mis en cause.", "mineurs_seulement"),
    # adults in the public, or the children of another public
    ("Le poste est ouvert aux majeurs comme aux mineurs de moins de dix-huit ans, qu'ils soient victimes ou mis en "
     "cause.", "tous_publics"),
    ("L'intervenant accueille les victimes de violences conjugales ainsi que les enfants, qu'ils aient été témoins "
     "ou victimes des faits.", "victimes_seulement"),
    ("Le poste est ouvert aux victimes de violences et à leurs enfants de moins de dix-huit ans.",
     "victimes_seulement"),
])
def test_minors_split_into_victims_and_authors(text, expected):
    assert code("public", text) == expected


DEFS = "Pour l'application de la présente convention :\n- l'« intervenant » désigne le travailleur social de l'association ;\n"


@pytest.mark.parametrize("text, expected", [
    (DEFS + "- la « personne suivie » désigne toute personne, majeure ou mineure, victime de violences commises par "
     "son époux, son concubin ou son ancien compagnon, y compris les enfants exposés ;\n- le « comité » désigne le "
     "comité de suivi.", "violences_conjugales"),
    ("Au sens de la présente convention, on entend par usager toute personne subissant des violences de la part de "
     "son compagnon ou ex-compagnon.", "violences_conjugales"),
    ("Dans la présente convention, le terme « bénéficiaire » désigne la victime de violences au sein du couple, y "
     "compris lorsque le couple est séparé.", "violences_conjugales"),
    ("Au sens de la présente convention, le « public » désigne les victimes de violences intrafamiliales, qu'elles "
     "soient majeures ou mineures.", "vif"),
    ("On entend par « personne accompagnée » toute femme victime de violences physiques, sexuelles ou "
     "psychologiques.", "violences_faites_aux_femmes"),
    # a definition that widens, defines a notion, or is denied
    ("Au sens de la présente convention, on entend par bénéficiaire toute personne en situation de détresse "
     "sociale, y compris les victimes de violences conjugales.", "toutes_situations"),
    ("Les « violences conjugales » désignent les violences physiques, psychologiques ou sexuelles commises par un "
     "conjoint ou ex-conjoint.", "toutes_situations"),
    ("La « victime » désigne toute personne ayant subi un préjudice du fait d'une infraction pénale, qu'elle ait "
     "ou non déposé plainte.", "toutes_situations"),
    ("Le « public » ne désigne pas uniquement les victimes de violences conjugales : il comprend toute personne en "
     "difficulté.", "toutes_situations"),
    ("Le « référent » désigne le policier chargé des violences conjugales au sein de la circonscription.",
     "toutes_situations"),
    ("Le « bénéficiaire » désigne toute personne victime de violences, y compris conjugales, ou confrontée à toute "
     "autre difficulté sociale.", "toutes_situations"),
])
def test_definitions_article(text, expected):
    assert code("situations", text) == expected
