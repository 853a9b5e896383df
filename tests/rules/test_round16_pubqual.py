"""Round 16 (public, qualification): a stress battery of wordings written from imagination, not from
any sample, run through the real engine.

public: lists that restrict (« les victimes, notamment de violences conjugales ») vs lists that open
(« toute personne … y compris les auteurs »), minors, exclusions (« à l'exclusion des mis en cause »),
orientation-only of the mis en cause, near-misses (another sense of « auteurs », a law cited, the
previous convention recalled).
qualification: diplomas (DEASS, DEES, CESF, DECESF, RNCP, « diplôme d'État de travail social de niveau
6 »), job titles, « ou équivalent », « expérience significative », « profil à définir », and staff of
other services named only as partners.
"""

from __future__ import annotations

import pytest

from rule_wording import code

PUBLIC = [
    # ---- open public
    ("L'intervenant social accueille toute personne en difficulté sociale, y compris les auteurs présumés de violences.", "tous_publics"),
    ("Le public visé comprend les victimes, notamment de violences conjugales, les auteurs et les personnes hors champ pénal.", "tous_publics"),
    ("Article 3 – Public\nL'intervenante reçoit :\n– les victimes d'infractions ;\n– les personnes mises en cause ;\n– les personnes en situation de détresse sans lien avec une infraction.", "tous_publics"),
    ("Sont concernés par l'action de l'ISCG les victimes, les auteurs et toute personne dont la situation sociale appelle une réponse.", "tous_publics"),
    ("Le dispositif s'adresse aux personnes victimes comme aux personnes mises en cause, majeures ou mineures.", "tous_publics"),
    ("L'intervention sociale n'est pas réservée aux seules victimes : les auteurs peuvent également être reçus.", "tous_publics"),
    ("Toute personne en detresse sociale, qu'elle soit victime, auteur ou temoin, peut etre reçue par l'intervenant.", "tous_publics"),
    ("Le public de l'intervenant est constitué de toute personne majeure ou mineure connue des services de gendarmerie et présentant une vulnérabilité sociale.", "tous_publics"),
    ("Le travailleur social intervient auprès de toute personne se présentant à l'hôtel de police, qu'elle soit plaignante, mise en cause ou simplement en quête d'aide.", "tous_publics"),
    ("Les personnes gardées à vue peuvent, à leur demande, rencontrer l'intervenant social, au même titre que les victimes.", "tous_publics"),
    ("L'ISCG prend en charge les situations relevant ou non du champ pénal : conflits familiaux, fugues, victimes, auteurs.", "tous_publics"),
    ("Peuvent solliciter l'intervenant : les victimes, les mis en cause, ainsi que les personnes signalées par les militaires pour une difficulté sociale (main courante, différend de voisinage).", "tous_publics"),
    ("Son action concerne les victimes mais aussi les auteurs de violences intrafamiliales.", "tous_publics"),
    ("L'intervenant·e social·e reçoit les victimes et les auteur·es de violences, ainsi que toute personne en détresse.", "tous_publics"),
    ("L'intervenant social du groupement de gendarmerie de Guyane accueille toute personne en difficulté, victime ou mise en cause, sur l'ensemble de la zone gendarmerie.", "tous_publics"),
    ("Aucune condition de statut n'est exigée : victimes, auteurs ou tiers peuvent être reçus.", "tous_publics"),
    ("L'intervenant ne se limite pas aux victimes : il reçoit aussi les personnes mises en cause.", "tous_publics"),
    ("Les victimes mineures sont reçues en présence de leurs représentants légaux ; l'intervenant reçoit également les majeurs, victimes ou auteurs.", "tous_publics"),
    ("L'action de l'intervenant bénéficie à tout public : victimes, auteurs présumés, personnes vulnérables.", "tous_publics"),
    ("Les personnes mises en cause peuvent solliciter un entretien avec l'intervenant social, au même titre que les victimes.", "tous_publics"),
    ("Le public de l'intervenant n'est pas limité aux victimes.", "tous_publics"),
    ("L'ISCG reçoit des publics variés : victimes, auteurs, personnes en errance, familles en conflit.", "tous_publics"),
    ("L'intervenant reçoit toute personne en difficulté sociale, y compris les mineurs.", "tous_publics"),
    # near-misses that must stay open
    ("La convention précédente réservait le poste aux victimes ; désormais, l'intervenant reçoit toute personne en difficulté sociale, y compris les auteurs.", "tous_publics"),
    ("Conformément à la loi du 9 juillet 2010 relative aux violences faites aux femmes, l'intervenant reçoit toute personne en détresse sociale, victime ou mise en cause.", "tous_publics"),
    ("L'intervenant reçoit toute personne en difficulté sociale. Il oriente les victimes vers l'association d'aide aux victimes.", "tous_publics"),
    ("L'intervenant social n'est pas un enquêteur : il reçoit toute personne en difficulté, auteur comme victime.", "tous_publics"),
    ("Les auteurs de l'étude relèvent que certaines conventions réservent le poste aux victimes ; la présente convention ouvre le poste à toute personne en détresse.", "tous_publics"),
    ("L'intervenant reçoit toute personne en difficulté sociale, sauf lorsque la situation relève d'une urgence médicale.", "tous_publics"),
    ("Il accompagne les victimes, les témoins et les personnes mises en cause, à l'exception des situations relevant de l'aide sociale à l'enfance.", "tous_publics"),
    ("Les victimes, notamment de violences conjugales, ainsi que toute personne en difficulté sociale repérée par les enquêteurs, y compris les auteurs, sont reçues.", "tous_publics"),
    ("L'intervenant ne reçoit pas uniquement des victimes : auteurs et personnes en détresse sans infraction relèvent également de son action.", "tous_publics"),
    # ---- victims only
    ("L'intervenant social reçoit les victimes, notamment de violences conjugales et intrafamiliales.", "victimes_seulement"),
    ("Article 2 – Public\nLe poste est destiné aux victimes d'infractions pénales, en particulier les femmes victimes de violences.", "victimes_seulement"),
    ("L'intervenante accueille les personnes victimes, à l'exclusion des mis en cause.", "victimes_seulement"),
    ("Les auteurs de violences ne sauraient être reçus par l'intervenant social.", "victimes_seulement"),
    ("Le public est exclusivement composé de victimes.", "victimes_seulement"),
    ("L'intervenant social intervient uniquement au profit des victimes de violences intrafamiliales.", "victimes_seulement"),
    ("Seules les victimes peuvent bénéficier de l'accompagnement de l'intervenant.", "victimes_seulement"),
    ("L'ISCG a pour mission d'accueillir toute victime en situation de détresse sociale.", "victimes_seulement"),
    ("Aucun auteur ne sera pris en charge par l'intervenante.", "victimes_seulement"),
    ("L'intervenant reçoit les victimes de violences, hors personnes mises en cause.", "victimes_seulement"),
    ("Le dispositif vise les personnes ayant subi une infraction, notamment les femmes victimes de violences et leurs enfants.", "victimes_seulement"),
    ("Les mis en cause ne relèvent pas de la mission de l'intervenant social.", "victimes_seulement"),
    ("L'intervenant social :\n– accueille les victimes ;\n– les informe de leurs droits ;\n– les oriente vers les partenaires.", "victimes_seulement"),
    ("Public : victimes de violences conjugales, victimes d'agressions sexuelles, personnes âgées victimes d'abus de faiblesse.", "victimes_seulement"),
    ("L'accompagnement proposé concerne les plaignants et les victimes de violences, sauf les auteurs.", "victimes_seulement"),
    ("Il accueille les victimes de violences conjugales, y compris les enfants témoins.", "victimes_seulement"),
    ("Les personnes victimes, et elles seules, sont reçues par l'intervenant.", "victimes_seulement"),
    ("L'intervenante n'accueille que les victimes et leurs proches.", "victimes_seulement"),
    ("L'intervenant social est chargé de l'accueil des victimes. Il n'a pas vocation à accompagner les auteurs.", "victimes_seulement"),
    ("Le public cible : les victimes (femmes, hommes, enfants) de violences intrafamiliales.", "victimes_seulement"),
    ("L'intervenant accueille les victimes orientées par les brigades territoriales et la maison de protection des familles.", "victimes_seulement"),
    ("Son action s'exerce en faveur des victimes, quelle que soit la nature de l'infraction subie.", "victimes_seulement"),
    ("L'intervenant social accompagne les victimes de violences intrafamiliales, les mis en cause étant pris en charge par l'association de contrôle judiciaire.", "ambiguite"),
    # ---- ambiguity
    ("L'intervenant social reçoit les victimes et/ou les personnes en difficulté sociale.", "ambiguite"),
    ("Les victimes sont reçues et accompagnées ; les auteurs sont seulement orientés vers les structures adaptées.", "ambiguite"),
    ("Les personnes mises en cause sont orientées vers les dispositifs de droit commun, les victimes faisant l'objet d'un accompagnement par l'intervenante.", "ambiguite"),
    ("Il reçoit les victimes ainsi que les mis en cause mineurs.", "ambiguite"),
    ("L'intervenant social exerce ses missions au sein du commissariat de Rouen.", "ambiguite"),
    ("L'intervenant oriente les personnes reçues vers France Victimes 76.", "ambiguite"),
    ("Le public est constitué des victimes ou des personnes en situation de vulnérabilité.", "ambiguite"),
    ("L'intervenante accueille les victimes d'infractions. Les auteurs présumés, quant à eux, sont redirigés vers le service pénitentiaire d'insertion et de probation.", "ambiguite"),
    ("Victimes : accueil, écoute, accompagnement.\nAuteurs : orientation vers les partenaires.", "ambiguite"),
    ("Le poste est réservé aux victimes, les auteurs étant orientés vers le SPIP.", "ambiguite"),
    # ---- minors only
    ("L'intervenant social reçoit exclusivement les mineurs, victimes ou auteurs.", "mineurs_seulement"),
    ("Le public est constitué des jeunes de moins de 18 ans en difficulté repérés par la brigade de protection des familles.", "mineurs_seulement"),
    ("Article 3 – Public concerné\nLes adolescents de 13 à 18 ans, quelle que soit leur situation au regard de la procédure.", "mineurs_seulement"),
    ("Seuls les mineurs et leurs familles relèvent de l'action de l'intervenant.", "mineurs_seulement"),
    # ---- second wave: priorities, « plus largement », gardés à vue, bulleted lists, OCR, old vocabulary
    ("L'intervenant social en gendarmerie (ISG) a vocation à accueillir les personnes victimes, en priorité les femmes victimes de violences au sein du couple.", "victimes_seulement"),
    ("Le dispositif est dédié à l'accompagnement des victimes de violences intrafamiliales.", "victimes_seulement"),
    ("L'action de l'ISCG s'adresse prioritairement aux victimes, sans exclure les auteurs ni les personnes en détresse sociale.", "tous_publics"),
    ("L'intervenant social reçoit les personnes orientées par les fonctionnaires de police : victimes, mis en cause ou toute personne dont la situation révèle une détresse sociale.", "tous_publics"),
    ("Public visé :\n- victimes de violences intrafamiliales ;\n- personnes vulnérables sans lien avec une infraction ;\n- mineurs en fugue.", "tous_publics"),
    ("Le public concerné est celui des victimes et de leurs familles.", "victimes_seulement"),
    ("Il intervient auprès des victimes d'infractions et, plus largement, de toute personne en situation de détresse sociale rencontrée par les policiers.", "tous_publics"),
    ("Les personnes auteurs de violences conjugales peuvent également être reçues, à leur demande.", "tous_publics"),
    ("Sont exclues du champ d'intervention les personnes mises en cause.", "victimes_seulement"),
    ("Les gardés à vue ne relèvent pas de l'intervention de l'ISCG.", "victimes_seulement"),
    ("L'intervenant n'intervient qu'au bénéfice des victimes.", "victimes_seulement"),
    ("L'ISCG n'a pas pour mission de recevoir les auteurs d'infractions.", "victimes_seulement"),
    ("L'intervenant social accueille tant les victimes que les auteurs.", "tous_publics"),
    ("Les auteurs, comme les victimes, peuvent bénéficier d'un entretien avec l'intervenant.", "tous_publics"),
    ("Toute personne victime ou en détresse sociale peut être reçue.", "ambiguite"),
    ("Le public : femmes victimes de violences et leurs enfants.", "victimes_seulement"),
    ("L’intervenante reçoit les victimes d’infractions pénales ; elle ne reçoit pas les personnes gardées à vue.", "victimes_seulement"),
    ("L'intervenant social accueille toute personne en difficultè sociale, y compris les auteurs presumes.", "tous_publics"),
    ("Le travailleur social en commissariat reçoit toute personne en détresse sociale se présentant au service de quart, victime ou mise en cause.", "tous_publics"),
    ("Public : tout public (victimes, auteurs, témoins, personnes en errance).", "tous_publics"),
    ("Il reçoit les victimes ; il peut également recevoir, à titre exceptionnel, les auteurs.", "tous_publics"),
    ("Le public se compose des victimes, à l'exclusion de toute autre catégorie.", "victimes_seulement"),
    ("Le dispositif concerne les victimes de violences conjugales et les auteurs qui souhaitent s'engager dans une démarche de soins.", "tous_publics"),
    ("L'intervenant social n'est pas compétent pour les personnes mises en cause.", "victimes_seulement"),
    ("La mission de l'intervenant ne concerne pas les auteurs.", "victimes_seulement"),
    ("L'ISCG accueille les victimes ainsi que leurs agresseurs lorsque ceux-ci en font la demande.", "tous_publics"),
    ("Peuvent etre reçues par l'intervenant les personnes victimes d'infractions. Les auteurs ne sont pas concernés.", "victimes_seulement"),
    ("Le public ciblé est prioritairement celui des victimes de violences conjugales ; toutefois, toute personne en difficulté sociale peut le solliciter.", "tous_publics"),
    # near-misses for the round-16 rules: the worker as agent, « hors » in another sense, another competence
    ("Hors période de congés, l'intervenant reçoit les victimes et les auteurs.", "tous_publics"),
    ("Les auteurs sont pris en charge par l'intervenant social au même titre que les victimes.", "tous_publics"),
    ("Les victimes sont accueillies par l'intervenante ; les auteurs sont également accompagnés par elle.", "tous_publics"),
    ("Les auteurs sont accompagnés par la travailleuse sociale du commissariat, comme les victimes.", "tous_publics"),
    ("Les mis en cause sont reçus par l'intervenante puis accompagnés par le SPIP ; les victimes aussi sont reçues.", "tous_publics"),
    ("L'intervenant reçoit toute personne en difficulté sociale, victime ou auteur ; il n'est pas compétent pour les procédures d'enquête.", "tous_publics"),
]

