"""Held-out wordings: how other préfectures could write the same clauses, through the real engine.

Written from the study's examples and the codebook, never from a sample file. Each indicator is tried
with the traps of real conventions: negation and double negation, « ne … que », « notamment »,
conditions, passive voice, synonyms of the post / forces / public / authorities, missing accents and
capitals, OCR noise, and a clause split over two sentences. ``contre_sens`` and ``inversee`` get
several independent wordings each, and must stay silent on their negations and on mere citations.
"""

from __future__ import annotations

import warnings

import pytest

from iscg_nlp.decide import decide_indicator
from iscg_nlp.match import match_text
from iscg_nlp.ruleset import load_ruleset

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

RULES = load_ruleset()


def code(indicator: str, text: str, zone: str = "article") -> str:
    findings = [f for f in match_text(text, RULES, zone=zone) if f.indicator == indicator]
    return decide_indicator(RULES.files[indicator], findings).value


DEONTOLOGIE = [
    # ---- secret partagé (several wordings)
    ("Les informations recueillies sont échangées avec les enquêteurs au titre du secret partagé.", "contre_sens"),
    ("L'intervenant et les gendarmes partagent le secret professionnel dans l'intérêt de la victime.", "contre_sens"),
    ("LE SECRET PARTAGE S'APPLIQUE ENTRE L'INTERVENANTE ET LE SERVICE D'ACCUEIL.", "contre_sens"),
    ("Le secret partagé n'existe pas en droit : l'intervenant reste tenu au secret professionnel.", "securisee"),
    ("L'intervenant est tenu au secret professionnel ; la notion de secret partagé ne lui est pas applicable.", "securisee"),
    # ---- copy of action plans / reports to the forces
    ("Une copie de chaque rapport d'évaluation sociale est transmise au commandant de la brigade.", "contre_sens"),
    ("Le plan d'aide établi avec la personne est communiqué en copie à l'officier référent du commissariat.", "contre_sens"),
    ("L'intervenant adresse systématiquement au chef de service un double des écrits concernant chaque personne reçue.", "contre_sens"),
    ("Aucune copie des écrits de l'intervenant n'est transmise aux services de police.", "non_precise"),
    ("Un bilan d'activité anonyme est transmis au commandant de groupement.", "non_precise"),
    # ---- sharing subject to the forces' authorisation
    ("Toute transmission d'information à un partenaire est soumise à l'autorisation préalable du chef de circonscription.", "contre_sens"),
    ("L'intervenant ne peut communiquer une information à l'extérieur qu'avec l'accord du commandant d'unité.", "contre_sens"),
    ("Le partage d'informations avec d'autres services se fait après validation par le commissaire.", "contre_sens"),
    ("Le partage d'informations n'est pas soumis à l'accord du commandant : il relève du seul intervenant et de la personne.", "non_precise"),
    # ---- evaluations for the CRIP / information owed on request
    ("L'intervenant réalise, à la demande du parquet, des évaluations sociales destinées à l'enquête.", "contre_sens"),
    ("Il transmet aux enquêteurs, sur leur demande, toute information utile sur les personnes suivies.", "contre_sens"),
    ("L'intervenante social est chargée de réaliser les évaluations demandées par la CRIP.", "contre_sens"),
    # ---- pré-évaluation radicalisation
    ("L'ISCG répond aux demandes de pré-évaluation des situations de radicalisation formulées par le procureur.", "contre_sens"),
    ("Il contribue au repérage des personnes en voie de radicalisation signalées par les services.", "contre_sens"),
    ("Le financement provient du fonds interministériel de prévention de la délinquance et de la radicalisation.", "non_precise"),
    # ---- action merged with the judicial services
    ("L'action de l'intervenant s'intègre aux actes d'enquête conduits par les officiers de police judiciaire.", "contre_sens"),
    ("L'intervenant social participe aux auditions des victimes aux côtés des enquêteurs.", "contre_sens"),
    ("L'intervention sociale est distincte de l'enquête judiciaire et ne s'y substitue pas.", "non_precise"),
    # ---- « faciliter l'échange d'informations » with no secret anywhere
    ("La convention vise à faciliter l'échange d'informations entre les services de gendarmerie et les services sociaux.", "contre_sens"),
    ("Le dispositif favorise la circulation des informations entre policiers et travailleurs sociaux.", "contre_sens"),
    # ---- multi-partner meetings on individual situations
    ("L'intervenant siège à la cellule de veille du CLSPD, où sont évoquées les situations individuelles des familles.", "contre_sens"),
    ("Chaque mois, les partenaires se réunissent. Les situations des personnes accompagnées par l'intervenant y sont examinées une à une.", "contre_sens"),
    ("Lors de ces réunions, aucune situation individuelle n'est évoquée ; seuls des éléments anonymes sont échangés.", "non_precise"),
    # ---- citations of the study's findings are not the findings
    ("L'étude nationale relève que certaines conventions évoquent à tort un « secret partagé » ; ici, l'intervenant est tenu au secret professionnel.", "securisee"),
    ("Certaines conventions prévoient par erreur la transmission en copie des rapports sociaux au commandant ; la présente convention l'exclut. "
     "L'intervenant est soumis au secret professionnel.", "securisee"),
    # ---- ambiguite
    ("Le travailleur social est tenu au secret. Il saisit systématiquement la cellule départementale pour tout mineur en danger.", "ambiguite"),
    ("L'intervenante est soumise aux mêmes obligations de confidentialité que les militaires de la gendarmerie.", "ambiguite"),
    # ---- securisee, with OCR noise and missing accents
    ("L'intervenant est soumis au SECRET PROFESSIONEL (articles 226-13 et 226-14 du code penal).", "securisee"),
    ("1'intervenant social est tenu au secr et professionnel et respecte la libre adhésion des personnes.", "securisee"),
    ("Les entretiens sont confidentiels et aucune démarche n'est engagée sans l'accord de la personne.", "securisee"),
]

