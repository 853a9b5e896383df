"""Round 45 wordings for the authorities and the employer type, through the real engine (written for this
test, not copied from the samples).

Families: the worker « placé sous les ordres directs » (plural adjective) of a forces chief who sets the
schedule, leave or yearly interview; a « rapport / relation de subordination » towards the forces; the
refusal « ne saurait pour autant être placé sous l'autorité hiérarchique » (adverb between modal and être);
the worker « relève de l'employeur pour … congés, entretien annuel »; a mere contact person
(« interlocuteur quotidien ») is no organisation of the work; a collectivité unique named by its acronym
(« la CTM », « la CTG ») is a conseil départemental.
"""

from __future__ import annotations

import pytest

from rule_wording import RULES, code  # noqa: F401  (one rule set for every wording test)

PAY_ONLY = "L'association assure la paie et la gestion administrative de l'intervenante. "

AUTORITES = [
    # plural adjective after « sous les ordres »
    ("Dans l'exercice de ses missions, la travailleuse sociale est placée sous les ordres directs du chef de "
     "circonscription, qui arrête son planning et lui accorde ses congés.", "inversee"),
    ("L'intervenant est mis sous les ordres immédiats du commandant de brigade, lequel conduit chaque année "
     "son entretien professionnel.", "inversee"),
    # rapport / relation de subordination towards the forces
    (PAY_ONLY + "Durant sa mise à disposition, l'intervenant·e se trouve dans une relation de subordination "
     "vis-à-vis du commandant de la compagnie.", "inversee"),
    ("Chaque intervenante est dans un rapport de subordination envers le commissaire de la circonscription, "
     "qui lui donne ses instructions.", "inversee"),
    # the same words denied
    ("L'association exerce l'autorité hiérarchique. Il n'existe aucun rapport de subordination entre "
     "l'intervenant et le commissaire, qui exerce l'autorité fonctionnelle.", "conforme"),
    ("L'intervenant n'est pas placé sous les ordres directs du commandant, qui ne valide pas ses congés ; "
     "l'association exerce l'autorité hiérarchique et le commandant l'autorité fonctionnelle.", "conforme"),
    # the employer's authority said by « relève de … pour », the forces' role by refusal / practical conditions
    ("La travailleuse sociale est salariée de la Ville, dont elle relève pour tout ce qui concerne ses horaires, "
     "ses congés et son entretien annuel. Affectée auprès du chef de circonscription, qui règle avec elle les "
     "conditions pratiques de son activité, elle ne peut en aucun cas être placée sous l'autorité hiérarchique "
     "d'un policier.", "conforme"),
    ("L'intervenant dépend exclusivement de l'association pour ses absences et son évaluation. Il ne pourra en "
     "aucun cas être placé sous l'autorité hiérarchique du commandant de brigade.", "conforme"),
    # « sauf » : the employer keeps only part, the forces hold the leave
    ("L'intervenant relève de l'association, sauf pour ses congés, que valide le commandant de brigade.",
     "inversee"),
]


@pytest.mark.parametrize("text, expected", AUTORITES)
def test_autorites_round45(text, expected):
    assert code("autorites", text) == expected


def test_contact_person_is_no_organisation():
    # a designated contact alone: no functional organisation, no employer authority → nothing conforme
    text = ("Au sein de la brigade, un gendarme référent est nommé pour être l'interlocuteur quotidien de "
            "l'intervenante.")
    assert code("autorites", text) == "confuse"
    # with the employer's authority stated, the contact person does not spoil it
    text2 = ("L'association exerce l'autorité hiérarchique et le commandant l'autorité fonctionnelle. " + text)
    assert code("autorites", text2) == "conforme"


EMPLOYEUR = [
    ("La Collectivité territoriale de Guyane, dénommée ci-après « la CTG », et l'État conviennent de ce qui "
     "suit. La CTG assure le recrutement et la rémunération de l'intervenante, inscrite à ses effectifs.",
     "conseil_departemental"),
    ("Le poste est tenu par un agent de la CTM, assistant de service social.", "conseil_departemental"),
    ("L'intervenant social est recruté par la C.T.M. par voie de mobilité interne.", "conseil_departemental"),
    # the acronym as financeur only, the association employs
    ("La CTM finance le poste à hauteur de 40 %. L'intervenant est salarié de l'association Horizon.",
     "association"),
]


@pytest.mark.parametrize("text, expected", EMPLOYEUR)
def test_type_employeur_round45(text, expected):
    assert code("type_employeur", text) == expected
