"""Qualifier cues and their scope, as tables of French sentences (expected cue written inline)."""

from pathlib import Path

import pytest

from iscg_nlp.qualifiers import TextQualifiers, cue_regex, load_qualifier_config

CONFIG = load_qualifier_config(Path(__file__).resolve().parents[2] / "rules" / "qualifiers.yaml")


def qualifiers_of(sentence: str) -> list[tuple[str, str]]:
    """Qualifiers applying to the word between [brackets] in ``sentence``."""
    start = sentence.index("[")
    end = sentence.index("]") - 1
    text = sentence.replace("[", "").replace("]", "")
    around, _ = TextQualifiers(text, CONFIG).qualifiers_for(start, end)
    return [(q.kind, q.cue) for q in around]


@pytest.mark.parametrize("sentence, expected", [
    # negation, before and after, discontinuous
    ("Aucun [comité de pilotage] n'est prévu.", [("negation", "Aucun")]),
    ("Le [secret partagé] n'existe pas en droit.", [("negation", "n'existe pas")]),
    ("Il n'est pas placé sous l'[autorité hiérarchique] du commandant.", [("negation", "n'est pas")]),
    ("L'intervenant ne rend jamais compte au [commandant].", [("negation", "ne rend jamais")]),
    ("Le poste est créé sans [comité de suivi].", [("negation", "sans")]),
    ("Ce rapport ne saurait être transmis au [procureur].", [("negation", "ne saurait")]),
    ("En aucun cas l'intervenant ne rend compte au [commandant].", [("negation", "En aucun cas")]),
    ("Ni le maire ni le [procureur] ne reçoivent ces rapports.", [("negation", "Ni"), ("negation", "ni")]),
    # pseudo-negations: shown, never a negation
    ("Le public ne se limite pas aux [victimes].", [("pseudo_negation", "ne se limite pas")]),
    ("Il accueille non seulement les [victimes] mais aussi les auteurs.", [("pseudo_negation", "non seulement")]),
    ("Ce dispositif n'exclut pas les [auteurs].", [("pseudo_negation", "n'exclut pas")]),
    ("Il est sans doute utile de prévoir un [bureau].", [("pseudo_negation", "sans doute")]),
    ("Sans préjudice des règles du [secret professionnel].", [("pseudo_negation", "Sans préjudice")]),
    ("Il ne s'adresse pas uniquement aux [victimes].", [("pseudo_negation", "ne s'adresse pas uniquement")]),
    ("Il reçoit pas seulement les [victimes].", [("pseudo_negation", "pas seulement")]),
    # a double negation is an obligation, not a negation
    ("Elle ne saurait s'abstenir d'[aviser] le parquet.", [("pseudo_negation", "ne saurait s'abstenir")]),
    ("Elle n'est pas dispensée de [signaler] les faits.", [("pseudo_negation", "n'est pas dispensée")]),
    ("Elle ne peut en aucun cas se dispenser d'[informer] la CRIP.",
     [("pseudo_negation", "ne peut en aucun cas se dispenser")]),
    ("Il ne manquera pas d'[informer] le commandant.", [("pseudo_negation", "ne manquera pas d'")]),
    ("Elle n'omet pas de [transmettre] la fiche.", [("pseudo_negation", "n'omet pas")]),
    # restriction
    ("Il intervient exclusivement auprès des [victimes].", [("restriction", "exclusivement")]),
    ("Ne sont accueillies que les [victimes].", [("restriction", "Ne sont accueillies que")]),
    ("Le poste est réservé aux [victimes].", [("restriction", "réservé aux")]),
    ("Seules les [victimes] sont reçues.", [("restriction", "Seules")]),
    ("Il n'accompagne plus que les [victimes].", [("restriction", "n'accompagne plus que")]),
    # enumeration
    ("Il reçoit toute personne, notamment les [victimes].", [("enumeration", "notamment")]),
    ("Des situations telles que les [violences conjugales].", [("enumeration", "telles que")]),
    ("Les personnes en détresse, y compris les [mis en cause].", [("enumeration", "y compris")]),
    ("Il traite prioritairement les [violences intrafamiliales].", [("enumeration", "prioritairement")]),
    # condition
    ("Dans la mesure du possible, un [bureau] sera mis à disposition.",
     [("condition", "Dans la mesure du possible")]),
    ("Le cas échéant, un [véhicule] pourra être prêté.", [("condition", "Le cas échéant")]),
    ("Un [bureau] sera fourni si nécessaire.", [("condition", "si nécessaire")]),
    ("En cas de besoin, un [téléphone] est prêté.", [("condition", "En cas de")]),
])
def test_qualifier_found(sentence, expected):
    assert qualifiers_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the scope stops at clause ends
    "Le comité n'est pas chargé de l'évaluation ; le [comité de pilotage] se réunit une fois par an.",
    "Il n'est pas rémunéré par l'État, mais le [bureau] est fourni par la commune.",
    "Aucune subvention n'est prévue. Un [bureau] est mis à disposition.",
    "Ce rapport n'est pas public : le [secret professionnel] s'applique.",
    "Il ne reçoit personne toutefois le [bureau] reste ouvert.",
    # a contrast opens a new clause (« par contre », « en revanche »)
    "Il ne reçoit pas les auteurs, par contre les [victimes] sont reçues.",
    "Le commissaire n'a pas d'autorité, par contre il fixe son [planning].",
    "Elle ne dispose pas de véhicule, par contre un [bureau] lui est réservé.",
    "Elle ne dispose pas de véhicule, en revanche un [bureau] lui est réservé.",
    "Sauf décision contraire, hormis le [bureau] mis à disposition.",
    # too far from the match (beyond the window)
    "Il n'est pas question de ce point dans la suite des échanges avec la commune pour le [bureau].",
    # a line that starts a new item is a new clause
    "Ne sont pas concernés :\n- le [bureau] de l'intervenant",
    # not cues at all
    "Le [comité de pilotage] se réunit une fois par an.",
    "L'article L. 226-2-2 prévoit la [saisine] de la CRIP.",
])
def test_no_qualifier(sentence):
    assert qualifiers_of(sentence) == []