AUTORITES = [
    # ---- inversee: hierarchical authority given to the forces
    ("L'intervenant social est placé sous l'autorité hiérarchique du commandant de brigade.", "inversee"),
    ("Est placée sous l'autorité hiérarchique du directeur départemental de la sécurité publique l'intervenante sociale recrutée.", "inversee"),
    ("L'intervenant est placé sous l'autorité du commandant de brigade qui en assure l'encadrement hiérarchique.", "inversee"),
    ("L'intervenante relève hiérarchiquement du DDSP.", "inversee"),
    ("Le chef de circonscription exerce l'autorité hiérarchique sur l'intervenant social.", "inversee"),
    ("Un lien de subordination hiérarchique unit l'intervenant au commandant de compagnie.", "inversee"),
    ("L'encadrement hiérarchique de l'ISCG est assuré par le commissaire de police.", "inversee"),
    # ---- not inversee: negations, functional authority, mere citations
    ("L'intervenant social n'est pas placé sous l'autorité hiérarchique du commandant. L'association exerce l'autorité hiérarchique.", "conforme"),
    ("Lorsqu'il n'est pas à la brigade, l'intervenant reste sous l'autorité hiérarchique de l'association ; "
     "le commandant de brigade exerce l'autorité fonctionnelle.", "conforme"),
    ("L'intervenant n'est en aucun cas placé sous l'autorité hiérarchique des forces de sécurité intérieure ; "
     "l'association exerce l'autorité hiérarchique et le commandant de brigade l'autorité fonctionnelle.", "conforme"),
    ("L'association exerce l'autorité hiérarchique. Le commandant de brigade exerce une autorité fonctionnelle.", "conforme"),
    ("Le Département, autorité d'emploi, exerce l'autorité hiérarchique ; l'encadrement technique relève du service social départemental, "
     "et l'autorité fonctionnelle du chef de circonscription.", "conforme"),
    ("L'étude nationale relève que certaines conventions placent à tort l'intervenant sous l'autorité hiérarchique du commandant ; "
     "ici, l'association exerce l'autorité hiérarchique et le commandant l'autorité fonctionnelle.", "conforme"),
    # ---- confuse
    ("L'évaluation annuelle de l'intervenant est réalisée conjointement par l'employeur et le commandant de compagnie.", "confuse"),
    ("La commune assure la gestion administrative et la paie de l'agent.", "confuse"),
]

PUBLIC = [
    ("L'intervenant accueille toute personne en détresse sociale : victimes, auteurs présumés, personnes sans lien avec une infraction.", "tous_publics"),
    ("Sont reçues par l'intervenante les victimes, les personnes mises en cause et les personnes gardées à vue.", "tous_publics"),
    ("L'intervenant ne reçoit que des victimes.", "victimes_seulement"),
    ("Seules les victimes d'infractions sont accompagnées par l'intervenante.", "victimes_seulement"),
    ("Le public n'est pas limité aux victimes : les auteurs présumés sont également reçus.", "tous_publics"),
    ("L'intervenant reçoit notamment les victimes de violences, mais aussi toute personne en difficulté sociale.", "tous_publics"),
    ("L'intervenant ne reçoit que des mineurs.", "mineurs_seulement"),
    ("Un seul intervenant social reçoit toute personne en difficulté sociale repérée par les policiers.", "tous_publics"),
    ("Les victimes sont reçues et accompagnées. Les mis en cause sont, le cas échéant, orientés vers les structures compétentes.", "ambiguite"),
]

SITUATIONS = [
    ("L'intervenant intervient sur toute situation à composante sociale, notamment les violences intrafamiliales.", "toutes_situations"),
    ("Le poste ne se limite pas aux violences conjugales.", "toutes_situations"),
    ("L'intervenant est exclusivement chargé des situations de violences intrafamiliales.", "vif"),
    ("Il n'intervient que dans les situations de violences au sein du couple.", "violences_conjugales"),
    ("Le poste est dédié aux violences faites aux femmes.", "violences_faites_aux_femmes"),
]

