"""A negation in one branch of « et / ou / ni »: does it reach the match in the other branch?

The match is the word between [brackets]; the expected list is the negation cues that apply to it.
"""

from pathlib import Path

import pytest
import yaml

from iscg_nlp.qualifiers import TextQualifiers, load_qualifier_config

QPATH = Path(__file__).resolve().parents[2] / "rules" / "qualifiers.yaml"
CONFIG = load_qualifier_config(QPATH)


def qualifiers_of(sentence: str) -> list[tuple[str, str]]:
    """Qualifiers applying to the words between [brackets] in ``sentence``."""
    start = sentence.index("[")
    end = sentence.index("]") - 1
    text = sentence.replace("[", "").replace("]", "")
    around, _ = TextQualifiers(text, CONFIG).qualifiers_for(start, end)
    return [(q.kind, q.cue) for q in around]


def negations(sentence: str) -> list[str]:
    return [cue for kind, cue in qualifiers_of(sentence) if kind == "negation"]


@pytest.mark.parametrize("sentence, expected", [
    # the negation opens the OTHER branch, after the match: it denies that branch only
    ("Il peut recevoir les [victimes] ou ne pas donner suite.", []),
    ("Il accueille les [victimes] et n'accueille pas les auteurs.", []),
    ("Il oriente les [victimes] et ne les suit pas.", []),
    ("Il reçoit les [victimes] et il ne reçoit pas les auteurs.", []),
    ("Il reçoit les [victimes] et non les auteurs.", []),
    ("Un [bureau] et pas de véhicule sont fournis.", []),
    ("Elle reçoit toute personne, qu'elle soit victime, [mise en cause] ou sans lien avec une infraction.", []),
    # … but two subjects of one denied verb are both denied
    ("Le [secret partagé] et le secret professionnel ne s'appliquent pas.", ["ne s'appliquent pas"]),
    ("Les [comptes rendus] ne sont pas transmis.", ["ne sont pas"]),
    # the negation's branch is a whole clause, closed before the match
    ("L'intervenant n'est pas un agent de police ou de gendarmerie, et il est placé sous l'[autorité] "
     "de l'association.", []),
    ("Il n'est pas fonctionnaire et il reçoit les [victimes].", []),
    ("Il n'est pas fonctionnaire, et est placé sous l'[autorité] du commandant.", []),
    ("Il n'est pas salarié de l'État, et reçoit les [victimes].", []),
    ("Il n'est pas placé sous l'autorité du commandant, et il rend compte au [procureur].", []),
    # a negated noun group continued by « ou / et / ni » : both branches are denied
    ("Il n'est pas un agent de police ou de [gendarmerie].", ["n'est pas"]),
    ("Il reçoit les personnes sans condition de plainte ou de [signalement].", ["sans"]),
    ("Il reçoit sans condition de dépôt de plainte préalable ou de [signalement].", ["sans"]),
    ("Pas de bureau ou de [véhicule].", ["Pas de"]),
    ("Aucun rapport n'est transmis au commandant, ou au [procureur].", ["Aucun"]),
    ("Il s'engage à ne pas divulguer ou [transmettre] les informations.", ["ne pas"]),
    ("Il reçoit les auteurs et non les [victimes].", ["non"]),
    ("Il ne reçoit pas les auteurs, et encore moins les [victimes].", ["ne reçoit pas"]),
    ("Il ne reçoit ni les auteurs ni les [victimes].", ["ne reçoit ni", "ni"]),
    ("Il ne reçoit ni les [victimes] ni les auteurs.", ["ne reçoit ni", "ni"]),
    ("Il n'intervient pas au commissariat ni à la [gendarmerie].", ["n'intervient pas", "ni"]),
    # « ou » after a comma joins the items of a list, not the group denied by « sans »
    ("Il s'agit des personnes sans domicile, des familles en conflit ou des mineurs en [fugue].", []),
])
def test_negation_across_coordination(sentence, expected):
    assert negations(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # « ou non », « ou pas » : the alternative left open, nobody is excluded
    "Il reçoit les [victimes], plaignantes ou non.",
    "Il reçoit les personnes, plaignantes ou non, [victimes] ou auteurs.",
    "Il reçoit les [victimes] ou non.",
    "Il reçoit les [victimes] ou pas.",
    "Les [auteurs], qu'ils soient ou non placés en garde à vue, sont reçus.",
    "Les victimes, qu'elles aient déposé plainte, fait une [main courante] ou non, sont reçues.",
])
def test_or_not_is_no_negation(sentence):
    assert qualifiers_of(sentence) == []