QUALIFICATION = [
    # ---- specified and conform
    ("Le poste est occupé par un travailleur social titulaire du DEASS, du DEES ou du DECESF.", "precisee_conforme"),
    ("L'intervenant social est titulaire d'un diplôme d'État de travail social de niveau 6.", "precisee_conforme"),
    ("Profil : assistant(e) de service social diplômé(e) d'Etat.", "precisee_conforme"),
    ("Le recrutement porte sur un éducateur spécialisé ou un conseiller en économie sociale et familiale.", "precisee_conforme"),
    ("Le candidat retenu devra être titulaire d'un diplôme d'État du travail social (niveau 6 du RNCP).", "precisee_conforme"),
    ("Diplômes requis : DEASS, DEES, DECESF ou diplôme équivalent.", "precisee_conforme"),
    ("Le poste est confié à une assistante sociale expérimentée.", "precisee_conforme"),
    ("L'intervenante, éducatrice spécialisée de formation, est recrutée par l'association.", "precisee_conforme"),
    ("Qualification : DE ASS / DE ES / DE CESF.", "precisee_conforme"),
    ("Le titulaire du poste détient le diplôme d'État d'assistant de service social ou un titre équivalent inscrit au RNCP.", "precisee_conforme"),
    ("L'employeur recrute un(e) travailleur(euse) social(e) diplômé(e) d'État.", "precisee_conforme"),
    ("Le poste est pourvu par un conseiller en ESF diplômé d'État.", "precisee_conforme"),
    ("Le poste requiert le diplôme d'Etat d'educateur specialise (DEES) et une experience significative aupres des victimes.", "precisee_conforme"),
    ("Une expérience significative de l'intervention en commissariat serait un plus pour le travailleur social recruté.", "precisee_conforme"),
    ("L'intervenant social est un professionnel du travail social titulaire d'un diplôme de niveau 6 (ex-niveau II).", "precisee_conforme"),
    ("Assistant socio-éducatif territorial, l'intervenant est placé sous l'autorité du directeur du CCAS.", "precisee_conforme"),
    ("Le recrutement est ouvert aux titulaires du DEASS ou, à défaut, du DEES ou du DECESF.", "precisee_conforme"),
    ("Le poste ne peut être occupé que par un travailleur social diplômé d'État, à l'exclusion de tout autre profil.", "precisee_conforme"),
    ("L'employeur veille à ce que l'intervenant, assistant de service social, bénéficie d'une analyse des pratiques.", "precisee_conforme"),
    # ---- damaging imprecision
    ("Le poste est occupé par un travailleur social ou, à défaut, par une personne justifiant d'une expérience significative dans le domaine social.", "imprecision_dommageable"),
    ("Diplôme : DEASS, DEES, CESF ou expérience équivalente.", "imprecision_dommageable"),
    ("Profil recherché : travailleur social diplômé ou professionnel expérimenté de l'aide aux victimes.", "imprecision_dommageable"),
    ("Le poste peut être occupé par un assistant de service social, un éducateur spécialisé ou un moniteur éducateur.", "imprecision_dommageable"),
    ("L'intervenant est titulaire d'un diplôme du travail social ou justifie d'une expérience de trois ans dans l'accueil des victimes.", "imprecision_dommageable"),
    ("Le candidat retenu sera titulaire du DEASS ou du DEES ; une expérience confirmée pourra toutefois pallier l'absence de diplôme.", "imprecision_dommageable"),
    ("Le recrutement d'un TISF est possible sur ce poste.", "imprecision_dommageable"),
    ("Le poste est ouvert à un travailleur social ou à un juriste spécialisé en droit des victimes.", "imprecision_dommageable"),
    ("Le poste est confié à un(e) assistant(e) social(e) ou à toute personne disposant de compétences reconnues en matière d'écoute.", "imprecision_dommageable"),
    ("L'intervenant(e) est diplômé(e) en travail social ou possède une expérience équivalente.", "imprecision_dommageable"),
    ("Un titulaire du DEES ou une personne titulaire d'un titre RNCP de niveau 4 dans le champ de l'animation peut être recruté.", "imprecision_dommageable"),
    ("Qualification : DEASS ou DEES de préférence ; à défaut, licence en psychologie ou en droit.", "imprecision_dommageable"),
    ("Le poste est ouvert aux travailleurs sociaux diplômés d'État ainsi qu'aux personnes pouvant justifier d'une expérience significative dans l'accompagnement de publics vulnérables.", "imprecision_dommageable"),
    ("L'employeur recrute un travailleur social ; une dérogation est possible pour un candidat disposant d'une expérience significative.", "imprecision_dommageable"),
    ("Un diplôme de niveau 5 en intervention sociale (moniteur-éducateur, TISF) est accepté.", "imprecision_dommageable"),
    # ---- not specified
    ("L'intervenant social est recruté par l'association selon un profil à définir par le comité de pilotage.", "non_precisee"),
    ("Le profil du poste sera défini conjointement par les signataires.", "non_precisee"),
    ("L'intervenant social devra justifier d'une expérience significative auprès des publics en difficulté.", "non_precisee"),
    ("L'intervenante sociale possède une bonne connaissance des dispositifs d'aide aux victimes et du fonctionnement de la gendarmerie.", "non_precisee"),
    ("L'intervenant social oriente si besoin vers l'assistante sociale de secteur ou l'éducateur spécialisé de l'ASE.", "non_precisee"),
    ("Il travaille en lien avec les conseillers en économie sociale et familiale de la CAF.", "non_precisee"),
    ("Le poste n'exige pas de diplôme particulier.", "non_precisee"),
    ("L'intervenant social participe aux réunions de la cellule de veille avec les assistants sociaux du Département.", "non_precisee"),
    ("L'intervenant social accueille les stagiaires préparant le DEASS.", "non_precisee"),
    ("L'intervenant social est recruté à temps plein.", "non_precisee"),
    ("Il sera fait appel à un intervenant disposant d'une expérience significative ou équivalente.", "non_precisee"),
    # ---- second wave: abbreviations, cadres d'emplois, other diplomas, « minimum », fiche de poste
    ("L'intervenant(e) social(e) est un(e) professionnel(le) diplômé(e) d'État en travail social (ASS, ES, CESF).", "precisee_conforme"),
    ("Le poste sera occupé par une Assistante Sociale Diplômée d'Etat (ASDE).", "precisee_conforme"),
    ("Le recrutement est réalisé parmi les personnes titulaires d'un diplôme d'état d'assistant de service social, d'éducateur spécialisé ou de conseiller en économie sociale familiale.", "precisee_conforme"),
    ("Qualification requise : diplôme de niveau 6 dans le champ du travail social (DEASS, DEES, DECESF).", "precisee_conforme"),
    ("Profil : titulaire d'un diplôme d'État du travail social ; une expérience en matière de violences intrafamiliales est souhaitée.", "precisee_conforme"),
    ("L'ISCG est un travailleur social expérimenté.", "precisee_conforme"),
    ("L'agent recruté relève du cadre d'emplois des assistants socio-éducatifs territoriaux.", "precisee_conforme"),
    ("Le poste est occupé par un(e) éducateur(rice) spécialisé(e).", "precisee_conforme"),
    ("L'intervenant social, travailleur social de formation, est recruté par la commune.", "precisee_conforme"),
    ("Le travailleur social sera recruté par voie de mutation ou de détachement.", "precisee_conforme"),
    ("L'intervenante est titulaire du diplôme d'État d'éducateur spécialisé ou justifie d'un diplôme équivalent.", "precisee_conforme"),
    ("Un conseiller conjugal et familial ou un travailleur social peut occuper le poste.", "imprecision_dommageable"),
    ("Le candidat doit être titulaire d'un diplôme d'Etat en travail social ou d'un master en psychologie.", "imprecision_dommageable"),
    ("À défaut de candidat titulaire d'un diplôme d'État, l'association pourra recruter un titulaire d'une licence professionnelle intervention sociale.", "imprecision_dommageable"),
    ("L'intervenant est un professionnel de l'écoute, titulaire d'un diplôme de niveau 5 minimum.", "imprecision_dommageable"),
    ("Les candidats devront être titulaires du DEASS ou du DEES, ou disposer d'une expérience professionnelle significative dans le champ social.", "imprecision_dommageable"),
    ("Un ou une intervenante, diplômée en travail social ou justifiant de compétences équivalentes, sera recrutée.", "imprecision_dommageable"),
    ("Le poste est occupé par une juriste spécialisée dans l'aide aux victimes.", "non_precisee"),
    ("Profil : à définir avec le financeur.", "non_precisee"),
    ("Profil de poste : bac +3 minimum, expérience de l'accueil du public.", "non_precisee"),
    ("Le recrutement de l'intervenant social fera l'objet d'une fiche de poste établie par l'employeur.", "non_precisee"),
    ("Le poste requiert une bonne connaissance du travail social et des procédures judiciaires.", "non_precisee"),
    ("L'intervenant ne se substitue pas aux assistants de service social du secteur.", "non_precisee"),
    # near-misses: two experience requirements, a training course, colleagues, seconded staff
    ("Le travailleur social, qui dispose d'une expérience de l'accueil des victimes ou justifie d'une formation en victimologie, est recruté.", "precisee_conforme"),
    ("L'assistant de service social justifie d'une expérience de deux ans ou dispose d'une pratique en commissariat.", "precisee_conforme"),
    ("L'employeur s'engage à recruter un travailleur social et à lui permettre de suivre une formation de niveau 5 en victimologie.", "precisee_conforme"),
    ("Le poste est ouvert aux assistants de service social et aux éducateurs spécialisés, ainsi qu'aux conseillers en ESF justifiant d'une expérience.", "precisee_conforme"),
    ("Le diplôme d'État d'assistant de service social est exigé ; un diplôme de niveau 5 ne suffit pas.", "precisee_conforme"),
    ("L'éducateur spécialisé recruté travaille avec un psychologue ou un juriste de l'association selon les besoins.", "precisee_conforme"),
    ("Les assistantes sociales du Département, mises à disposition, occupent les deux postes.", "precisee_conforme"),
]


@pytest.mark.parametrize("text,expected", PUBLIC)
def test_public_stress(text: str, expected: str) -> None:
    assert code("public", text) == expected


@pytest.mark.parametrize("text,expected", QUALIFICATION)
def test_qualification_stress(text: str, expected: str) -> None:
    assert code("qualification", text) == expected