LIEU = [
    ("L'intervenant social est présent à temps plein au sein de l'hôtel de police.", "oui"),
    ("Est affectée à la brigade territoriale autonome de Nérac une intervenante sociale, qui y dispose d'un bureau.", "oui"),
    ("L'intervenante exerce au sein du c0mmissariat de Blois.", "oui"),
    ("L'intervenant tient des permanences à la brigade le mardi et le jeudi.", "partiellement"),
    ("Il exerce trois jours au commissariat. Les deux autres jours, il est présent au CCAS.", "partiellement"),
    ("L'intervenant reçoit les personnes dans les locaux de l'association, sur orientation des gendarmes.", "non"),
    ("Il n'est pas installé au commissariat : il intervient depuis le siège de l'association.", "non"),
]

TYPE_EMPLOYEUR = [
    ("L'intervenant est recruté et salarié par l'association France Victimes 47.", "association"),
    ("L'employeur est l'association Solidarité Femmes.", "association"),
    ("L'intervenante est mise à disposition par l'association Le Relais.", "association"),
    ("L'intervenante sociale est un agent du Département.", "conseil_departemental"),
    ("La commune recrute un travailleur social diplômé.", "ville_interco"),
    ("Le CCAS de la ville est l'employeur de l'intervenant.", "ville_interco"),
]

DUREE = [
    ("La convention est conclue pour une DUREE de trois ans.", "triennale"),
    ("Elle est conclue pour un an, renouvelable par avenant.", "annuelle"),
    ("La convention est conclue pour la période du 1er janvier au 31 décembre 2019.", "annuelle"),
    ("La convention court sans limitation de durée tant qu'aucune des parties ne la dénonce.", "autre"),
    ("La subvention de l'État est attribuée pour une durée de trois ans.", "non_precisee"),
]

COMITE = [
    ("Un comité de pilotage réunit les signataires une fois par an.", "prevu"),
    ("Il n'est pas prévu de comité de pilotage.", "non_prevu"),
    ("Le comité de suivi se réunit chaque année et, le cas échéant, à la demande d'un signataire.", "prevu"),
]

# second round: passive voice, double negation, synonyms, capitals, OCR noise, split clauses
MORE = [
    ("deontologie", "Il est tenu au secr et professionnel dans l'exercice de ses fonctions.", "securisee"),
    # double negation affirms
    ("deontologie", "Il n'est pas exclu que l'intervenant assiste aux auditions des victimes.", "contre_sens"),
    ("autorites", "Il n'est pas impossible que l'intervenant soit placé sous l'autorité hiérarchique du commandant.", "inversee"),
    ("deontologie", "LE TRAVAILLEUR SOCIAL EST SOUMIS AU SECRET PROFESSIONNEL.", "securisee"),
    ("deontologie", "Le secret partagé ne saurait être invoqué : seul le secret professionnel s'applique.", "securisee"),
    ("deontologie", "Sont transmis en copie au commandant de brigade les rapports sociaux rédigés par l'intervenant.", "contre_sens"),
    ("deontologie", "Est soumise à l'accord préalable du chef de service toute communication d'information à un tiers.", "contre_sens"),
    ("autorites", "Est placé sous l'autorité hiérarchique du chef de la circonscription de sécurité publique le travailleur social recruté.", "inversee"),
    ("autorites", "L'intervenant n'est jamais placé sous l'autorité hiérarchique des forces de sécurité intérieure : "
     "il relève de l'autorité hiérarchique de l'association.", "conforme"),
    ("public", "Sont accueillies les victimes, les personnes mises en cause ainsi que toute personne en détresse sociale.", "tous_publics"),
    ("public", "Aucune personne n'est exclue du dispositif : victimes comme auteurs sont reçus.", "tous_publics"),
    ("public", "L'ISCG intervient auprès des personnes gardées à vue et des victimes.", "tous_publics"),
    ("situations", "Les situations de violences intrafamiliales représentent une part importante de l'activité, "
     "mais l'intervenant traite toute problématique sociale.", "toutes_situations"),
    ("lieu_exercice", "L'intervenante est installée au sein de l'hôtel de police.", "oui"),
    ("lieu_exercice", "L'intervenant social dispose d'un bureau dans les locaux de la brigade, où il est présent chaque jour.", "oui"),
    ("lieu_exercice", "Il n'exerce pas au sein de la brigade ; il reçoit les personnes dans les locaux du CCAS.", "non"),
    ("duree", "DUREE : LA CONVENTION EST CONCLUE POUR TROIS ANS.", "triennale"),
    ("duree", "La convention n'est pas conclue pour un an mais pour trois ans.", "triennale"),
    ("type_employeur", "L'intervenant est détaché par le Conseil départemental auprès du commissariat.", "conseil_departemental"),
]

