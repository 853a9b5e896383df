"""Round 13 held-out wordings: authorities and deontology in renewals and consolidated texts.

Written from the phenomena, not copied from a sample: the forces' observations or remarks passed on
to the employer before the appraisal (the « avis » the model leaves them, never the appraisal itself);
the employer's authority said by what it covers (organisation of the activity, professional worth,
career « sous la seule responsabilité » or « relevant » of the employer) beside the forces organising
the worker's presence; the forces associated to the follow-up of the ACTIVITY (figures, bilans), or
the « partage » of the worker's time between sites, which is no access to a person's file.
"""

from __future__ import annotations

import pytest

from rule_wording import code

# ---- the forces give observations to the employer before / for the notation: never an inversion
OBSERVATIONS_AVANT_NOTATION = [
    ("L'association exerce l'autorité hiérarchique. Le commandant de compagnie exerce l'autorité fonctionnelle. Le commandant de compagnie peut faire part au Conseil départemental, avant la notation annuelle, de ses observations sur le fonctionnement du partenariat.", 'conforme'),
    ("L'association exerce l'autorité hiérarchique. Le commandant de brigade exerce l'autorité fonctionnelle. Avant la notation, le commandant de brigade transmet ses remarques au directeur de l'association.", 'conforme'),
    ("L'association exerce l'autorité hiérarchique. Le commissaire exerce l'autorité fonctionnelle. Le commissaire fait connaître au Département ses observations en vue de la notation annuelle de l'intervenante.", 'conforme'),
    ("L'association exerce l'autorite hierarchique. Le commissaire exerce l'autorite fonctionnelle. Le commissaire adresse a l'employeur, prealablement a la notation, une note d'observations sur le partenariat.", 'conforme'),
    ("L'association exerce l'autorité hiérarchique. Le commissaire exerce l'autorité fonctionnelle. Pour la notation, les observations du chef de circonscription sont portées à la connaissance du CCAS.", 'conforme'),
    ("L'association exerce l'autorité hiérarchique. Le commandant exerce l'autorité fonctionnelle. Le commandant de groupement peut formuler des observations écrites, dont le président tient compte lors de la notation.", 'conforme'),
    ("L'association exerce l'autorité hiérarchique. Le commandant exerce l'autorité fonctionnelle. A l'occasion de la notation annuelle, l'officier référent fait part de ses remarques au Conseil departemental.", 'conforme'),
    ("L'association exerce l'autorité hiérarchique. Le commandant exerce l'autorité fonctionnelle. Avant l'évaluation annuelle, des observations peuvent être formulées par le commandant de brigade.", 'conforme'),
    ("L'association exerce l'autorité hiérarchique. Le commandant exerce l'autorité fonctionnelle. Le chef de poste fera connaitre ses remarques sur la notation au conseil general.", 'conforme'),
    ("Le commandant de compagnie procède à la notation annuelle de l'intervenant.", 'inversee'),
    ("Le commissaire de police procède chaque année à la notation de l'intervenante et lui accorde ses congés.", 'inversee'),
    ("La notation annuelle de l'ISCG relève du commandant de brigade, son supérieur direct.", 'inversee'),
    ("L'évaluation annuelle de l'intervenante est réalisée par le commissaire.", 'confuse'),
    ("La notation annuelle de l'intervenante est assurée par le commissaire, après observations de l'association.", 'confuse'),
]

# ---- the employer holds the work (activity, professional worth, career) in other words
RESPONSABILITE_EMPLOYEUR = [
    ("Pour tout ce qui touche à son statut, à l'organisation de son activité professionnelle et à l'appréciation de sa valeur professionnelle, l'intervenante demeure sous la seule responsabilité de la directrice de l'association. Le commandant de compagnie organise sa présence à la brigade.", 'conforme'),
    ("Sa carrière et l'évaluation de son travail relèvent exclusivement du Département. Le chef de circonscription fixe les conditions de son accueil au commissariat.", 'conforme'),
    ("L'appreciation de sa valeur professionnelle releve uniquement du directeur du CCAS. Le commissaire organise son installation dans le service.", 'conforme'),
    ("L'organisation de son travail et son entretien annuel dépendent du chef du service social de la commune. L'officier adjoint facilite son intégration au sein des équipes.", 'conforme'),
    ("L'intervenant, agent du centre hospitalier, reste sous la responsabilité exclusive du cadre socio-éducatif pour la conduite de son activité et sa carrière. Le chef de poste règle les conditions de sa présence au commissariat.", 'conforme'),
    ("Son évaluation et le contenu de son travail sont du ressort de la fondation qui l'emploie. Les conditions de sa présence dans l'unité sont arrêtées par le commandant de brigade.", 'conforme'),
    ("L'organisation de son activité professionnelle relève du commandant de compagnie. Le commandant organise sa présence à la brigade.", 'confuse'),
    ("Son statut relève de l'association, qui assure sa rémunération. Le commandant organise sa présence à la brigade.", 'confuse'),
    ("L'appréciation de sa valeur professionnelle ne relève pas de l'association. Le commissaire organise son installation dans le service.", 'confuse'),
    ('Le financement du poste et son travail relèvent du Département et du commissaire. Le commandant organise sa présence à la brigade.', 'confuse'),
]

