"""Where a qualifier's scope ends: exceptions (« hors », « excepté », « à l'exception de »), relative
pronouns (« dont », « auquel »), infinitives of purpose (« pour ne pas … ») and incises before the main
verb (« L'intervenant, qui est salarié de l'association, n'est pas placé … »).

The match is the words between [brackets]; the expected list is the cues of that kind that apply to it.
"""

from pathlib import Path

import pytest

from iscg_nlp.qualifiers import TextQualifiers, load_qualifier_config

QPATH = Path(__file__).resolve().parents[2] / "rules" / "qualifiers.yaml"
CONFIG = load_qualifier_config(QPATH)


def cues(sentence: str, kind: str) -> list[str]:
    """Cues of ``kind`` applying to the words between [brackets] in ``sentence``."""
    start = sentence.index("[")
    end = sentence.index("]") - 1
    text = sentence.replace("[", "").replace("]", "")
    around, _ = TextQualifiers(text, CONFIG).qualifiers_for(start, end)
    return [q.cue for q in around if q.kind == kind]


# ---- 1. exceptions end the clause

@pytest.mark.parametrize("sentence, expected", [
    # a negation or a restriction before the exception does not reach past it
    ("Aucune permanence n'est tenue, à l'exception de la [mairie].", []),
    ("Il ne reçoit pas les auteurs, à l'exception d'un [mineur] en danger.", []),
    ("Il ne reçoit pas les auteurs exception faite des [mineurs].", []),
    ("Il ne reçoit pas les auteurs, hors les [mineurs] en danger.", []),
    ("Il n'intervient pas le week-end, excepté en cas d'[urgence].", []),
    ("Il ne reçoit pas les auteurs, sauf les [mineurs].", []),
    # the same sentences without the exception word: the negation reaches the match
    ("Aucune permanence n'est tenue à la [mairie].", ["Aucune"]),
    ("Il ne reçoit pas les auteurs [mineurs].", ["ne reçoit pas"]),
    # « hors de / du », « hors les murs », « hors champ » are no exceptions: no break
    ("Il n'intervient pas hors de la [circonscription].", ["n'intervient pas"]),
    ("Il ne travaille pas hors les murs du [commissariat].", ["ne travaille pas"]),
    ("Il ne se déplace pas hors-les-murs du [commissariat].", ["ne se déplace pas"]),
    # « sans exception » is a noun group, not « à l'exception de », and no negation either
    ("Il ne reçoit pas, sans exception, les [auteurs].", ["ne reçoit pas"]),
    ("Il reçoit toutes les personnes sans exception, y compris les [mineurs].", []),
])
def test_exception_ends_negation(sentence, expected):
    assert cues(sentence, "negation") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Il reçoit uniquement les victimes, à l'exclusion des [auteurs].", []),
    ("Il reçoit uniquement les victimes, hormis les [auteurs].", []),
    ("Il reçoit uniquement les [auteurs].", ["uniquement"]),
])
def test_exception_ends_restriction(sentence, expected):
    assert cues(sentence, "restriction") == expected


def test_exception_clause_is_its_own_unit():
    """The clause of a match after « à l'exception de » starts at the exception word."""
    text = "Toute personne est reçue, à l'exception des auteurs de violences."
    tq = TextQualifiers(text, CONFIG)
    start = text.index("auteurs")
    lo, _ = tq.clause(start, start + len("auteurs"))
    assert text[lo:].startswith(" auteurs")
    assert tq.clause(0, 5)[1] <= text.index("à l'exception")


def test_hors_de_question_is_no_break():
    text = "Il est hors de question de transmettre les comptes rendus."
    tq = TextQualifiers(text, CONFIG)
    assert tq.clause(0, 2) == (0, len(text))


# ---- 2. relative pronouns open another clause for negation

