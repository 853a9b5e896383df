"""Round 29 wordings (autorites, deontologie), through the real engine.

Written from the families of drafting, never copied from a sample:
- a later paragraph that hands the hierarchical authority to the forces, an incidental phrase between
  « est » and « exercée » (after an opening sentence that gave it to the employer);
- a follow-up meeting that gathers the worker, her head of service and the commander (no direction);
- the employer's authority said by exclusion (« nul autre que », « seule l'association ») or by its
  « prérogatives », with the forces « organising the functional conditions » of the presence;
- the forces' secret (of the inquiry, of the investigation) said NOT to bind the worker.
Each family is tried with other verbs, word orders, the passive, missing accents, and the contrary
sentence that must still fire.
"""

from __future__ import annotations

import pytest

from iscg_nlp.match import match_text
from rule_wording import RULES, code, code_articles  # noqa: E402,F401  (one rule set for every wording test)


def fired(rule_id: str, text: str) -> bool:
    return any(f.rule_id == rule_id and f.status == "fired" for f in match_text(text, RULES, zone="article"))


EMPLOYER = "L'intervenant demeure agent du Département, qui reste son employeur et conserve à son égard l'autorité hiérarchique."

# (1) the hierarchy handed to the forces, an incidental phrase between the auxiliary and the participle
HANDED_TO_FORCES = [
    "Il est toutefois convenu que l'autorité hiérarchique sur l'intervenant est, pendant toute sa mise à disposition, exercée par le commissaire de police.",
    "Par derogation, l'autorite hierarchique de l'intervenante est, durant les heures de permanence, deleguee au commandant de brigade.",
    "L'autorité hiérarchique sur l'intervenante sera exercée, pour la durée de la convention, par le chef de circonscription.",
    "Toutefois l'autorite hierarchique est, pendant toute la mise a disposition, assuree par le commandant de compagnie, qui valide ses conges apres avis du Departement.",
    "Cependant, l'autorité hiérarchique est, à compter de sa prise de poste, transférée au commandant du groupement, qui arrête sa notation transmise ensuite au Département.",
    "Néanmoins l'autorité hiérarchique sur l'ISCG est, pendant la période d'expérimentation, confiée au directeur départemental de la sécurité publique.",
]

# the same incidental phrase with the employer, or a denial, is no inversion
NOT_HANDED = [
    "L'autorité hiérarchique n'est pas, pendant la mise à disposition, exercée par le commandant du groupement mais par le Département.",
    "L'autorité hiérarchique est, pendant toute la durée de la convention, exercée par l'association ; le commandant exerce l'autorité fonctionnelle.",
    "L'autorite hierarchique est, durant la mise a disposition, conservee par le Departement.",
    "L'autorité hiérarchique reste, en toutes circonstances, assurée par la directrice de l'association.",
    "En aucun cas l'autorité hiérarchique n'est, pendant la permanence, confiée au commissaire de police.",
    "L'autorité hiérarchique est, comme le prévoit le cadre de référence, exercée par le CCAS.",
]

# (2) a meeting gathering the worker, her head of service and the commander: no direction by the forces
MEETINGS = [
    "Sur chaque site, une réunion de suivi rassemble deux fois par an l'intervenant, sa cheffe de service et le commandant de compagnie.",
    "Deux fois par an, l'intervenante, son chef de service et le commandant de brigade se retrouvent pour un point d'étape.",
    "Une reunion trimestrielle reunit l'intervenant social, sa cheffe de service et le commissaire de police.",
    "Sont associés à la rencontre semestrielle l'ISCG, son chef de service et le commandant de compagnie, qui participent au bilan.",
    "Chaque année se tient, en présence de l'intervenante, de sa cheffe de service et du commandant de brigade, une réunion de fonctionnement.",
    "Les réunions de suivi local rassemblant l'intervenant, son chef de service et l'officier référent ont lieu chaque semestre.",
]