# ---- follow-up of the activity / the scheme, time shared between sites: no person's file
SUIVI_DE_L_ACTIVITE = [
    ("Elle tient compte des observations formulées au cours de la première période, notamment des demandes des deux forces de sécurité intérieure quant à leur association au suivi de l'activité.", 'non_precise'),
    ('Les policiers et les gendarmes sont associés au suivi du dispositif ; les observations de chacun sont partagées en comité.', 'non_precise'),
    ("Les observations recueillies lors de la précédente convention, sur le partage du temps de l'intervenante entre plusieurs sites, ont été présentées aux militaires de la compagnie.", 'non_precise'),
    ("Les elements recueillis pour le suivi de l'activite sont accessibles aux officiers de la brigade.", 'non_precise'),
    ('Les informations recueillies pour le tableau de bord du poste sont consultables par les enquêteurs du commissariat.', 'non_precise'),
    ('A la demande des forces de sécurité, les observations issues des bilans sont partagées avec les officiers référents.', 'non_precise'),
    ('Les évaluations sociales ne sont jamais accessibles aux militaires de la brigade.', 'non_precise'),
    ("Les notes d'entretien de l'intervenant sont consultables par les enquêteurs du commissariat.", 'contre_sens'),
    ("Les comptes rendus d'entretien sont enregistres dans le logiciel de la brigade, ou les militaires peuvent les consulter.", 'contre_sens'),
    ("Les observations de l'intervenante sur chaque personne reçue sont accessibles aux officiers de police judiciaire.", 'contre_sens'),
    ("Ses fiches d'entretien sont archivées au secrétariat du commissariat, à la disposition des policiers qui en ont l'usage, et partagées avec les enquêteurs.", 'contre_sens'),
    ("Le présent avenant répond aux observations des partenaires et aux demandes des militaires de la compagnie d'être associés au suivi de l'activité de l'intervenant.", 'non_precise'),
    ('Les observations du bilan 2023 ont conduit à mieux associer les policiers du commissariat au suivi du dispositif.', 'non_precise'),
    ('Les policiers et les gendarmes sont associés au suivi du dispositif et les observations de chacun sont partagées.', 'non_precise'),
]


@pytest.mark.parametrize(("text", "expected"), OBSERVATIONS_AVANT_NOTATION)
def test_observations_before_notation(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize(("text", "expected"), RESPONSABILITE_EMPLOYEUR)
def test_employer_responsible_for_the_work(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize(("text", "expected"), SUIVI_DE_L_ACTIVITE)
def test_follow_up_of_the_activity_is_no_file(text: str, expected: str) -> None:
    assert code("deontologie", text) == expected


# ---- a visa names the texts the parties read; the articles cited as a rule the worker follows secure it
VISA_CODE_PENAL = [
    ("Vu le code pénal, et notamment son article 226-13 ;", "preambule", "non_precise"),
    ("Vu les articles 226-13 et 226-14 du code penal ;", "preambule", "non_precise"),
    ("Vu l'article 226-14 du code pénal relatif à la levée du secret ;", "preambule", "non_precise"),
    ("VU LE CODE PENAL, NOTAMMENT SES ARTICLES 226-13 ET 226-14 ;", "preambule", "non_precise"),
    ("L'intervenant respecte les articles 226-13 et 226-14 du code pénal.", "article", "securisee"),
    ("Les obligations de l'article 226-13 du code pénal s'imposent à l'intervenante.", "article", "securisee"),
    ("Au titre de l'article 226-13 du code pénal, l'ISCG garde pour lui ce qui lui est confié.", "article", "securisee"),
]


@pytest.mark.parametrize(("text", "zone", "expected"), VISA_CODE_PENAL)
def test_visa_of_the_penal_code_is_no_rule(text: str, zone: str, expected: str) -> None:
    assert code("deontologie", text, zone=zone) == expected