def test_without_the_coordination_section_negations_cross_et_ou(tmp_path):
    """A qualifiers file written before the section keeps the former behaviour."""
    raw = yaml.safe_load(QPATH.read_text(encoding="utf-8"))
    raw.pop("coordination")
    path = tmp_path / "qualifiers.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    config = load_qualifier_config(path)
    text = "Il accueille les victimes et n'accueille pas les auteurs."
    i = text.index("victimes")
    around, _ = TextQualifiers(text, config).qualifiers_for(i, i + len("victimes"))
    assert [q.cue for q in around] == ["n'accueille pas"]


@pytest.mark.parametrize("sentence, expected", [
    # « sans » after the match opens another phrase: it does not deny the match (``forward_only``)
    ("Il est placé sous l'autorité hiérarchique de l'[association], sans lien hiérarchique avec les militaires.", []),
    ("Il reçoit toute [personne] sans condition de plainte.", []),
    ("Il accueille les [auteurs] sans que leur accueil soit prioritaire.", []),
    ("Elle transmet ses [informations] au commandant sans l'accord de la personne.", []),
    # before the match, it denies as before
    ("Il n'a aucun lien et reste sans [lien hiérarchique] avec les militaires.", ["sans"]),
    ("Il intervient sans que le [commandant] ne lui donne d'ordre.", ["sans que le commandant ne"]),
    # other negations after the match still count (« l'autorité du commandant n'est pas hiérarchique »)
    ("L'autorité du [commandant] n'est pas hiérarchique.", ["n'est pas"]),
])
def test_forward_only_negation(sentence, expected):
    assert negations(sentence) == expected


def conditions(sentence: str) -> list[str]:
    return [cue for kind, cue in qualifiers_of(sentence) if kind == "condition"]


@pytest.mark.parametrize("sentence, expected", [
    # a condition after « et / ou » + a verb bears on that verb, not on the match
    ("Elle est basée à la [brigade] et se déplace, le cas échéant, dans les autres brigades.", []),
    ("Il exerce au [commissariat] et reçoit, si besoin, les personnes à domicile.", []),
    ("Il exerce au [commissariat] et, si nécessaire, à la mairie.", []),
    # … but a condition on a noun group joined by « et » still counts
    ("Il exerce au [commissariat] et à la brigade, le cas échéant.", ["le cas échéant"]),
    ("Il exerce, le cas échéant, au [commissariat].", ["le cas échéant"]),
    # an opening participle phrase closed by a comma: the condition after it bears on the main verb
    ("Installée dans les [locaux de la compagnie], l'intervenante peut, si nécessaire, se rendre à domicile.", []),
    ("Basé au [commissariat], il peut le cas échéant recevoir en mairie.", []),
    ("Present au [commissariat] trois jours, il peut si besoin recevoir en mairie.", []),
    # no participle: the opening phrase and the main clause are one statement
    ("Au [commissariat], si possible, un bureau lui est réservé.", ["si possible"]),
    ("Dans les [locaux de la brigade], il reçoit, si besoin, les victimes.", ["si besoin"]),
])
def test_condition_scope(sentence, expected):
    assert conditions(sentence) == expected


def test_opening_participle_stops_a_negation_too():
    assert negations("Installé au [commissariat], il ne se rend pas au domicile des personnes.") == []
    assert negations("Le bureau du [commissariat] n'est pas mis à sa disposition.") == ["n'est pas"]

