"""Round 16, deontologie (and situations): the verdict criterion (« contre_sens ») stressed with fresh wordings.

Written from imagination, not from the samples: every way a secretariat may write that the worker's
information goes to the police, the gendarmerie or the CRIP (« partage systématique », « transmet sans
délai tout élément », « porté à la connaissance des enquêteurs », « fait remonter à la hiérarchie de la
brigade », « partagées avec les forces de l'ordre », « alimente le fichier de la brigade », « le secret est
partagé entre… », « tout renseignement que celle-ci lui demande », « apporte son concours aux enquêteurs »),
against the sound wordings (articles 226-13 / 226-14 framing a refusal, « sauf accord de la personne »,
« sans son accord », « informations strictement nécessaires ») and near-misses that must not move the value
(the law on shared information quoted in a « Vu », « sauf accord de la personne » alone (kept
non_precise, as in test_heldout_wordings), the police referring a victim to the worker, a victim
who « porte plainte au commissariat », an anonymous activity report, a shared office).
"""

from __future__ import annotations

import pytest

from rule_wording import code

CS, AM, SE, NP = "contre_sens", "ambiguite", "securisee", "non_precise"
TS, VIF, VC, VFF = "toutes_situations", "vif", "violences_conjugales", "violences_faites_aux_femmes"

