"""Round 6 held-out wordings for « public visé » and « lieu d'exercice », through the real engine.

Written from the CODEBOOK and the study, in words that are in no sample file. Three phenomena:

1. A victim said without the word « victime » (« toute personne ayant subi un préjudice / des
   violences », « lésée par une infraction », « qui a été agressée ») is still a victim: followed by
   « en détresse sociale » it does not open the public to « toute personne en difficulté ». « Ayant
   subi ou commis » (victim or author) still opens it.
2. A definitions article (« on entend par bénéficiaire… », « le public désigne… », « sont considérées
   comme bénéficiaires… ») that names victims only governs the whole text: a general aim (« toute
   personne en difficulté ») or a mere mention of the mis en cause elsewhere does not reopen the public;
   an express reception of the mis en cause does. A definition that also names authors, witnesses,
   the non-penal field, or opens with « notamment » / « victime ou non » restricts nothing.
3. A weekly schedule listed place by place, each place followed by its share of the week, the items
   split by semicolons, commas or parentheses and often without a preposition before the place: a
   shared time (partiellement). Never on an orientation, a deadline, a meeting or a funding share.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




VICTIM_PARAPHRASES = [
    ("L'intervenante accueille toute personne ayant subi des violences et se trouvant en situation de fragilité.",
     "victimes_seulement"),
    ("Peut bénéficier de l'accompagnement toute personne lesee par un delit qui se trouve en detresse psychologique.",
     "victimes_seulement"),
    ("Toute personne qui a subi une agression et dont la vulnérabilité est repérée par les gendarmes est reçue.",
     "victimes_seulement"),
    ("Est reçue par l'intervenant toute personne ayant été l'objet d'une infraction, en situation de précarité.",
     "victimes_seulement"),
    ("L'ISCG intervient auprès de toute personne qui a été agressée et qui présente des difficultés sociales.",
     "victimes_seulement"),
    ("Le poste s'adresse à toute personne ayant souffert d'un crime ou d'un délit et en détresse sociale.",
     "victimes_seulement"),
    # victim OR author: the public is open
    ("Il reçoit toute personne ayant subi ou commis une infraction et se trouvant en difficulté sociale.",
     "tous_publics"),
    # the difficulty comes first, the victims are only an example
    ("L'intervenant accueille toute personne en détresse sociale, notamment celles ayant subi des violences.",
     "tous_publics"),
]


DEFINITIONS = [
    ("Article 1 - Définitions. On entend par « bénéficiaire » toute personne victime d'une infraction pénale "
     "qui se trouve en situation de détresse sociale. Article 3 - Objectifs. Le dispositif contribue à "
     "l'accueil de toute personne en difficulté sociale dans les brigades.", "victimes_seulement"),
    ("Au sens de la présente convention, le public désigne les personnes victimes de violences signalées par "
     "le commissariat. L'intervenant n'assiste pas aux auditions des personnes mises en cause.",
     "victimes_seulement"),
    ("Sont considérées comme bénéficiaires les personnes ayant subi un préjudice du fait d'un délit. Les "
     "auteurs sont entendus par les enquêteurs selon les règles de procédure.", "victimes_seulement"),
    ("Par usagers, il faut entendre les victimes d'infractions, majeures ou mineures. L'intervenant aide toute "
     "personne en situation de fragilité à accéder à ses droits.", "victimes_seulement"),
    ("Le terme « public » s'entend des plaignants en situation de vulnerabilite sociale. Le poste vise à "
     "repondre aux besoins de toute personne en difficulte.", "victimes_seulement"),
    ("DEFINITIONS : les bénéficiaires désignent les victimes d'infractions commises dans la circonscription, "
     "en détresse sociale ou psychologique.", "victimes_seulement"),
    # the definition names every status: open
    ("On entend par « bénéficiaire » toute personne en difficulté sociale, qu'elle soit victime, auteur ou "
     "témoin.", "tous_publics"),
    ("Au sens de la présente convention, le public désigne les victimes, les auteurs présumés et les "
     "personnes hors du champ pénal.", "tous_publics"),
    ("On entend par public toute personne en difficulté sociale, victime ou non d'une infraction.", "tous_publics"),
    # a definition of victims, but an article expressly receives the mis en cause: the text reopens it
    ("On entend par bénéficiaire toute personne victime en détresse. Les personnes mises en cause peuvent "
     "également être reçues par l'intervenant.", "tous_publics"),
    # a definition of another word
    ("On entend par « service d'accueil » la brigade qui reçoit les victimes. L'intervenant reçoit toute "
     "personne en difficulté sociale, qu'elle soit victime, mise en cause ou sans lien avec une infraction.",
     "tous_publics"),
]


SCHEDULES = [
    ("L'intervenante partage sa semaine entre deux sites : la brigade de Lesparre, trois jours ; le centre "
     "médico-social du canton, deux jours.", "partiellement"),
    ("Répartition hebdomadaire du temps de travail : commissariat (3 jours) ; maison de la justice et du droit "
     "(2 jours).", "partiellement"),
    ("Elle consacre 60 % de son temps à la compagnie de gendarmerie et 40 % du temps au CCAS.", "partiellement"),
    ("Planning : le lundi et le mardi, hotel de police ; les trois autres jours, maison des adolescents, ou il "
     "assure les suivis.", "partiellement"),
    ("Son temps se répartit ainsi : au commissariat, quatre demi-journées par semaine ; à l'hôpital, au "
     "service des urgences, deux demi-journées.", "partiellement"),
    ("Le poste est organisé de la façon suivante : deux jours par semaine à la mairie de Coutras, trois "
     "jours a la brigade territoriale.", "partiellement"),
    ("Temps de travail : mi-temps à la caserne de gendarmerie, mi-temps au centre social municipal.",
     "partiellement"),
    # whole week in the units; the other place is only where people are oriented
    ("L'intervenant est présent cinq jours par semaine au commissariat ; il oriente les jeunes vers la maison "
     "des adolescents.", "oui"),
    # a deadline, not a share of the week
    ("L'intervenant, installé au sein de la brigade, transmet la fiche au CCAS dans un délai de deux jours "
     "chaque semaine.", "oui"),
    # a funding share, not a share of time
    ("Le poste est installé au sein du commissariat ; la subvention de la mairie finance 50 % du temps de "
     "l'intervenant.", "oui"),
    # two units, no other place: the whole time is spent in the forces
    ("L'intervenante exerce au sein du commissariat trois jours par semaine et au sein de la brigade deux "
     "jours par semaine.", "oui"),
    # negated
    ("Le poste n'est pas partagé entre la brigade et le CCAS à raison de deux jours par semaine : il est "
     "exercé en totalité au sein de la brigade.", "oui"),
]


@pytest.mark.parametrize("text,expected", VICTIM_PARAPHRASES)
def test_victim_paraphrase_is_not_an_open_public(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", DEFINITIONS)
def test_definition_of_the_public_governs(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", SCHEDULES)
def test_schedule_listed_place_by_place(text: str, expected: str) -> None:
    assert code("lieu_exercice", text) == expected
