"""Round 6, authorities: wordings not taken from any sample, through the real engine.

Three phenomena:
- « subordonné(e) à » in the sense « conditional on » (an act subject to the commandant's
  agreement) and the forces' own chain of command are no hierarchy given to the forces; the person
  sense (« l'intervenant est subordonné au commandant ») still is;
- a functional authority that expressly excludes any hierarchical one is the forces' functional
  role, even when the sentence no longer names them;
- leave set by the employer is personnel administration: with only pay and administration beside it,
  the authorities stay unnamed (confuse).
"""

from __future__ import annotations

import warnings

import pytest

from tests.rules.test_heldout_wordings import code

warnings.filterwarnings("ignore", message=r".*\[W036\].*")

EMPLOYER = "Le Département, employeur, exerce l'autorité hiérarchique sur l'intervenant social. "
FUNCTIONAL = "Le commandant de compagnie exerce l'autorité fonctionnelle. "

# A conditional « subordonné à » and the forces' own hierarchy, next to a conforming split: the
# value must stay conforme. The person sense must still be an inversion.
SUBORDINATION = [
    (EMPLOYER + FUNCTIONAL + "Tout echange d'information avec un partenaire exterieur est subordonne a l'accord prealable du commandant de brigade.", "conforme"),
    (EMPLOYER + FUNCTIONAL + "La remise d'une fiche de liaison reste subordonnée à l'autorisation du commissaire de police.", "conforme"),
    (EMPLOYER + FUNCTIONAL + "L'accès au logiciel de la gendarmerie est subordonné à la validation de l'officier référent.", "conforme"),
    (EMPLOYER + FUNCTIONAL + "Les militaires de la brigade transmettent leurs sollicitations par la voie hiérarchique.", "conforme"),
    (EMPLOYER + FUNCTIONAL + "Le commandant de brigade en réfère à son supérieur hiérarchique, le commandant de groupement.", "conforme"),
    (EMPLOYER + FUNCTIONAL + "Les policiers rendent compte de ces orientations à leur hiérarchie, le commissaire de police.", "conforme"),
    (EMPLOYER + FUNCTIONAL + "L'intervenant n'a aucun lien hiérarchique avec les gendarmes de l'unité.", "conforme"),
    (EMPLOYER + FUNCTIONAL + "Il travaille aux côtés des policiers, sans lien de subordination avec eux.", "conforme"),
    ("Sur le plan hiérarchique, l'intervenante dépend du centre hospitalier ; sur le plan fonctionnel, du commissaire de police.", "conforme"),
    # the person sense stays an inversion
    ("L'intervenante est subordonnée au commandant de la brigade de gendarmerie.", "inversee"),
    ("L'ISCG est le subordonné direct du commissaire ; il est subordonné aux officiers de la circonscription.", "inversee"),
    ("Dans l'unité, l'intervenant social est subordonne directement au commandant de compagnie.", "inversee"),
]

# The functional authority said by excluding the hierarchical one, the forces not named in the sentence.
FUNCTIONAL_EXCLUSIVE = [
    ("L'association est seule à diriger son travail et conduit son entretien annuel. "
     "Chacun de ces services lui doit un bureau : leur rôle est purement fonctionnel et non hiérarchique.", "conforme"),
    ("Le centre hospitalier encadre son travail et évalue son activité professionnelle. "
     "Le commissaire et le commandant organisent ses permanences. Ce lien est fonctionnel, non hiérarchique.", "conforme"),
    ("La Ville dirige son travail et fixe ses horaires. "
     "Ils détiennent sur lui une autorite d'organisation fonctionnelle, a l'exclusion de toute autorite hierarchique.", "conforme"),
    ("L'employeur évalue son travail et conduit son entretien professionnel. "
     "Leur autorité est fonctionnelle, sans aucun caractère hiérarchique.", "conforme"),
    ("La fondation décide de sa carrière et de ses congés. "
     "Le chef de circonscription a sur elle une autorité seulement fonctionnelle.", "conforme"),
    ("Le CCAS valide sa formation et dirige son travail. "
     "Les unités ne lui donnent pas de directives : leur relation reste fonctionnelle et jamais hiérarchique.", "conforme"),
    # nothing said of the employer's authority, nor of the forces': still confuse
    ("La réunion est fonctionnelle et non hiérarchique.", "confuse"),
    # a hierarchy given together with the functional authority stays an inversion
    ("L'autorité hiérarchique et fonctionnelle appartient au commandant de brigade.", "inversee"),
]

# Leave managed by an employer that otherwise only administers and pays: confuse.
LEAVE = [
    ("La commune assure la gestion administrative du poste. Ses congés sont fixés par la commune.", "confuse"),
    ("L'association verse la rémunération de l'agent et lui accorde ses congés annuels.", "confuse"),
    ("Le paiement du salaire incombe au CCAS, qui enregistre ses absences et ses congés.", "confuse"),
    ("Ses conges sont poses aupres de la communaute de communes, qui assure la paie.", "confuse"),
    ("L'agent est mis à disposition du commissariat. Le Département, qui le rémunère, valide ses jours de congé.", "confuse"),
    ("Ses congés sont accordés par le commandant de brigade. La mairie assure la gestion administrative.", "inversee"),
    # with the functional role of the forces written, the employer's acts make the split clear
    ("L'association lui accorde ses congés et dirige son travail. Le commandant exerce l'autorité fonctionnelle.", "conforme"),
    ("Le GIP fixe ses congés. Il est placé sous l'autorité hiérarchique du GIP et sous l'autorité fonctionnelle du commandant.", "conforme"),
]


@pytest.mark.parametrize("text, expected", SUBORDINATION)
def test_conditional_subordination_and_forces_own_hierarchy(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", FUNCTIONAL_EXCLUSIVE)
def test_functional_authority_excluding_hierarchy(text: str, expected: str) -> None:
    assert code("autorites", text) == expected


@pytest.mark.parametrize("text, expected", LEAVE)
def test_leave_is_administration(text: str, expected: str) -> None:
    assert code("autorites", text) == expected