PASSAGES = [
    ("L'intervenant social procède à un partage systématique des informations recueillies avec les enquêteurs.", CS),
    ("Article 6 – Échanges d'informations\nL'intervenante transmet sans délai tout élément utile à l'enquête au commandant de brigade.", CS),
    ('Il rend compte des situations rencontrées aux enquêteurs en charge des procédures.', CS),
    ("Les informations recueillies lors des entretiens sont communiquées à l'officier de police judiciaire saisi des faits.", CS),
    ("L'ISCG est soumis à un secret partagé avec les services de police.", CS),
    ("Les informations recueillies par l'intervenant sont communiquées au service enquêteur.", CS),
    ("Le travailleur social transmet aux gendarmes l'ensemble des informations recueillies auprès des victimes.", CS),
    ("L'intervenant social : – accueille les victimes ; – transmet systématiquement à l'OPJ les éléments recueillis en entretien ; – oriente vers les partenaires.", CS),
    ("Les éléments d'information obtenus par l'intervenante sont portés à la connaissance des enquêteurs.", CS),
    ("Tout élément recueilli susceptible d'intéresser la procédure est transmis sans délai au service d'enquête.", CS),
    ("Le secret est partagé entre l'intervenant social et les militaires de la brigade.", CS),
    ("Dans le cadre du secret partage, l'intervenant echange avec les policiers sur les situations.", CS),
    ('Les partenaires échangent les informations dans le respect des règles du secret partagé.', CS),
    ("L'intervenant social communique à la CRIP, à sa demande, toute information relative aux mineurs suivis.", CS),
    ("Il réalise, à la demande de la cellule de recueil des informations préoccupantes, l'évaluation des situations familiales.", CS),
    ("L'intervenante est tenue de transmettre aux enquêteurs les informations dont elle a connaissance.", CS),
    ("Les comptes-rendus d'entretien sont adressés en copie au commissaire de police.", CS),
    ("L'intervenant fait remonter à la hiérarchie de la brigade les informations recueillies sur les personnes reçues.", CS),
    ("La transmission d'informations à des partenaires extérieurs est subordonnée à l'accord du commandant de compagnie.", CS),
    ("L'intervenant social alimente le fichier de la brigade avec les éléments recueillis lors des entretiens.", CS),
    ("Les informations recueillies par l'intervenant social sont systématiquement partagées avec les forces de l'ordre.", CS),
    ('Il communique aux enquêteurs, sur leur demande, tout renseignement concernant les personnes reçues.', CS),
    ("Le travailleur social informe les enquêteurs de toute information recueillie susceptible d'éclairer l'enquête.", CS),
    ("L'intervenant social s'oblige à porter à la connaissance des policiers toute information utile recueillie lors de ses entretiens.", CS),
    ("Article 5 – Secret professionnel\nL'intervenant est soumis au secret partagé avec les forces de sécurité.", CS),
    ('Les informations recueillies sont mises à disposition des services de gendarmerie.', CS),
    ("L'intervenante apporte son concours aux enquêteurs en leur transmettant les éléments recueillis auprès des victimes.", CS),
    ("Les éléments recueillis en entretien font l'objet d'une transmission systématique au commissariat.", CS),
    ("L'intervenant social est associé aux auditions des victimes conduites par les enquêteurs.", CS),
    ("Un compte rendu écrit de chaque entretien est remis à l'OPJ en charge du dossier.", CS),
    ('Les informations sont communiquées aux services de police selon le principe du secret partagé.', CS),
    ("L'ISCG transmet sans délai au commandant de brigade toute information recueillie.", CS),
    ("L'intervenant saisit systématiquement la CRIP de toute situation de mineur en danger.", AM),
    ('Il est astreint aux mêmes obligations de secret que les fonctionnaires de police.', AM),
    ("L'intervenante signale obligatoirement au procureur de la République tout fait de violence révélé.", AM),
    ('Toute information préoccupante est transmise de manière systématique au conseil départemental.', AM),
    ("L'intervenant social est tenu au secret professionnel dans les conditions prévues aux articles 226-13 et 226-14 du code pénal.", SE),
    ("Il ne partage que les informations strictement nécessaires, avec l'accord de la personne, dans le respect du secret professionnel auquel il est tenu.", SE),
    ('Article 7 – Déontologie\nLe travailleur social respecte la confidentialité des entretiens.', SE),
    ("Les informations ne sont transmises aux enquêteurs qu'avec le consentement de la personne concernée.", SE),
    ("L'intervenant n'est tenu de transmettre aucune information aux enquêteurs, sauf dans les cas prévus par l'article 226-14 du code pénal.", SE),
    ("Le secret partagé n'a aucune existence légale : l'intervenant reste soumis au secret professionnel.", SE),
    ("Les échanges avec les enquêteurs se limitent aux informations strictement nécessaires, dans le respect du secret professionnel auquel l'intervenant est tenu.", SE),
    ("L'intervenant peut, le cas échéant, transmettre une information préoccupante à la CRIP conformément à l'article L. 226-2-2 du CASF.", SE),
    ('Son action repose sur la libre adhésion des personnes reçues.', SE),
    ("Aucune information recueillie en entretien n'est communiquée aux services de police sans l'accord de l'intéressé.", SE),
    ("L'intervenante n'a pas à rendre compte des situations individuelles aux enquêteurs ; elle est tenue au secret professionnel.", SE),
    ('Les entretiens sont strictement confidentiels.', SE),
    ('Le travailleur social exerce selon les regles deontologiques de sa profession et est soumis au secret professionel.', SE),
    ("Le partage d'informations avec les services de police s'effectue dans le respect du secret professionnel auquel il est tenu.", SE),
    ('Les informations recueillies ne sont en aucun cas communiquées aux enquêteurs, sauf accord de la personne.', NP),
    ('Il informe la victime que ses propos resteront confidentiels et ne seront pas transmis aux enquêteurs sans son accord.', SE),
    ('Vu la loi n° 2007-297 du 5 mars 2007 relative à la prévention de la délinquance, notamment son article 8 relatif au secret partagé ;', NP),
    ("Vu le code de l'action sociale et des familles, notamment son article L. 121-6-2 relatif au partage d'informations ;", NP),
    ("Les policiers transmettent à l'intervenant social les informations utiles sur la situation des victimes.", NP),
    ("Le rapport d'activité annuel, anonymisé, est communiqué au commandant de groupement.", NP),
    ("Les gendarmes communiquent sans délai à l'intervenante les coordonnées des victimes qui l'acceptent.", NP),
    ("L'intervenant social accueille les victimes et les oriente vers les services compétents.", NP),
    ("Le commissariat met à la disposition de l'intervenant un bureau et un téléphone.", NP),
    ("Les enquêteurs informent l'intervenant des situations rencontrées lors des interventions.", NP),
    ("L'intervenant social est tenu de communiquer à la CRIP toute information que celle-ci lui demande.", CS),
    ("Les informations qu'il détient sont transmises aux enquêteurs à leur demande.", CS),
    ('Il communique aux OPJ les renseignements recueillis sur les personnes reçues.', CS),
    ("Les comptes rendus d'entretien sont joints à la procédure.", CS),
    ("L'intervenant social et les militaires de la gendarmerie partagent le secret professionnel.", CS),
    ("Elle s'engage à signaler aux gendarmes toute information recueillie en entretien.", CS),
    ("Article 8 – Confidentialité\nLe secret partagé s'applique entre l'ISCG et les agents du commissariat.", CS),
    ('Les situations des personnes suivies sont évoquées lors de la réunion mensuelle avec les partenaires du CLSPD.', CS),
    ("Toute transmission d'information à un partenaire est soumise au visa préalable du commandant de brigade.", CS),
    ('Les éléments recueillis lors des entretiens sont systematiquement transmis au referent de la brigade.', CS),
    ("L'intervenant procède, pour le compte de la CRIP, aux évaluations des situations signalées.", CS),
    ("Les informations collectées par l'intervenante sont transmises au commissariat sans délai.", CS),
    ('Il informe obligatoirement le parquet de toute situation de danger portée à sa connaissance.', AM),
    ('Il est soumis aux mêmes règles de confidentialité que les militaires de la brigade.', AM),
    ("Les informations recueillies par l'intervenant social ne sont pas transmises aux enquêteurs, conformément à l'article 226-13 du code pénal.", SE),
    ("Sauf dans les cas prévus à l'article 226-14 du code pénal, aucune information n'est portée à la connaissance des services de police.", SE),
    ("L'intervenant social est tenu au secret professionnel ; il ne transmet aux enquêteurs aucun élément recueilli en entretien.", SE),
    ("Les informations partagées avec les gendarmes se limitent aux informations strictement nécessaires, avec l'accord de la personne.", SE),
    ("Le secret professionnel auquel est tenu l'intervenant s'oppose à toute transmission des comptes rendus aux enquêteurs.", SE),
    ("Il peut transmettre une information préoccupante à la CRIP lorsque la situation d'un mineur le justifie, dans le respect de l'article L. 226-2-2 du CASF.", SE),
    ("Le commandant de brigade porte à la connaissance de l'intervenant les situations repérées par les patrouilles.", NP),
    ('Les victimes sont informées de la possibilité de porter plainte au commissariat.', NP),
    ('Les données statistiques anonymisées sont transmises au commandant de groupement.', NP),
    ("Le bureau de l'intervenant est partagé avec la brigade de protection des familles.", NP),
    ("Les militaires alimentent la fiche de liaison transmise à l'intervenante.", NP),
    ('Les informations relatives au fonctionnement du dispositif sont communiquées au comité de pilotage.', NP),
    ("Les fiches d'entretien sont versées dans la procédure.", CS),
    ('Le gendarme référent a accès au dossier social des personnes suivies.', CS),
    ("L'ISCG transmet à la gendarmerie une fiche navette pour chaque personne rencontrée.", CS),
    ("Les éléments recueillis par l'intervenant peuvent être exploités par les enquêteurs.", CS),
    ("L'intervenant communique aux forces de l'ordre, en temps réel, les informations dont il a connaissance.", CS),
    ('Les informations recueillies sont remontées au commandement de groupement.', CS),
    ("L'intervenant social rend compte aux enquêteurs de tout élément recueilli.", CS),
    ("Le secret partagé, au sens de la loi du 5 mars 2007, s'applique entre l'intervenant et les policiers.", CS),
    ("Les propos recueillis en entretien sont transmis, le cas échéant, à l'officier de police judiciaire.", CS),
    ("Il transmet à l'OPJ un écrit relatant les déclarations de la victime.", CS),
    ("L'intervenante tient le commandant informé de chaque situation qu'elle prend en charge.", CS),
    ("L'intervenant social s'engage à communiquer aux services de police toute information relative aux personnes reçues.", CS),
    ("Un double de chaque fiche d'entretien est conservé à la brigade.", CS),
    ("L'intervenant n'est pas un auxiliaire de l'enquête ; il est tenu au secret professionnel.", SE),
    ('Il est astreint au secret professionnel (art. 226-13 C. pén.).', SE),
    ("Les informations à caractère secret ne sont partagées qu'entre professionnels soumis au secret, dans la limite de ce qui est strictement nécessaire.", SE),
    ("Les gendarmes portent à la connaissance de l'intervenante les faits dont ils ont connaissance.", NP),
    ('Les informations utiles au fonctionnement du poste sont portées à la connaissance du commandant.', NP),
    ("Les informations relatives aux absences de l'intervenant sont transmises au chef de service.", NP),
    ('Les données personnelles sont traitées conformément au règlement général sur la protection des données.', NP),
    ("Les policiers informent la victime de la présence de l'intervenante au commissariat.", NP),
    ("L'intervenant partage son bureau avec l'officier chargé des violences intrafamiliales.", NP),
    ("Le commissariat communique à l'intervenant la liste des personnes à rappeler.", NP),
    ("Le planning de l'intervenante est transmis au commandant de brigade chaque mois.", NP),
    ("Les gendarmes et l'intervenant partagent des informations générales sur le fonctionnement du dispositif avec les policiers.", NP),
    ("L'intervenante partage avec les gendarmes son expertise sur les violences intrafamiliales lors des formations.", NP),
    ("Le bureau mis à disposition des services de police est distinct de celui de l'intervenant.", NP),
    ("L'intervenant veille à signaler aux gendarmes les difficultés matérielles rencontrées dans l'exercice de ses missions.", NP),
    ("Les informations recueillies par les gendarmes sur les victimes sont portées à la connaissance de l'intervenant.", NP),
    ("Les éléments chiffrés de l'activité sont portés à la connaissance du commandant lors du comité de pilotage.", NP),
    ('La victime est informée que les éléments de sa plainte sont transmis au parquet par les enquêteurs.', NP),
    ("Il peut, avec l'accord de la personne, partager avec les enquêteurs les informations strictement nécessaires.", SE),
    ("Il ne peut partager d'informations avec les enquêteurs que dans le cadre prévu par la loi.", SE),
    ("Les gendarmes ont accès aux comptes rendus rédigés par l'intervenant.", CS),
    ("Un compte-rendu de chaque entretien est transmis par l'intervenant à l'officier de police judiciaire.", CS),
    ("L'intervenante communique à la gendarmerie les coordonnées et la situation de chaque personne reçue.", CS),
    ("Les informations sont systématiquement partagées entre l'intervenant et la brigade, au titre du secret partagé.", CS),
    ('Il transmet au parquet, à sa demande, les informations recueillies sur les familles.', CS),
    ("L'intervenant réalise les enquêtes sociales ordonnées par le juge des enfants.", CS),
    ('Les éléments recueillis en entretien alimentent la procédure judiciaire.', CS),
    ("Les gendarmes communiquent à l'intervenant la situation des personnes rencontrées lors des interventions.", NP),
    ("Les écrits de l'intervenant n'alimentent jamais la procédure judiciaire.", NP),
    ("L'intervenant transmet à son employeur la situation des personnes reçues pour la supervision.", NP),
]

