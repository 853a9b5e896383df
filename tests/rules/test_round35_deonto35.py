"""Round 35 wordings (autorites, deontologie), through the real engine.

Families of drafting, not copies of a sample:
- the forces as the subject who HAS no hierarchical authority (« le commissaire n'a pas d'autorité
  hiérarchique sur elle »), and the worker « pas placé sous l'autorité » of the police chiefs: the
  forces' role is then functional;
- the employer said by belonging: « reste son seul employeur », « relève de la seule ligne
  d'encadrement du Département »;
- the systematic CRIP referral denied by a noun phrase set against the faculty (« une faculté …, non
  d'une transmission automatique », « et non une saisine systématique »);
- the worker's own referral made systematic by an adverb on the sending verb, even when the same
  sentence mentions the follow-up (« qu'elle tient informée des suites données »).
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402

EMPLOYER = "L'intervenant social est salarié de l'association, qui exerce sur lui l'autorité hiérarchique et technique."
EMPLOYER_OTHER_WORDS = "L'association est son seul employeur."
FUNCTIONAL = "Le commandant de compagnie exerce l'autorité fonctionnelle."
SECRET = "L'intervenante sociale est tenue au secret professionnel prévu aux articles 226-13 et 226-14 du code pénal."

FORCES_HAVE_NO_HIERARCHY = [
    "Le commissaire de police n'a aucune autorité hiérarchique sur l'intervenante.",
    "Le commandant de la brigade n'exerce pas d'autorité hiérarchique à son égard.",
    "La gendarmerie ne dispose d'aucun pouvoir hiérarchique sur le travailleur social.",
    "Les officiers de police ne detiennent aucune autorite hierarchique sur elle.",
    "Le chef de circonscription ne peut exercer aucune autorité hiérarchique sur l'ISCG.",
    "Elle n'est pas placée sous l'autorité des chefs de service de la police nationale.",
    "L'intervenant ne se trouve pas sous l'autorité du commandant de compagnie.",
]

FORCES_HIERARCHY_NOT_REFUSED = [
    "Le commissaire de police a autorité hiérarchique sur l'intervenante.",
    "Le commandant de brigade exerce l'autorité hiérarchique sur lui.",
    "L'intervenante n'est pas placée sous l'autorité fonctionnelle du commandant de brigade.",
    "Certaines conventions écrivent par erreur que le commissaire n'a pas d'autorité hiérarchique sur lui.",
]


@pytest.mark.parametrize("sentence", FORCES_HAVE_NO_HIERARCHY)
def test_forces_without_hierarchy_with_an_employer_is_conforme(sentence: str) -> None:
    assert code_articles("autorites", EMPLOYER_OTHER_WORDS, sentence) == "conforme"


@pytest.mark.parametrize("sentence", FORCES_HIERARCHY_NOT_REFUSED)
def test_forces_hierarchy_kept_or_quoted_is_not_conforme(sentence: str) -> None:
    assert code_articles("autorites", EMPLOYER_OTHER_WORDS, sentence) != "conforme"


EMPLOYER_BY_BELONGING = [
    "Le CCAS reste son seul employeur pendant toute la durée de la convention, le commissaire pouvant être consulté.",
    "La commune demeure l'unique employeur de l'intervenante sociale.",
    "Le Département est et reste son seul employeur.",
    "Les intervenants relèvent de la seule ligne d'encadrement du Département, leur employeur.",
    "Elle est rattachée à la ligne hiérarchique de l'association.",
    "L'ISCG releve de la chaine hierarchique propre de la communaute d'agglomeration.",
    "L'intervenant appartient à la ligne managériale du centre hospitalier.",
]

EMPLOYER_NOT_SAID = [
    "Le CCAS n'est pas son seul employeur.",
    "L'intervenante relève de la ligne hiérarchique du commandant de compagnie.",
    "Les demandes des gendarmes sont transmises selon leur propre chaîne hiérarchique à l'officier référent.",
    "L'étude nationale relève que certaines conventions écrivent à tort que l'association reste son seul employeur.",
]


@pytest.mark.parametrize("sentence", EMPLOYER_BY_BELONGING)
def test_employer_said_by_belonging_with_a_functional_role_is_conforme(sentence: str) -> None:
    assert code_articles("autorites", sentence, FUNCTIONAL) == "conforme"


@pytest.mark.parametrize("sentence", EMPLOYER_NOT_SAID)
def test_employer_belonging_negated_or_of_the_forces_is_not_conforme(sentence: str) -> None:
    assert code_articles("autorites", sentence, FUNCTIONAL) != "conforme"


REFERRAL_DENIED_AS_NOUN_PHRASE = [
    "L'intervenante peut saisir la CRIP lorsque la situation le justifie : c'est une faculté, et non une saisine systématique.",
    "La transmission d'une information préoccupante relève de son appréciation, non d'une obligation automatique.",
    "Elle peut adresser une information preoccupante a la cellule departementale ; il s'agit d'un choix professionnel, non d'un signalement systematique.",
    "Lorsqu'un enfant est exposé, l'intervenant peut informer la CRIP : ce n'est pas une transmission automatique.",
    "L'information préoccupante adressée à la cellule de recueil est une possibilité, jamais d'envoi automatique.",
    "Il évalue l'opportunité d'une information préoccupante à la CRIP, ce qui n'est pas un automatisme obligatoire.",
]

REFERRAL_STILL_SYSTEMATIC = [
    "Toute situation d'enfant exposé donne lieu à une saisine systématique de la CRIP.",
    "L'intervenant est tenu de transmettre une information préoccupante à la CRIP dans tous les cas.",
]


@pytest.mark.parametrize("sentence", REFERRAL_DENIED_AS_NOUN_PHRASE)
def test_referral_denied_by_a_noun_phrase_is_secured(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "securisee"


@pytest.mark.parametrize("sentence", REFERRAL_STILL_SYSTEMATIC)
def test_systematic_referral_is_still_ambiguous(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "ambiguite"


SYSTEMATIC_BY_ADVERB = [
    "Dès qu'un mineur est présent au foyer, l'intervenante transmet systématiquement une information préoccupante à la CRIP, qu'elle tient informée des suites données.",
    "Une information préoccupante est obligatoirement adressée à la cellule de recueil, qui communique les suites données.",
    "La cellule départementale de recueil est systématiquement saisie par l'assistante sociale, avec retour sur les suites données.",
    "L'intervenant saisit de manière systématique la CRIP et l'informe des suites données par la famille.",
    "En presence d'enfants, une information preoccupante est automatiquement transmise a la CRIP, qui est tenue au courant des suites donnees.",
    "Elle signale d'office à la cellule de recueil des informations préoccupantes toute situation d'enfant exposé aux violences.",
]

ADVERB_NOT_A_SYSTEMATIC_REFERRAL = [
    "L'intervenante ne transmet pas systématiquement une information préoccupante à la CRIP : elle apprécie chaque situation.",
    "La CRIP informe systématiquement l'intervenante des suites données aux informations préoccupantes qu'elle a transmises.",
    "Le Département transmet systématiquement à l'intervenant social les suites données à ses informations préoccupantes.",
    "Elle transmet systématiquement son rapport d'activité au comité de pilotage.",
]


@pytest.mark.parametrize("sentence", SYSTEMATIC_BY_ADVERB)
def test_referral_made_systematic_by_an_adverb_is_ambiguous(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "ambiguite"


@pytest.mark.parametrize("sentence", ADVERB_NOT_A_SYSTEMATIC_REFERRAL)
def test_adverb_denied_or_on_feedback_is_not_ambiguous(sentence: str) -> None:
    assert code_articles("deontologie", SECRET, sentence) == "securisee"


def test_secret_alone_stays_secured() -> None:
    assert code("deontologie", SECRET) == "securisee"