# third round: the other indicators, and silence of the grave values on negations and citations
OTHERS = [
    ("locaux_moyens", "La gendarmerie met à la disposition de l'intervenante un bureau fermant à clé, une ligne téléphonique et un ordinateur.", "inscrits"),
    ("locaux_moyens", "Un local pourra être mis à disposition selon les possibilités du service.", "ambiguite"),
    ("locaux_moyens", "L'employeur fournit à l'intervenant un téléphone portable et un véhicule de service.", "inscrits"),
    ("qualification", "Le poste est occupé par un travailleur social titulaire d'un diplôme d'État (assistant de service social, éducateur spécialisé ou CESF).", "precisee_conforme"),
    ("qualification", "L'intervenant est recruté parmi les titulaires d'un DEASS ou, à défaut, parmi des personnes ayant une expérience de l'aide aux victimes.", "imprecision_dommageable"),
    ("comite_pilotage", "Un COPIL, présidé par le préfet, réunit les signataires au moins une fois par an.", "prevu"),
    ("comite_pilotage", "Aucune instance de pilotage n'est prévue ; un point annuel est fait entre l'employeur et la brigade.", "non_prevu"),
    ("deontologie", "Le secret partagé, notion souvent invoquée à tort, n'a pas de fondement juridique ; l'intervenant reste soumis au secret professionnel.", "securisee"),
    ("deontologie", "Il ne transmet en aucun cas de copie de ses écrits aux services de gendarmerie, et reste tenu au secret professionnel.", "securisee"),
    ("deontologie", "L'intervenant social ne participe pas aux auditions et n'assiste pas aux gardes à vue ; il est tenu au secret professionnel.", "securisee"),
    ("deontologie", "Le partage d'informations n'est jamais subordonné à l'autorisation du commandant ; le secret professionnel s'impose.", "securisee"),
    ("autorites", "L'autorité hiérarchique n'est pas exercée par le commandant de brigade mais par l'association. "
     "Le commandant exerce l'autorité fonctionnelle.", "conforme"),
    # an anaphora (« elle appartient à… ») is not resolved: not inversee, but not conforme either
    ("autorites", "L'autorité hiérarchique n'est pas exercée par le commandant de brigade : elle appartient à l'association. "
     "Le commandant exerce l'autorité fonctionnelle.", "confuse"),
]

# fourth round: the criteria of the avis (public, lieu, qualification), more ways to say them
CRITERIA = [
    ("public", "L'intervenant social a vocation à accueillir toute personne, majeure ou mineure, victime ou auteur, se trouvant en détresse.", "tous_publics"),
    ("public", "Le public cible est constitué des victimes de violences intrafamiliales.", "victimes_seulement"),
    ("public", "L'intervenant intervient au profit des victimes d'infractions pénales.", "victimes_seulement"),
    ("public", "Les personnes concernées sont les victimes, les mis en cause et les témoins.", "tous_publics"),
    ("public", "L'intervenant accompagne les victimes. Les auteurs de violences peuvent également bénéficier d'un accompagnement.", "tous_publics"),
    ("public", "L'intervenant accueille les personnes en souffrance sociale repérées par les policiers, "
     "qu'elles soient ou non engagées dans une procédure.", "tous_publics"),
    ("public", "Le dispositif est destiné aux victimes et/ou aux personnes en difficulté sociale.", "ambiguite"),
    ("lieu_exercice", "Un bureau est réservé à l'intervenante au sein des locaux du commissariat, où elle exerce à temps plein.", "oui"),
    ("lieu_exercice", "L'ISCG est hébergé dans les locaux de la compagnie de gendarmerie.", "oui"),
    ("lieu_exercice", "Il tient une permanence d'une demi-journée par semaine dans chacune des brigades de la communauté de brigades.", "partiellement"),
    ("lieu_exercice", "L'intervenant reçoit le public à la mairie et se rend au commissariat à la demande des policiers.", "non"),
    ("qualification", "Le poste est pourvu par un(e) assistant(e) de service social diplômé(e) d'État.", "precisee_conforme"),
    ("qualification", "L'intervenant est un éducateur spécialisé diplômé d'État.", "precisee_conforme"),
    ("qualification", "Le poste peut être confié à un travailleur social ou, à défaut, à un agent administratif expérimenté.", "imprecision_dommageable"),
]

# fifth round: meaning carried by the next sentence, pronouns, lists
SPLIT = [
    ("public", "L'intervenant reçoit les victimes. Il en va de même pour les auteurs présumés.", "tous_publics"),
    ("public", "Public :\n- les victimes ;\n- les auteurs ou mis en cause ;\n- les personnes en détresse sociale hors champ pénal.", "tous_publics"),
    ("deontologie", "Des réunions associant la police, le CCAS et le bailleur ont lieu chaque mois. "
     "L'intervenant y présente la situation de chaque personne suivie.", "contre_sens"),
    ("autorites", "Le commandant de compagnie est le supérieur hiérarchique de l'intervenant.", "inversee"),
    ("autorites", "L'intervenant est placé sous l'autorité hiérarchique directe du commissaire divisionnaire, chef de la circonscription.", "inversee"),
    ("lieu_exercice", "L'intervenant dispose d'un bureau à la brigade. Il y est présent du lundi au vendredi.", "oui"),
]