def test_line_wrap_does_not_cut_the_clause():
    # a PDF line wrap (next line in lower case) continues the sentence
    assert qualifiers_of("L'intervenant n'est\npas placé sous l'[autorité] du commandant.") == [
        ("negation", "n'est\npas")]


@pytest.mark.parametrize("cue, text, hit", [
    ("réservé(e)(s) aux", "reservees aux victimes", "reservees aux"),
    ("réservé(e)(s) aux", "reserve aux victimes", "reserve aux"),
    ("n'exclu(t)(ent) pas", "n'excluent pas", "n'excluent pas"),
    ("sans que … soit limitati(f)(ve)", "sans que cette liste soit limitative", "sans que cette liste soit limitative"),
    ("non", "nonobstant", None),
])
def test_cue_syntax(cue, text, hit):
    m = cue_regex(cue, 5).search(text)
    assert (m.group(0) if m else None) == hit


def test_clause_and_sentence_spans():
    text = "Préambule. Il reçoit les victimes ; il oriente les auteurs. Fin"
    tq = TextQualifiers(text, CONFIG)
    i = text.index("oriente")
    assert text[slice(*tq.clause(i, i + 7))].strip() == "il oriente les auteurs."
    assert text[slice(*tq.sentence(i, i + 7))].strip() == "Il reçoit les victimes ; il oriente les auteurs."


@pytest.mark.parametrize("sentence, expected", [
    # « un seul poste » counts a post; it restricts nobody
    ("Un seul [intervenant social] est recruté pour le département.", []),
    ("Une seule [permanence] hebdomadaire est tenue.", []),
    ("Seules les [victimes] sont reçues par un seul agent.", [("restriction", "Seules")]),
    # bare « pas » is a negation only as « pas de », « non pas »…
    ("La méthode avance pas à pas avec les [victimes].", []),
    ("Pas de [comité de pilotage] prévu.", [("negation", "Pas de")]),
    # a « ne … pas » of another verb, in a subordinate or an incise closed by a comma
    ("Lorsqu'il n'est pas présent, l'intervenant est placé sous l'[autorité] du commandant.", []),
    ("L'intervenant, qui n'est pas fonctionnaire, est placé sous l'[autorité] du commandant.", []),
    ("S'il n'est pas joignable, le [commandant] est prévenu.", []),
    ("Pour ne pas nuire à l'enquête, il rend compte au [commandant].", []),
    # … but the clause's own negation still counts, even across a comma
    ("Il n'est pas, à ce titre, placé sous l'[autorité] du commandant.", [("negation", "n'est pas")]),
    # widening words caught as pseudo-negations
    ("Le poste n'est pas dédié aux [victimes].", [("pseudo_negation", "n'est pas dédié")]),
    ("Ses missions, sans être exclusives, visent les [violences conjugales].",
     [("pseudo_negation", "sans être exclusives")]),
])
def test_false_cues_and_other_verbs(sentence, expected):
    assert qualifiers_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Il participe au CISPD, sans que cette participation ne le conduise à évoquer des [situations individuelles].",
    "Il participe au CISPD sans que cette participation le conduise à [évoquer] des situations individuelles.",
])
def test_sans_que_negates_what_follows(sentence):
    """« sans que … ne » : the « ne » is expletive, « sans que » itself negates the clause that follows."""
    assert [k for k, _ in qualifiers_of(sentence)] and all(k == "negation" for k, _ in qualifiers_of(sentence))