# A prohibition with no secret named: any value but the grave one
PROHIBITIONS = [
    "L'intervenant social ne saurait être tenu de transmettre aux enquêteurs les informations recueillies en entretien.",
    "Aucune des parties ne peut exiger de l'intervenant qu'il transmette aux enquêteurs les informations recueillies.",
    "Il n'appartient pas à l'intervenante de rendre compte des situations individuelles aux enquêteurs.",
]


@pytest.mark.parametrize("text, expected", PASSAGES)
def test_deontologie_value(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected


@pytest.mark.parametrize("text", PROHIBITIONS)
def test_prohibition_is_no_contre_sens(text: str) -> None:
    assert code("deontologie", text) != CS


# Situations: a restriction said as the post's purpose (« créé afin d'accompagner / pour prendre en charge
# les victimes de… », « a pour mission d'accompagner… ») is a restriction; « à l'exclusion de toute autre
# situation » closes the post and is no generalist wording; VIF named among others stays generalist.
SITUATIONS = [
    ("L'intervenant social intervient exclusivement auprès des victimes de violences intrafamiliales.", VIF),
    ('Le poste est dédié à la prise en charge des violences au sein de la famille.', VIF),
    ("Article 1 – Objet\nLa présente convention a pour objet la création d'un poste d'intervenant social chargé des violences intrafamiliales.", VIF),
    ("Le champ d'intervention de l'ISCG est limité aux situations de violences intra-familiales.", VIF),
    ('Seules les situations de violences intrafamiliales relèvent de sa compétence.', VIF),
    ("L'intervenante prend en charge uniquement les situations de VIF.", VIF),
    ('Son intervention se limite aux violences commises au sein du couple et de la famille.', VIF),
    ("Le poste est créé afin d'accompagner les victimes de violences intrafamiliales repérées par les brigades.", VIF),
    ("L'intervenant social est spécialisé dans les violences conjugales.", VC),
    ('Le poste est exclusivement consacré aux violences au sein du couple.', VC),
    ("Il n'intervient que dans les situations de violences conjugales.", VC),
    ("Le champ d'action de l'intervenante se limite aux violences entre conjoints ou ex-conjoints.", VC),
    ('Le dispositif vise exclusivement les femmes victimes de violences.', VFF),
    ("L'intervenante sociale se consacre exclusivement à l'accompagnement des femmes victimes de violences.", VFF),
    ('Le poste est réservé aux violences faites aux femmes.', VFF),
    ("L'intervenant social intervient notamment dans les situations de violences intrafamiliales.", TS),
    ('Les violences intrafamiliales constituent une part importante, mais non exclusive, de son activité.', TS),
    ('Il accueille toute personne en difficulté sociale, en particulier les victimes de violences conjugales.', TS),
    ("Le poste n'est pas limité aux violences intrafamiliales : il couvre toute situation de détresse sociale.", TS),
    ("L'intervenant traite en priorité les violences conjugales, sans exclure les autres situations.", TS),
    ('Son intervention ne se limite pas aux violences faites aux femmes.', TS),
    ("L'intervenant intervient sur l'ensemble des problématiques sociales : conflits familiaux, violences, précarité, addictions, fugues de mineurs.", TS),
    ('Les situations rencontrées sont variées : violences conjugales, conflits de voisinage, détresse de personnes âgées, troubles psychiques.', TS),
    ('Vu le Grenelle des violences conjugales de 2019 ;', TS),
    ("Considérant la hausse des violences intrafamiliales dans le département, les parties conviennent de créer un poste d'intervenant social généraliste.", TS),
    ('Le comité de pilotage examine les données relatives aux violences conjugales.', TS),
    ("L'intervenant social participe à la commission départementale de lutte contre les violences faites aux femmes.", TS),
    ('Le financement est assuré au titre du plan départemental de lutte contre les violences intrafamiliales.', TS),
    ("Hors violences intrafamiliales, l'intervenant accueille aussi les personnes en errance et les mineurs en fugue.", TS),
    ("L'intervenant social n'est pas spécialisé dans les violences conjugales ; son approche est généraliste.", TS),
    pytest.param('Le poste, initialement consacré aux violences conjugales par la convention de 2015, est désormais ouvert à toute situation sociale.', TS, marks=pytest.mark.xfail(strict=True, reason=(
        "engine: « initialement consacré … par la convention de 2015 » is a past incise (report.past) inside a "
        "clause that « désormais » marks as present; the incise should be read as passed"))),
    ('Il intervient dans tous types de situations, y compris les violences intrafamiliales.', TS),
    ('Les victimes de violences conjugales, les personnes âgées isolées, les mineurs en danger et les familles en conflit peuvent être reçus.', TS),
    ("Il oriente les victimes de violences faites aux femmes vers l'association spécialisée.", TS),
    ('Le poste est cofinancé par le FIPD au titre de la prévention des violences faites aux femmes.', TS),
    ("L'association recrute un intervenant social VIF pour la compagnie de gendarmerie.", VIF),
    ('Le poste a été créé pour accompagner les femmes victimes de violences.', VFF),
    ('Le poste est créé afin de prendre en charge les victimes de violences conjugales.', VC),
    ("L'ISCG a pour mission d'accompagner les victimes de violences au sein du couple, à l'exclusion de toute autre situation.", VC),
    ('Le poste est créé pour accompagner les victimes de violences intrafamiliales, mais aussi toute personne en détresse sociale.', TS),
    ("Les violences intrafamiliales ne sont qu'une des situations traitées par l'intervenant.", TS),
]


@pytest.mark.parametrize("text, expected", SITUATIONS)
def test_situations_value(text: str, expected: str) -> None:
    assert code("situations", text) == expected
