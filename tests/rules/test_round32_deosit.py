"""Round 32 wordings (deontologie, situations), through the real engine.

Families of drafting, not copies of a sample:
- the worker held to the secret, then, in the next sentence, the secret taken up by a pronoun and aligned on
  the forces' rules (« Elle l'observe dans les mêmes conditions que les militaires »);
- every situation of a child in danger sent as a rule to the Département (CRIP, Président du Conseil
  général), a present indicative on a universal subject;
- a dispute clause (« toute difficulté d'exécution ») is not the post's field;
- shelter places or housing reserved for women restrict the shelter, not the post.
Each family is tried with other verbs, word orders, the passive, missing accents and the contrary.
"""

from __future__ import annotations

import pytest

from rule_wording import code, code_articles  # noqa: E402

SECRET = "L'intervenante sociale est tenue au secret professionnel."

ALIGNED_BY_PRONOUN = [
    "Elle l'observe selon les mêmes règles que les fonctionnaires de police du commissariat.",
    "Elle y est astreinte dans les mêmes conditions que les militaires de la brigade.",
    "Elle le respecte au même titre que les gendarmes de la compagnie.",
    "Elle l'applique selon les memes modalites que les policiers.",
    "Elle y est soumise dans les mêmes termes que les militaires de la gendarmerie au titre de leur statut.",
    "Elle l'exerce de la même manière que les enquêteurs du service.",
    "Elle l'observera dans les mêmes conditions que celles qui s'imposent aux militaires de la gendarmerie.",
]

NOT_ALIGNED_BY_PRONOUN = [
    "Elle ne l'observe pas dans les mêmes conditions que les militaires de la brigade.",
    "Elle l'observe selon des règles distinctes de celles des policiers.",
    "Elle l'observe, contrairement aux gendarmes, selon les règles du travail social.",
    "Elle l'observe à l'égard de tous, y compris des militaires de la brigade.",
    "Elle l'observe dans les conditions prévues par l'article 226-13 du code pénal.",
    "Elle y est tenue envers toute personne, policiers compris.",
]

CHILDREN_SENT_AS_A_RULE = [
    "Les situations de mineurs en danger sont signalées au Président du Conseil départemental.",
    "Toute situation d'enfant en danger est transmise à la cellule de recueil des informations préoccupantes.",
    "Les cas d'enfants maltraités sont portés à la connaissance du Département.",
    "Chaque situation de mineur en danger sera adressée à l'aide sociale à l'enfance.",
    "L'intervenant social transmet systematiquement les situations d'enfants en danger a la CRIP.",
    "Les situations d'enfants en danger sont communiquees au President du Conseil general.",
    "Le travailleur social signale au Président du Conseil général les situations d'enfants en danger.",
]

CHILDREN_NOT_SENT_AS_A_RULE = [
    "Les situations d'enfants en danger peuvent être transmises au Président du Conseil départemental.",
    "Le cas échéant, les situations de mineurs en danger sont signalées à la CRIP.",
    "Lorsqu'il l'estime nécessaire, le travailleur social transmet les situations d'enfants en danger au Département.",
    "Les situations d'enfants en danger ne sont pas transmises systématiquement à la CRIP.",
    "Après évaluation, les situations de mineurs en danger sont signalées au Département.",
    "Avec l'accord des parents, les situations d'enfants en danger sont adressées à l'aide sociale à l'enfance.",
]

DISPUTE_CLAUSES = [
    "Les parties s'efforcent de régler à l'amiable toute difficulté d'application avant de saisir la juridiction compétente.",
    "Toute difficulté d'interprétation de la convention est soumise au comité des signataires.",
    "En cas de litige, toute difficulté sera portée devant le tribunal administratif.",
    "Toute difficulte d'execution fait l'objet d'une recherche de conciliation entre les parties.",
    "Les signataires rechercheront une solution amiable à tout différend et à toute difficulté née de l'exécution.",
    "Avant tout contentieux, les parties examinent ensemble toute difficulté rencontrée dans l'exécution de la convention.",
]

GENERALIST = [
    "L'intervenant social intervient sur toute situation présentant une composante sociale.",
    "Il reçoit toute personne, quelle que soit la nature de sa difficulté.",
    "Aucune catégorie de situation n'est exclue.",
]

VC = "L'intervenante intervient exclusivement dans les situations de violences au sein du couple."

SHELTER_FOR_WOMEN = [
    "Les places d'hébergement d'urgence réservées aux femmes victimes de violences sont signalées à l'intervenante.",
    "La liste des logements réservés aux femmes victimes de violences lui est communiquée chaque trimestre.",
    "La préfecture tient à jour les places réservées aux femmes victimes de violences et en informe le travailleur social.",
    "Les places d'urgence réservées aux femmes victimes de violences sont connues du travailleur social.",
    "Les places d'hebergement d'urgence dediees aux femmes victimes de violences sont mobilisables par l'intervenante.",
    "Le Département met à disposition des solutions de mise à l'abri réservées aux femmes victimes de violences.",
]


@pytest.mark.parametrize("text", ALIGNED_BY_PRONOUN)
def test_secret_taken_up_and_aligned_on_the_forces_is_ambiguite(text: str) -> None:
    assert code_articles("deontologie", SECRET + " " + text) == "ambiguite"


@pytest.mark.parametrize("text", NOT_ALIGNED_BY_PRONOUN)
def test_secret_taken_up_without_alignment_is_securisee(text: str) -> None:
    assert code_articles("deontologie", SECRET + " " + text) == "securisee"


@pytest.mark.parametrize("text", CHILDREN_SENT_AS_A_RULE)
def test_children_in_danger_sent_as_a_rule_is_ambiguite(text: str) -> None:
    assert code("deontologie", text) == "ambiguite"


@pytest.mark.parametrize("text", CHILDREN_NOT_SENT_AS_A_RULE)
def test_children_in_danger_sent_on_assessment_is_not_ambiguite(text: str) -> None:
    assert code("deontologie", text) != "ambiguite"


@pytest.mark.parametrize("text", DISPUTE_CLAUSES)
def test_dispute_clause_does_not_open_the_post(text: str) -> None:
    assert code_articles("situations", VC, text) == "violences_conjugales"


@pytest.mark.parametrize("text", GENERALIST)
def test_generalist_wordings_still_open_the_post(text: str) -> None:
    assert code("situations", text) == "toutes_situations"


@pytest.mark.parametrize("text", SHELTER_FOR_WOMEN)
def test_shelter_reserved_for_women_is_no_restriction_of_the_post(text: str) -> None:
    assert code_articles("situations", VC, text) == "violences_conjugales"