def test_the_other_alternative_is_not_a_negation():
    """« … entendues comme mis en cause ou qu'aucune infraction n'ait été relevée » : not about the first."""
    kinds = [k for k, _ in qualifiers_of(
        "qu'elles soient entendues en qualité de [mis en cause] ou qu'aucune infraction n'ait été relevée.")]
    assert "negation" not in kinds


@pytest.mark.parametrize("sentence, expected", [
    # written French drops « pas » after pouvoir / savoir / cesser / oser
    ("La notion de [secret partagé] ne peut être invoquée.", [("negation", "ne peut")]),
    ("Les auteurs ne peuvent être [reçus] par l'intervenant.", [("negation", "ne peuvent")]),
    ("Ce rapport ne pourra être transmis au [commandant].", [("negation", "ne pourra")]),
    ("L'intervenante n'ose [saisir] le parquet.", [("negation", "n'ose")]),
    # … but « ne peut que », « ne peut … qu' » restrict, and « ne peut pas » is an ordinary negation
    ("Il ne peut exercer qu'au sein du [commissariat].", [("restriction", "ne peut exercer qu'")]),
    ("Il ne peut recevoir que les [victimes].", [("restriction", "ne peut recevoir que")]),
    ("Il ne peut pas recevoir les [auteurs].", [("negation", "ne peut pas")]),
    # the subjunctive after « avant que » is expletive, not a negation
    ("Avant qu'il ne puisse recevoir les [auteurs], un entretien est organisé.", []),
    # « sans délai » says when, it denies nothing
    ("Elle informe sans délai le [procureur].", []),
    ("Il saisit sans tarder la [CRIP].", []),
])
def test_literary_negation_and_time_phrases(sentence, expected):
    assert qualifiers_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a page break inside a sentence leaves empty lines where the header / footer was removed
    ("Il n'est pas installé dans les\n\n\n[locaux] de la brigade.", [("negation", "n'est pas")]),
    ("L'intervenant ne\n\nrend jamais compte au [commandant].", [("negation", "ne\n\nrend jamais")]),
    # … but a finished sentence, or a new capitalised paragraph, is another clause
    ("Il n'est pas installé à la mairie.\n\nles [locaux] de la brigade l'accueillent.", []),
    ("Il n'est pas prévu de permanence\n\nL'intervenant occupe les [locaux] de la brigade.", []),
])
def test_page_break_inside_a_sentence(sentence, expected):
    assert qualifiers_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # « ne … qu'une des / qu'une partie » : one among others, a widening, not a restriction
    ("Les violences intrafamiliales ne sont qu'une des [situations] traitées.",
     [("pseudo_negation", "ne sont qu'une des")]),
    ("Les victimes ne constituent qu'une partie du [public] reçu.",
     [("pseudo_negation", "ne constituent qu'une partie")]),
    ("Ce n'est que l'un des [volets] du poste.", [("pseudo_negation", "n'est que l'un des")]),
    # … while « ne reçoit que les victimes » still restricts
    ("Il ne reçoit que les [victimes].", [("restriction", "ne reçoit que")]),
    ("Il n'intervient qu'auprès des [victimes].", [("restriction", "n'intervient qu'")]),
])
def test_one_among_others_is_not_a_restriction(sentence, expected):
    assert qualifiers_of(sentence) == expected


@pytest.mark.parametrize("text, marker, expected", [
    # a code cited in abbreviated form does not end the sentence, nor does its closing bracket
    ("Il est tenu au secret (art. 226-13 C. pén.) selon les mêmes règles que les policiers.", "selon",
     "Il est tenu au secret (art. 226-13 C. pén.) selon les mêmes règles que les policiers."),
    ("Il respecte l'article 9 C. civ. et la loi du 6 janvier 1978.", "loi",
     "Il respecte l'article 9 C. civ. et la loi du 6 janvier 1978."),
    ("Il est tenu au secret (art. 226-13 C. pén.). Les gendarmes sont tenus au secret de l'enquête.", "gendarmes",
     "Les gendarmes sont tenus au secret de l'enquête."),
    # a quotation closed after its full stop ends the sentence when a capital follows, not otherwise
    ("Le texte dit « il reçoit les victimes. » Le poste est créé.", "poste", "» Le poste est créé."),
    ("Le texte dit « il reçoit les victimes. » et rien de plus.", "rien",
     "Le texte dit « il reçoit les victimes. » et rien de plus."),
])
def test_abbreviations_and_closers_after_a_full_stop(text, marker, expected):
    tq = TextQualifiers(text, CONFIG)
    i = text.index(marker)
    assert text[slice(*tq.sentence(i, i + len(marker)))].strip() == expected