# sixth round: everyday variants of the remaining indicators
VARIANTS = [
    ("lieu_exercice", "L'intervenante est présente au commissariat du lundi au vendredi.", "oui"),
    ("lieu_exercice", "L'intervenant social est accueilli dans les locaux du service d'accueil de la brigade territoriale autonome.", "oui"),
    ("locaux_moyens", "Le commissariat met à sa disposition un bureau garantissant la confidentialité des entretiens.", "inscrits"),
    ("locaux_moyens", "Les locaux sont fournis par la gendarmerie ; le matériel informatique est pris en charge par l'association.", "inscrits"),
    ("comite_pilotage", "Une instance de suivi réunissant les signataires est mise en place ; elle se réunit deux fois par an.", "prevu"),
    ("comite_pilotage", "Les signataires se réunissent chaque année pour dresser le bilan de l'action.", "prevu"),
    ("procureur_signataire", "Le procureur de la République près le tribunal judiciaire de Nevers,", "oui"),
    ("duree", "La présente convention prend effet le 1er mars 2021 pour une durée de trente-six mois.", "triennale"),
    ("duree", "Elle est conclue pour une période de 3 années.", "triennale"),
    ("duree", "La convention est établie pour une durée de douze mois, renouvelable.", "annuelle"),
    ("type_employeur", "L'association Aide et Écoute emploie l'intervenante sociale.", "association"),
    ("type_employeur", "Le Conseil départemental, employeur de l'intervenant, assure sa rémunération.", "conseil_departemental"),
    ("type_employeur", "La communauté d'agglomération recrute et rémunère l'intervenant social.", "ville_interco"),
]

# seventh round: more ways to state the conforming case
CONFORMING = [
    ("public", "L'intervenant social reçoit tout individu, quel que soit son statut (victime, auteur, témoin), dont la situation sociale le justifie.", "tous_publics"),
    ("public", "L'ISCG s'adresse à l'ensemble des personnes qui se présentent au commissariat et dont la situation relève de l'action sociale, "
     "y compris les personnes mises en cause.", "tous_publics"),
    ("lieu_exercice", "Le poste est implanté dans les locaux de l'hôtel de police.", "oui"),
    ("lieu_exercice", "L'intervenant exerce au sein de la communauté de brigades de Lamballe.", "oui"),
    ("qualification", "L'intervenante est conseillère en économie sociale et familiale diplômée d'État.", "precisee_conforme"),
    ("qualification", "Le poste est occupé par un titulaire du diplôme d'État d'éducateur spécialisé (DEES).", "precisee_conforme"),
    ("autorites", "L'association assure l'encadrement hiérarchique et technique de l'intervenant ; le DDSP exerce l'autorité fonctionnelle.", "conforme"),
    ("autorites", "L'intervenant est placé sous l'autorité hiérarchique de son employeur et sous l'autorité fonctionnelle du commandant de brigade.", "conforme"),
    ("deontologie", "Les règles du secret professionnel s'appliquent à l'intervenant (art. 226-13 du code pénal).", "securisee"),
    ("deontologie", "L'intervenante respecte la confidentialité des échanges et le libre consentement des personnes.", "securisee"),
]