# the forces really directing still fire
DIRECTED = [
    "Le commandant de brigade est son chef de service et lui accorde ses congés.",
    "L'intervenante est placée sous les ordres du chef de circonscription, qui valide ses congés.",
    "Le commissaire est son supérieur direct.",
    "Le pouvoir disciplinaire sur l'intervenant appartient au commandant de groupement.",
    "Le commandant de compagnie procède chaque année à sa notation.",
    "L'intervenant reçoit ses ordres du commandant de brigade.",
]

# (3) the employer's authority by exclusion or by its prerogatives, the forces' functional role
EXCLUSIVE_EMPLOYER = [
    "Nul autre que le directeur de l'association ne peut lui donner d'instructions sur le contenu de ses entretiens.",
    "Nul autre que le directeur de l'organisme gestionnaire ne saurait proceder a son entretien annuel d'evaluation.",
    "Seule l'association est habilitée à procéder à son évaluation annuelle.",
    "Il n'appartient qu'à l'employeur de lui adresser des directives et de l'évaluer.",
    "Seul le Département peut prononcer à son égard une sanction.",
    "Seule la directrice de l'association lui donne des directives sur sa pratique.",
]
NOT_EXCLUSIVE_EMPLOYER = [
    "Seul le commandant de brigade peut lui donner des instructions.",
    "Seule l'association assure le recrutement de l'intervenant.",
    "Seulement l'association et la commune financent le poste, sur instructions du préfet.",
    "Nul autre que le commissaire ne peut lui donner d'instructions.",
    "Seule la commune verse une subvention.",
    "L'association seule porte le poste.",
]

FUNCTIONAL = [
    "Le directeur departemental de la securite publique organise les conditions fonctionnelles de la presence de l'intervenant : horaires, acces aux locaux.",
    "Le commandant de compagnie règle les modalités fonctionnelles de sa présence à la brigade.",
    "La directrice départementale de la sécurité publique organise les conditions fonctionnelles de l'intervention au commissariat.",
    "Le chef de circonscription arrête l'organisation fonctionnelle de sa présence.",
    "Les conditions fonctionnelles de la présence de l'intervenante sont organisées par le commandant de brigade.",
    "Le commissaire fixe les conditions fonctionnelles de son accueil dans le service.",
]
FUNCTIONAL_RULE = "autorites.presence_organisee_par_les_forces"

PREROGATIVES = [
    "Les prérogatives attachées à la qualité d'employeur sont exercées par le Président de la Communauté.",
    "Les prerogatives de l'employeur sont exercees par la directrice de l'association.",
    "Le Département exerce les pouvoirs de l'employeur à l'égard de l'intervenante.",
    "Les attributions de l'employeur sont assurées par le président du CCAS.",
    "Le maire exerce à son égard les prérogatives liées à la qualité d'employeur.",
    "Les prérogatives d'employeur reviennent à l'association, qui les délègue à son directeur.",
]
NOT_PREROGATIVES = [
    "Les prérogatives de l'employeur sont exercées par le commandant de groupement.",
    "L'association, en sa qualité d'employeur, verse le salaire.",
    "Les pouvoirs de l'employeur ne sont pas exercés par l'association.",
    "Le commissaire exerce les prérogatives d'employeur.",
    "Les attributions de l'employeur relèvent du commandant de brigade.",
    "La gendarmerie exerce les pouvoirs de l'employeur.",
]

SHARED_FUNCTIONAL = (
    "Les prérogatives attachées à la qualité d'employeur sont exercées par le Président de la Communauté.",
    "Le chef de la circonscription de police et le commandant de la compagnie de gendarmerie exercent, chacun pour ce qui concerne les locaux de son service, l'autorité fonctionnelle.",
)

