"""Round 34 wordings (autorites, deontologie), through the real engine.

Families of drafting, not copies of a sample:
- the hierarchy given to a local chief (« chef de service local », « responsable du site ») who is then
  named, after a colon, as the police or gendarmerie chief: an inversion, even when the employer's
  authority is written elsewhere; the negated forms stay silent;
- the refusal of the hierarchy to both chiefs at once (« ni du chef de service de police ni du
  commandant ») and the forces' role called « fonctionnel » by a verb of being: the model split;
- the hierarchy joined to the « autorité d'emploi » in a list or a table of commitments;
- the worker taking part in the CRIP's evaluation of the informations préoccupantes;
- the worker's information brought to a police or gendarmerie chief who decides what is passed on;
- administrative papers (leave, absences, expenses) countersigned by the chief are no sharing of
  information about persons.
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402

EMPLOYER = "L'intervenant social est salarié de l'association, qui exerce sur lui l'autorité hiérarchique et technique."
FUNCTIONAL = "Le commandant de compagnie exerce l'autorité fonctionnelle."

LOCAL_CHIEF_NAMED_AFTER = [
    "Sur chaque site, l'intervenante relève hiérarchiquement du chef de service local : le commissaire au commissariat, le commandant de brigade à la brigade.",
    "Son supérieur hiérarchique est le chef de service local : le commandant de la communauté de brigades.",
    "L'ISCG est rattachée hiérarchiquement au responsable du site : le chef de la circonscription de sécurité publique.",
    "Il releve hierarchiquement du chef d'unite : le commandant de la brigade territoriale autonome.",
    "L'autorité hiérarchique est exercée par le chef de service d'accueil : à savoir le commissaire de police.",
    "Pendant sa présence à la brigade, elle est placée hiérarchiquement sous l'autorité du chef de site : le commandant de la brigade.",
    "Elle dépend hiérarchiquement des responsables locaux : les commandants des brigades de Sablé et de La Flèche.",
]

LOCAL_CHIEF_NOT_THE_FORCES = [
    "L'intervenant ne relève pas hiérarchiquement du chef de service local : le commandant organise seulement sa présence.",
    "L'intervenant ne relève hiérarchiquement ni du chef de service local ni du commandant de brigade.",
    "L'intervenante relève hiérarchiquement du chef de service de l'association : le commandant organise sa présence au quotidien.",
    "Il relève hiérarchiquement de son chef de service : la directrice de l'association.",
    "Son supérieur hiérarchique est le chef de service : la responsable du pôle social de l'association.",
    "Certaines conventions placent à tort l'intervenant sous l'autorité hiérarchique du chef de site : le commandant.",
]


@pytest.mark.parametrize("sentence", LOCAL_CHIEF_NAMED_AFTER)
def test_local_chief_named_as_the_forces_is_an_inversion(sentence: str) -> None:
    assert code("autorites", sentence) == "inversee"
    # the inversion stands even when another article gives the employer the authority
    assert code_articles("autorites", EMPLOYER, FUNCTIONAL, sentence) == "inversee"


@pytest.mark.parametrize("sentence", LOCAL_CHIEF_NOT_THE_FORCES)
def test_local_chief_negated_or_of_the_employer_is_no_inversion(sentence: str) -> None:
    assert code_articles("autorites", EMPLOYER, FUNCTIONAL, sentence) == "conforme"


EMPLOYER_IN_OTHER_WORDS = (
    "Le GIP est l'employeur de l'intervenante : il la recrute, la rémunère, organise son temps de travail "
    "et conduit son entretien professionnel annuel."
)

SPLIT_BY_REFUSAL_OR_ROLE = [
    "L'intervenant n'est placé sous l'autorité hiérarchique ni du chef de service de police ni du commandant de compagnie.",
    "L'intervenante n'est placée sous les ordres ni du commissaire ni des gendarmes de la brigade.",
    "Leur rôle est fonctionnel : ils organisent son accueil et la façon dont les militaires la sollicitent.",
    "Le rôle du commandant demeure purement fonctionnel.",
    "L'intervention du commissaire reste strictement fonctionnelle : il règle les conditions de sa présence.",
    "Le role des chefs d'unite est fonctionnel.",
    "Le lien avec la brigade est uniquement fonctionnel.",
]

SPLIT_NOT_SAID = [
    "Le rôle du commandant n'est pas fonctionnel : il dirige le travail de l'intervenante.",
    "Leur rôle est fonctionnel et hiérarchique.",
    "L'intervenante est placée sous l'autorité hiérarchique du chef de service de police.",
    "Le rôle de l'association est fonctionnel.",
    "Les locaux fonctionnels de la brigade sont mis à sa disposition.",
    "Le commandant de brigade organise son temps de travail.",
]


@pytest.mark.parametrize("sentence", SPLIT_BY_REFUSAL_OR_ROLE)
def test_employer_acts_with_the_forces_refused_or_functional_is_conforme(sentence: str) -> None:
    assert code_articles("autorites", EMPLOYER_IN_OTHER_WORDS, sentence) == "conforme"


@pytest.mark.parametrize("sentence", SPLIT_NOT_SAID)
def test_functional_role_not_said_is_not_conforme(sentence: str) -> None:
    assert code_articles("autorites", EMPLOYER_IN_OTHER_WORDS, sentence) != "conforme"


EMPLOYMENT_AUTHORITY = [
    "Autorité d'emploi, hiérarchique et technique : recrutement, contrat, temps de travail, congés, formation.",
    "L'association est son autorité d'emploi et hiérarchique.",
    "Elle exerce sur l'intervenante l'autorité hiérarchique et d'emploi.",
    "Autorite d'emploi et hierarchique : le CCAS (recrutement, paie, conges).",
    "Le Département est à la fois l'autorité d'emploi et l'autorité hiérarchique de l'intervenant.",
    "Autorité d'emploi / hiérarchique : la Ville, par son directeur de la tranquillité publique.",
]

EMPLOYMENT_AUTHORITY_NOT_THE_EMPLOYER = [
    "Le commandant de la brigade est son autorité d'emploi et hiérarchique.",
    "L'association n'est pas son autorité d'emploi ni hiérarchique.",
    "L'autorité d'emploi procède à son recrutement et le rémunère.",
    "L'autorité hiérarchique et d'emploi revient au commissaire de police.",
]


@pytest.mark.parametrize("sentence", EMPLOYMENT_AUTHORITY)
def test_hierarchy_joined_to_the_employment_authority_is_the_employer(sentence: str) -> None:
    assert code_articles("autorites", sentence, FUNCTIONAL) == "conforme"


@pytest.mark.parametrize("sentence", EMPLOYMENT_AUTHORITY_NOT_THE_EMPLOYER)
def test_employment_authority_given_to_the_forces_or_negated_is_not_conforme(sentence: str) -> None:
    assert code_articles("autorites", sentence, FUNCTIONAL) != "conforme"


SECRET = "L'intervenante sociale est tenue au secret professionnel."

CONTRIBUTES_TO_CRIP_EVALUATION = [
    "L'intervenante participe, si besoin, à l'évaluation des informations préoccupantes dont la CRIP est saisie.",
    "Le travailleur social contribue aux évaluations conduites par la CRIP pour les mineurs connus de la brigade.",
    "Il apporte son concours à l'évaluation de l'information préoccupante, selon les modalités fixées par la cellule.",
    "Il est convenu que l'ISCG prend part à l'évaluation des informations préoccupantes transmises par les unités.",
    "L'intervenant social est associé à l'évaluation des informations préoccupantes concernant les familles suivies.",
    "L'intervenante concourra en tant que de besoin a l'evaluation des informations preoccupantes.",
    "Elle collabore aux évaluations menées par la CRIP sur les situations signalées par les militaires.",
]

NOT_CONTRIBUTING_TO_CRIP_EVALUATION = [
    "L'intervenante ne participe pas à l'évaluation des informations préoccupantes, qui relève des équipes départementales.",
    "Vu le protocole départemental relatif au recueil, au traitement et à l'évaluation des informations préoccupantes.",
    "L'intervenant n'a pas vocation à participer à l'évaluation des informations préoccupantes.",
    "L'intervenant participe aux réunions du comité ; la CRIP assure l'évaluation des informations préoccupantes.",
    "Sont étrangères à ses missions les tâches de procédure et la participation à l'évaluation des informations préoccupantes.",
    "L'intervenant participe au dispositif départemental de recueil et d'évaluation des informations préoccupantes.",
]


@pytest.mark.parametrize("sentence", CONTRIBUTES_TO_CRIP_EVALUATION)
def test_taking_part_in_the_crip_evaluation_is_contre_sens(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "contre_sens"


@pytest.mark.parametrize("sentence", NOT_CONTRIBUTING_TO_CRIP_EVALUATION)
def test_no_part_in_the_crip_evaluation_stays_securisee(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "securisee"


FORCES_FILTER_WHAT_LEAVES = [
    "Les informations recueillies en entretien sont remontées au chef de service, lequel juge de l'opportunité de les communiquer aux partenaires.",
    "Les comptes rendus de l'intervenante sont adresses au commandant de brigade, qui decide de leur diffusion.",
    "Les éléments recueillis par l'intervenant sont transmis au commissaire, à qui il appartient de décider de leur transmission aux services extérieurs.",
    "Le commandant de compagnie décide seul de la transmission aux partenaires des informations recueillies par l'intervenante.",
    "La communication aux partenaires des éléments issus des entretiens de l'intervenant est laissée à l'appréciation du chef de service.",
    "Les situations rencontrées par l'ISCG sont portées à la connaissance de l'officier référent, qui apprécie ensuite l'opportunité de leur transmission.",
]

FORCES_DO_NOT_FILTER = [
    "Les informations ne sont pas transmises au commandant, qui ne décide pas de leur diffusion : l'intervenant reste seul juge.",
    "Les situations sont signalées au commandant de brigade, qui décide de leur transmission à l'intervenante.",
    "L'intervenant apprécie seul l'opportunité de la transmission des éléments recueillis ; le commandant de brigade n'intervient pas dans ce choix.",
    "Avec l'accord de la personne, les éléments recueillis par l'intervenant sont portés à la connaissance du commandant, qui décide des suites à donner.",
    "Les statistiques anonymes de l'intervenant sont transmises au commissaire, qui décide de leur diffusion au comité.",
    "Le commandant apprécie l'opportunité de saisir l'intervenante des situations rencontrées par les patrouilles.",
]


@pytest.mark.parametrize("sentence", FORCES_FILTER_WHAT_LEAVES)
def test_forces_deciding_what_the_worker_passes_on_is_contre_sens(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "contre_sens"


@pytest.mark.parametrize("sentence", FORCES_DO_NOT_FILTER)
def test_no_filter_by_the_forces_stays_securisee(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "securisee"


ADMINISTRATIVE_PAPERS = [
    "Les demandes de conges sont visees par le commandant de compagnie puis transmises au Département.",
    "Ses notes de frais sont validées par le commandant de brigade avant d'être communiquées à l'association.",
    "Les autorisations d'absence sont soumises à l'accord du chef de circonscription, puis transmises à l'employeur.",
    "Les ordres de mission de l'intervenant sont visés par l'officier référent et transmis à la mairie.",
    "Ses feuilles de présence sont approuvées par le commandant de brigade et communiquées chaque mois au CCAS.",
    "Aucune demande de congés n'est transmise à l'association sans le visa du commandant de compagnie.",
]

INFORMATION_HELD_TO_THE_CHIEF = [
    "Toute transmission d'informations sur une situation à un partenaire est visée par le commandant de compagnie.",
    "Les éléments recueillis sont communiqués aux partenaires après validation du chef de service.",
    "Les écrits de l'intervenant sur une famille sont transmis au Département avec l'aval du commissaire.",
    "Aucune information recueillie en entretien n'est communiquée à un tiers sans l'accord préalable du commandant de brigade.",
    "Le partage d'informations avec les partenaires est soumis à l'autorisation de l'officier référent.",
    "Les renseignements sur les personnes reçues sont transmis aux partenaires après approbation du commandant.",
]


@pytest.mark.parametrize("sentence", ADMINISTRATIVE_PAPERS)
def test_administrative_papers_countersigned_by_the_chief_are_no_sharing(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "securisee"


@pytest.mark.parametrize("sentence", INFORMATION_HELD_TO_THE_CHIEF)
def test_information_about_persons_held_to_the_chief_is_contre_sens(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "contre_sens"