# Third round: calendar spans, shared weekdays, conditions that govern the means, « sans que … ne »,
# writings left where investigators read them, answering the OPJ, hierarchy without the word,
# instances named otherwise, intercommunal employers — each with its negation or near miss.
THIRD_ROUND = [
    ("duree", "La convention court du 1er juillet 2015 au 30 juin 2016.", "annuelle"),
    ("duree", "Elle est applicable du 01/03/2018 au 28/02/2021.", "triennale"),
    ("duree", "La présente convention couvre les années 2019, 2020, 2021 et 2022.", "autre"),
    ("duree", "Elle s'applique sur les exercices 2020 et 2021.", "autre"),
    ("duree", "La convention entre en vigueur le 1er mars 2016.", "non_precisee"),
    ("duree", "La convention reste en vigueur tant qu'aucun signataire ne l'a dénoncée.", "autre"),
    ("duree", "Le candidat retenu doit avoir exercé au moins trois années en service social.", "non_precisee"),
    ("duree", "Le plan départemental de prévention 2020-2022 fixe les priorités.", "non_precisee"),
    ("lieu_exercice", "Elle reçoit à la gendarmerie les mardis et jeudis ; les lundis, elle tient des entretiens au centre médico-social.", "partiellement"),
    ("lieu_exercice", "Le travailleur social ne dispose pas de bureau à la brigade et n'est pas installé à la gendarmerie.", "non"),
    ("lieu_exercice", "En son absence, les urgences relèvent de la permanence des services départementaux et des urgences hospitalières.", "non_precise"),
    ("locaux_moyens", "Il aide, si nécessaire, la victime à obtenir un téléphone grave danger. La commune fournit un bureau et un ordinateur.", "inscrits"),
    ("locaux_moyens", "Selon les possibilités du service, un local sera attribué à l'intervenant.", "ambiguite"),
    ("deontologie", "Il assiste aux réunions du CLSPD sans qu'il y soit question de la situation d'une personne nommément désignée. "
     "Il est tenu au secret professionnel.", "securisee"),
    ("deontologie", "Les notes d'entretien sont déposées sur le serveur commun du commissariat, consultable par les enquêteurs.", "contre_sens"),
    ("deontologie", "Les notes d'entretien ne sont jamais accessibles aux enquêteurs.", "non_precise"),
    ("deontologie", "L'intervenante satisfait aux demandes d'informations des enquêteurs relatives aux personnes reçues.", "contre_sens"),
    ("autorites", "L'intervenant travaille sous les ordres du commandant de la brigade, qui fixe ses horaires.", "inversee"),
    ("autorites", "L'employeur exerce l'autorité hiérarchique ; l'intervenant n'est pas placé sous la direction du commissaire, "
     "qui exerce l'autorité fonctionnelle.", "conforme"),
    ("comite_pilotage", "Une commission locale de suivi du dispositif réunit chaque année les financeurs.", "prevu"),
    ("comite_pilotage", "Il n'est pas créé d'instance départementale de pilotage.", "non_prevu"),
    ("situations", "Son intervention est réservée aux violences survenues dans le cadre familial.", "vif"),
    ("public", "Il reçoit les victimes ; les auteurs présumés se voient seulement remettre les coordonnées d'un service spécialisé.", "ambiguite"),
    ("public", "Son action ne se limite pas aux victimes de violences sexuelles : toute victime d'infraction peut la solliciter.", "victimes_seulement"),
    ("type_employeur", "Le poste est porté par Grand Besançon, qui recrute l'intervenant.", "ville_interco"),
   ("duree","La convention est conclue pour une période de douze mois à compter de sa signature.","annuelle"),
   ("duree","La présente convention est établie pour les années 2023 à 2025.","triennale"),
   ("duree","Elle prend effet le 1er janvier 2019 et prend fin le 31 décembre 2019.","annuelle"),
   # round 61: from the signature to a fixed end date is a stated term, its length another than a year or three
   # (blind gold of sb06: signed in September 2020, ending in December 2021); before, read as no duration
   ("duree","La convention prend effet à la date de sa signature et s'achève le 31 décembre 2021.","autre"),
   ("duree","La présente convention est conclue au titre des exercices 2022 à 2024.","triennale"),
   ("duree","Elle court de septembre 2017 à août 2018.","annuelle"),
   ("duree","La convention est conclue pour une durée d'une année, renouvelable deux fois.","annuelle"),
   ("duree","Le contrat de l'intervenant est conclu pour trois ans.","non_precisee"),
   ("duree","La durée de la convention est fixée à trois (3) ans.","triennale"),
   ("lieu_exercice","L'intervenante est présente au commissariat le matin et l'après-midi à la maison des solidarités.","partiellement"),
   ("lieu_exercice","Le lundi et le mardi, l'intervenant assure des permanences à la mairie ; le reste de la semaine il est au commissariat.","partiellement"),
   ("lieu_exercice","L'intervenant social ne dispose d'aucun bureau au sein de la brigade ; il reçoit les personnes au CCAS.","non"),
   ("lieu_exercice","Il n'est pas implanté au commissariat mais intervient depuis les locaux du CCAS.","non"),
   ("locaux_moyens","Le commissariat met à la disposition de l'intervenante un bureau, sous réserve de la disponibilité des locaux.","ambiguite"),
   ("locaux_moyens","L'association fournit le véhicule et le téléphone portable ; le cas échéant, l'intervenant accompagne la victime à l'hôpital.","inscrits"),
   ("deontologie","Les fiches de liaison rédigées par l'intervenant sont versées au logiciel de rédaction des procédures.","contre_sens"),
   ("deontologie","Les comptes rendus sont accessibles à tout moment aux officiers de police judiciaire.","contre_sens"),
   ("deontologie","L'intervenant répond aux réquisitions des officiers de police judiciaire.","contre_sens"),
   ("deontologie","Il participe à la cellule de veille sans que ne soient évoquées des situations nominatives. Il respecte le secret professionnel.","securisee"),
   ("autorites","Le commandant de groupement est le supérieur de l'intervenante ; il valide ses congés.","inversee"),
   ("autorites","L'intervenant reçoit ses instructions du chef de circonscription, qui procède à sa notation annuelle.","inversee"),
   ("comite_pilotage","Un groupe de suivi composé des signataires se réunit deux fois par an.","prevu"),
   ("comite_pilotage","Le dispositif est évalué chaque année par une instance partenariale de pilotage.","prevu"),
   ("type_employeur","L'intervenant est salarié de Montpellier Méditerranée Métropole.","ville_interco"),
   ("type_employeur","Le poste est porté par la communauté de communes du Pays de Lure, employeur de l'intervenant.","ville_interco"),
   ("type_employeur","L'intervenant est recruté par Cap Atlantique Agglo.","ville_interco"),
   ("situations","Le poste est spécifiquement dédié aux violences commises au sein du couple.","violences_conjugales"),
   ("public","L'intervenant accueille les victimes. Les mis en cause sont orientés vers le SPIP.","ambiguite"),
   ("public","Les personnes mises en cause ne relèvent pas de l'intervention.","victimes_seulement"),
   ("qualification","Le poste est confié à un assistant de service social ou, faute de candidat, à un psychologue.","imprecision_dommageable"),
   ("duree","La présente convention est conclue pour trente-six mois.","triennale"),
   ("duree","Elle est conclue pour une durée indéterminée.","autre"),
   ("duree","Elle produit ses effets jusqu'à ce qu'une des parties la dénonce.","autre"),
   ("duree","La période d'essai de l'intervenant est de deux mois.","non_precisee"),
   ("duree","L'État verse une subvention pour les années 2021 à 2023.","non_precisee"),
   ("duree","La convention est signée pour la période allant du 1er octobre 2020 au 30 septembre 2023.","triennale"),
   ("duree","ARTICLE 12 - DURÉE. La convention est valable deux ans à compter de sa notification.","autre"),
   ("lieu_exercice","Le poste n'est pas localisé au commissariat : l'intervenant reçoit au siège de l'association.","non"),
   ("lieu_exercice","L'intervenant partage sa semaine entre l'hôtel de police (trois jours) et le CCAS (deux jours).","partiellement"),
   ("lieu_exercice","L'intervenant social est installé dans un bureau du commissariat où il est présent chaque jour.","oui"),
   ("locaux_moyens","Un bureau sera mis à disposition par la brigade dans la limite des locaux disponibles.","ambiguite"),
   ("locaux_moyens","L'employeur met à disposition un véhicule, un ordinateur et un téléphone.","inscrits"),
   ("deontologie","Les éléments recueillis par l'intervenant sont intégrés au dossier de la procédure.","contre_sens"),
   ("deontologie","À leur demande, l'intervenant communique aux enquêteurs les informations qu'il détient sur la victime.","contre_sens"),
   ("deontologie","Chaque mois, l'intervenant adresse au commissaire la liste nominative des personnes reçues.","contre_sens"),
   ("deontologie","L'intervenant social est soumis au secret professionnel (articles 226-13 et 226-14 du code pénal).","securisee"),
   ("deontologie","Il ne communique aucune information nominative aux enquêteurs, sauf accord de la personne.","non_precise"),
   ("autorites","L'intervenant est sous la responsabilité hiérarchique du commandant de compagnie.","inversee"),
   ("autorites","Le directeur de l'association est le supérieur hiérarchique de l'intervenant ; le commandant de brigade exerce l'autorité fonctionnelle.","conforme"),
   ("autorites","Le commissaire procède à l'évaluation annuelle de l'intervenante.","confuse"),
   ("public","L'intervenant social accueille toute personne, victime ou auteur, en détresse sociale.","tous_publics"),
   ("public","Le dispositif s'adresse exclusivement aux victimes d'infractions pénales.","victimes_seulement"),
   ("public","Le public est constitué des victimes ; les personnes mises en cause en sont exclues.","victimes_seulement"),
   ("situations","Le poste est consacré à toutes les situations sociales, notamment les violences intrafamiliales.","toutes_situations"),
   ("situations","L'intervenant est exclusivement chargé des situations de violences au sein de la famille.","vif"),
   ("comite_pilotage","Les signataires se réunissent une fois par an en comité de pilotage.","prevu"),
   ("comite_pilotage","Le suivi est assuré par un point semestriel entre le directeur de l'association et le commissaire.","non_prevu"),
   ("qualification","Le poste est occupé par un travailleur social titulaire d'un diplôme d'État.","precisee_conforme"),
   ("type_employeur","La communauté d'agglomération du Grand Dax recrute l'intervenant.","ville_interco"),
   ("lieu_exercice","L'intervenante sociale est implantée au sein de l'hôtel de police de Niort, où elle dispose d'un bureau.","oui"),
   ("lieu_exercice","Le poste de travail de l'intervenant est situé dans les locaux de la brigade de gendarmerie de Gex.","oui"),
   ("lieu_exercice","L'ISCG exerce à mi-temps à la brigade et à mi-temps au centre médico-social.","partiellement"),
   ("lieu_exercice","L'intervenant n'exerce pas dans les locaux de la police.","non"),
   ("lieu_exercice","L'intervenante reçoit les personnes dans les locaux de l'association, à proximité du commissariat.","non"),
   ("public","L'intervenant prend en charge toute personne en situation de détresse, qu'elle soit victime, mise en cause ou témoin.","tous_publics"),
   ("public","L'ISCG intervient au bénéfice des victimes de violences.","victimes_seulement"),
   ("public","Les personnes gardées à vue peuvent également rencontrer l'intervenant.","tous_publics"),
   ("public","Son action concerne les victimes et, le cas échéant, les mis en cause, qui sont orientés vers les structures adaptées.","ambiguite"),
   ("qualification","L'intervenant est un éducateur spécialisé ou, à titre exceptionnel, une personne disposant d'une solide expérience.","imprecision_dommageable"),
   ("qualification","Le recrutement porte sur un intervenant social expérimenté.","non_precisee"),
   ("autorites","Le salarié reste placé sous l'autorité hiérarchique de son employeur. Il est placé sous l'autorité fonctionnelle du commandant de groupement.","conforme"),
   ("autorites","L'intervenant relève de l'autorité du commissaire.","confuse"),
   ("autorites","L'intervenant est soumis au pouvoir disciplinaire du commandant de compagnie.","inversee"),
   ("autorites","L'intervenante est placée sous la direction fonctionnelle du commandant de compagnie et sous l'autorité hiérarchique de l'association.","conforme"),
   ("deontologie","L'intervenant tient informés les enquêteurs de la situation des personnes qu'il accompagne.","contre_sens"),
   ("deontologie","L'intervenant transmet au parquet, à sa demande, une évaluation de la situation sociale de la personne.","contre_sens"),
   ("deontologie","Les comptes rendus sont conservés par l'intervenant dans un dossier auquel les gendarmes n'ont pas accès.","non_precise"),
   ("deontologie","Les informations recueillies restent confidentielles et ne sont partagées qu'avec l'accord de la personne.","securisee"),
   ("deontologie","Le secret professionnel s'applique ; aucun écrit de l'intervenant n'est versé à la procédure.","securisee"),
   ("duree","Le présent accord est valable trois ans.","triennale"),
   ("duree","Le protocole est conclu du 1er janvier 2020 au 31 décembre 2020.","annuelle"),
   ("duree","L'intervenant a exercé pendant trois ans dans un service d'aide aux victimes.","non_precisee"),
   ("duree","Le bilan des trois années de fonctionnement sera présenté au comité.","non_precisee"),
   ("duree","La convention est reconduite d'année en année par tacite reconduction.","annuelle"),
   ("duree","Elle est conclue pour une durée d'un an renouvelable par tacite reconduction dans la limite de trois ans.","annuelle"),
   ("duree","La présente convention couvre la période 2022-2024 et pourra être renouvelée.","triennale"),
   ("autorites","Le Département assure la gestion administrative et financière de l'emploi. L'intervenant rend compte au commissaire, au commandant et au coordonnateur du CISPD.","confuse"),
   ("autorites","L'employeur assure uniquement la paie de l'intervenant.","confuse"),
   ("autorites","L'intervenant est évalué sur la manière dont il s'acquitte de son service.","confuse"),
   ("lieu_exercice","L'intervenante tient une permanence hebdomadaire à la maison de la justice et du droit ; le reste du temps elle est au commissariat.","partiellement"),
   ("lieu_exercice","Il exerce à la brigade, sauf le vendredi où il reçoit à la mairie.","partiellement"),
   ("lieu_exercice","L'intervenant peut orienter vers la permanence du CCAS ou vers le 115.","non_precise"),
   ("locaux_moyens","Un bureau est mis à disposition par le commissariat ; il permet, le cas échéant, de recevoir des familles.","inscrits"),
   ("public","Il accueille les victimes et leurs proches.","victimes_seulement"),
   ("public","Il accueille toute personne dont la situation sociale le nécessite, victime ou non d'une infraction.","tous_publics"),
   ("comite_pilotage","Un comité de suivi réunissant les signataires se tient chaque année.","prevu"),
   ("comite_pilotage","Le directeur de l'association et le commissaire font un point annuel sur le dispositif.","non_prevu"),
]

CASES = ([("deontologie", *c) for c in DEONTOLOGIE] + [("autorites", *c) for c in AUTORITES]
         + [("public", *c) for c in PUBLIC] + [("situations", *c) for c in SITUATIONS]
         + [("lieu_exercice", *c) for c in LIEU] + [("type_employeur", *c) for c in TYPE_EMPLOYEUR]
         + [("duree", *c) for c in DUREE] + [("comite_pilotage", *c) for c in COMITE] + MORE + OTHERS + CRITERIA + SPLIT + CONFORMING + THIRD_ROUND
         + [(ind, text, value) for ind, text, value in VARIANTS if ind != "procureur_signataire"])


@pytest.mark.parametrize("text", [t for ind, t, _ in VARIANTS if ind == "procureur_signataire"])
def test_procureur_in_the_parties(text):
    assert code("procureur_signataire", text, zone="parties") == "oui"


@pytest.mark.parametrize("indicator, text, expected", CASES,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_heldout_wording(indicator, text, expected):
    assert code(indicator, text) == expected