# (4) the forces' secret said not to bind the worker
SECRET_RULE = "deontologie.secret_aligne_sur_celui_des_forces"
SECRET_NOT_FOR_WORKER = [
    "Le secret de l'instruction, applicable aux policiers et aux magistrats, n'est pas opposable a l'intervenant social.",
    "Le secret d'enquete, celui qui s'impose aux gendarmes de la brigade, ne vise pas l'intervenante sociale.",
    "L'intervenant est etranger au secret de l'enquete, qui s'impose aux seuls enqueteurs.",
    "Le secret de l'instruction qui s'impose aux policiers n'est pas applicable a l'intervenant.",
    "Le secret d'enquête, qui lie les militaires de la brigade, ne s'étend pas à l'intervenante, tenue à son propre secret professionnel.",
    "Les intervenantes échappent au secret de l'enquête, qui s'impose aux enquêteurs.",
    "Le secret de l'enquête, qui s'impose aux enquêteurs, ne s'applique pas aux intervenants sociaux.",
]
SECRET_ALIGNED = [
    "L'intervenant est tenu au secret de l'enquête, qui s'impose aux enquêteurs.",
    "L'intervenant est soumis au secret de l'enquete comme les policiers.",
    "Elle est astreinte au secret dans les mêmes conditions que les militaires de la brigade.",
    "Ses obligations de confidentialité sont alignées sur celles des policiers du commissariat.",
    "L'intervenante observe une discretion identique a celle des gendarmes.",
    "Le secret qui s'impose aux enquêteurs s'applique également à l'intervenant.",
]


@pytest.mark.parametrize("text", HANDED_TO_FORCES)
def test_a_later_paragraph_handing_the_hierarchy_to_the_forces_is_an_inversion(text: str) -> None:
    assert code_articles("autorites", EMPLOYER, text) == "inversee"


@pytest.mark.parametrize("text", NOT_HANDED)
def test_the_incidental_phrase_with_the_employer_or_a_denial_is_no_inversion(text: str) -> None:
    assert code("autorites", text) != "inversee"


@pytest.mark.parametrize("text", MEETINGS)
def test_a_meeting_with_the_commander_is_no_direction(text: str) -> None:
    assert not fired("autorites.direction_par_les_forces", text)
    assert code("autorites", text) != "inversee"


@pytest.mark.parametrize("text", DIRECTED)
def test_the_forces_directing_the_worker_is_an_inversion(text: str) -> None:
    assert code("autorites", text) == "inversee"


@pytest.mark.parametrize("text", EXCLUSIVE_EMPLOYER)
def test_the_employer_alone_giving_directives_holds_the_hierarchy(text: str) -> None:
    assert fired("autorites.employeur_seul_habilite", text)


@pytest.mark.parametrize("text", NOT_EXCLUSIVE_EMPLOYER)
def test_exclusion_without_an_employer_act_is_no_hierarchy(text: str) -> None:
    assert not fired("autorites.employeur_seul_habilite", text)


@pytest.mark.parametrize("text", FUNCTIONAL)
def test_the_forces_organising_the_functional_conditions_is_the_functional_role(text: str) -> None:
    assert fired(FUNCTIONAL_RULE, text) or fired("autorites.organisation_par_les_forces", text)


@pytest.mark.parametrize("text", PREROGATIVES)
def test_the_employer_prerogatives_are_the_employer_authority(text: str) -> None:
    assert fired("autorites.pouvoirs_employeur", text)


@pytest.mark.parametrize("text", NOT_PREROGATIVES)
def test_prerogatives_given_to_the_forces_or_pay_alone_are_not(text: str) -> None:
    assert not fired("autorites.pouvoirs_employeur", text)


def test_two_heads_of_forces_sharing_the_functional_authority_is_conforming() -> None:
    assert code_articles("autorites", *SHARED_FUNCTIONAL) == "conforme"


@pytest.mark.parametrize("text", SECRET_NOT_FOR_WORKER)
def test_the_forces_secret_said_not_to_bind_the_worker_is_no_alignment(text: str) -> None:
    assert not fired(SECRET_RULE, text)
    assert code("deontologie", text) != "ambiguite"


@pytest.mark.parametrize("text", SECRET_ALIGNED)
def test_the_worker_secret_aligned_on_the_forces_still_fires(text: str) -> None:
    assert fired(SECRET_RULE, text) or code("deontologie", text) == "ambiguite"