@pytest.mark.parametrize("sentence, expected", [
    # the relative clause's negation does not deny what comes before the pronoun
    ("L'intervenant dispose d'un [bureau] dont la clé n'est pas remise au commandant.", []),
    ("Il reçoit les [victimes] auxquelles aucune autre structure n'a répondu.", []),
    ("L'association désigne un [référent] auquel il ne rend pas compte de ses entretiens.", []),
    ("L'intervenant, auquel aucun véhicule n'est attribué, reçoit les [victimes].", []),
    # the main clause's negation does not deny the relative clause
    ("Aucun véhicule n'est attribué à l'intervenant dont le [bureau] est au commissariat.", []),
    ("Il n'a pas accès au fichier dans lequel les [plaintes] sont enregistrées.", []),
    # a finished relative: the negation is the main verb's
    ("Le [bureau] dont il dispose n'est pas fermé à clé.", ["n'est pas"]),
    # a negation inside the relative still denies the words after it in the relative
    ("Il dispose d'un bureau dont la clé n'est pas remise au [commandant].", ["n'est pas"]),
    # no relative pronoun: unchanged
    ("Il n'a pas accès au fichier des [plaintes].", ["n'a pas"]),
])
def test_relative_pronoun_scope(sentence, expected):
    assert cues(sentence, "negation") == expected


# ---- 3. a negation in an infinitive of purpose bears on that infinitive only

@pytest.mark.parametrize("sentence, expected", [
    ("Pour ne pas laisser le poste vacant, l'[association recrute] un remplaçant.", []),
    ("Afin de ne pas interrompre le suivi, l'[association] recrute un remplaçant.", []),
    ("De façon à ne pas interrompre le suivi, l'[association] recrute un remplaçant.", []),
    ("De manière à ne pas interrompre le suivi, l'[association] recrute un remplaçant.", []),
    ("L'[association recrute] un remplaçant pour ne pas laisser le poste vacant.", []),
    ("L'[association] recrute un remplaçant afin de ne pas interrompre le suivi.", []),
    # the infinitive itself is denied
    ("Afin de ne pas [transmettre] les informations, il les anonymise.", ["ne pas"]),
    ("Il anonymise les notes pour ne pas [transmettre] les noms.", ["ne pas"]),
    # not a purpose: « s'engage à ne pas », a main verb's negation
    ("Il s'engage à ne pas [transmettre] les informations.", ["ne pas"]),
    ("L'[association] ne recrute pas de remplaçant.", ["ne recrute pas de"]),
])
def test_purpose_infinitive(sentence, expected):
    assert cues(sentence, "negation") == expected


# ---- 4. an incise between the subject and a denied main verb stays positive

@pytest.mark.parametrize("sentence, expected", [
    ("L'intervenant, qui est salarié de l'[association], n'est pas placé sous l'autorité du commandant.", []),
    ("L'intervenant, lorsqu'il est au [commissariat], n'est pas placé sous l'autorité du commandant.", []),
    ("L'intervenant, dont l'[association] est l'employeur, n'est pas placé sous l'autorité du commandant.", []),
    # the main verb is denied
    ("L'intervenant, qui est salarié de l'association, n'est pas [placé sous l'autorité] du commandant.",
     ["n'est pas"]),
    # a negation inside the incise does not deny the main verb (unchanged)
    ("L'intervenant, qui n'est pas salarié de l'association, est [placé sous l'autorité] du commandant.", []),
    # « pour », « comme » open a mere complement: the negation after the comma still denies it
    ("La subvention attribuée, pour ses [permanences] au tribunal, ne concerne pas le présent poste.",
     ["ne concerne pas"]),
    # no incise: the subject is denied with its verb (unchanged)
    ("L'[association] n'est pas l'employeur.", ["n'est pas"]),
])
def test_incise_before_denied_verb(sentence, expected):
    assert cues(sentence, "negation") == expected


# ---- a negation reaches through a verbal locution (``negation_through`` in qualifiers.yaml)

@pytest.mark.parametrize("sentence, expected", [
    ("Sa présence n'a pas pour effet de le placer sous l'[autorité hiérarchique] du commissaire.", ["n'a pas"]),
    ("Cette présence n'a pas pour conséquence de placer l'intervenant sous l'[autorité hiérarchique] du "
     "commandant.", ["n'a pas"]),
    ("La mise à disposition ne saurait avoir pour objet de la soumettre à l'[autorité hiérarchique] du chef.",
     ["ne saurait"]),
    # without the locution the same distance is too far
    ("Sa présence n'a pas de lien avec le fait, pour le commandant, de fixer l'[autorité hiérarchique] "
     "du commissaire.", []),
])
def test_negation_through_a_verbal_locution(sentence, expected):
    assert cues(sentence, "negation") == expected
