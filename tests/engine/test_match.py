"""Matching on hand-built documents: scope, context, qualifier policies, offsets, pages, dedup."""

import pytest

from iscg_nlp.match import match, match_text
from iscg_nlp.types import Article, Document, ExtractionReport, Structure, TextBlock


def fired(findings, rule_id=None):
    return [f for f in findings if f.status == "fired" and (rule_id is None or f.rule_id == rule_id)]


@pytest.mark.parametrize("sentence, rule_id, status, value", [
    ("Les échanges se font sous réserve du secret partagé.", "deontologie.secret_partage", "fired", "contre_sens"),
    ("Le SECRET PARTAGE est appliqué.", "deontologie.secret_partage", "fired", "contre_sens"),  # accents lost
    ("Le secret partagé n'existe pas en droit.", "deontologie.secret_partage", "blocked", "contre_sens"),
    ("Aucun comité de pilotage n'est prévu.", "comite_pilotage.comite", "fired", "non_prevu"),  # flip
    ("Un comité de pilotage ne se réunit pas.", "comite_pilotage.comite", "fired", "non_prevu"),
    ("Un COPIL se réunit chaque année.", "comite_pilotage.comite", "fired", "prevu"),
    ("Le cas échéant, un comité de suivi se réunit.", "comite_pilotage.comite", "blocked", "prevu"),
    ("Il est astreint aux mêmes règles de secret professionnel que les gendarmes.",
     "deontologie.secret_professionnel", "blocked", "securisee"),  # forbid_any
    ("La saisine de la CRIP est systématique.", "deontologie.crip_systematique", "fired", "ambiguite"),
    ("Il systematiqement saisit la CRIP.", "deontologie.crip_systematique", "fired", "ambiguite"),  # FUZZY
    ("La saisine obligatoire de la CRIP.", "deontologie.crip_systematique", "fired", "ambiguite"),  # regex
    ("La saisine n'est en aucun cas systématique.", "deontologie.crip_systematique", "blocked", "ambiguite"),
])
def test_policies(basic_rules, sentence, rule_id, status, value):
    found = [f for f in match_text(sentence, basic_rules) if f.rule_id == rule_id]
    assert [(f.status, f.value) for f in found] == [(status, value)]
    if status == "blocked":
        assert found[0].reason.startswith("Règle écartée")


def test_literary_negation_blocks_and_restriction_does_not(tmp_path, basic_rules):
    rules = basic_rules
    # written French drops « pas » after pouvoir / savoir: « ne peut être invoqué » denies
    assert [f.status for f in match_text("Le secret partagé ne peut être invoqué.", rules)] == ["blocked"]
    assert [f.status for f in match_text("Le secret partagé ne saurait être invoqué.", rules)] == ["blocked"]
    # « ne peut … que » restricts, it does not deny
    assert [f.status for f in match_text("Seul le secret partagé ne peut que s'appliquer.", rules)] == ["fired"]


def test_scope_by_zone_and_title(basic_rules):
    text = "Les parties conviennent du secret partagé."
    assert match_text(text, basic_rules, zone="signature")[0].status == "blocked"
    assert "bloc des signatures" in match_text(text, basic_rules, zone="signature")[0].reason
    assert match_text(text, basic_rules, zone="preambule")[0].status == "fired"


def _doc(text, pages):
    blocks, pos = [], 0
    for i, part in enumerate(pages, 1):
        blocks.append(TextBlock(pos, pos + len(part), page=i))
        pos += len(part) + 2
    return Document(path="x.pdf", sha256="0", text=text, blocks=blocks, report=ExtractionReport(format="pdf"))


def test_offsets_article_page_and_evidence(basic_rules):
    p1 = "CONVENTION\nArticle 1 - Objet\nLe poste est créé."
    p2 = "Article 2 - Déontologie\nL'intervenant est soumis au secret professionnel. Il rend compte."
    text = p1 + "\n\n" + p2
    a2 = text.index("Article 2")
    st = Structure(title=(0, 10), parties=[], preamble=None,
                   articles=[Article("1", "Objet", 11, a2, 29), Article("2", "Déontologie", a2, len(text), a2 + 24)],
                   annexes=[], signature=None, signatories=[], signature_dates=[])
    found = fired(match(_doc(text, [p1, p2]), st, basic_rules))
    assert len(found) == 1
    f = found[0]
    assert f.page == 2 and f.article == "Article 2"
    assert text[f.cue_start:f.cue_end] == "secret professionnel" == f.cue
    assert text[f.start:f.end] == f.text == "L'intervenant est soumis au secret professionnel."


def test_long_sentence_is_cut_around_the_cue(basic_rules):
    filler = " ".join(["les partenaires se coordonnent"] * 40)
    text = f"{filler}, {filler} et le secret professionnel s'applique, {filler}."
    f = match_text(text, basic_rules)[0]
    assert len(f.text) <= 400 and "secret professionnel" in f.text
    assert text[f.start:f.end] == f.text


def test_duplicates_collapse_but_blocked_and_fired_stay(basic_rules):
    text = ("Le secret professionnel, le secret professionnel encore. "
            "Il est astreint aux mêmes règles de secret professionnel que les policiers.")
    found = [f for f in match_text(text, basic_rules) if f.rule_id == "deontologie.secret_professionnel"]
    assert [f.status for f in found] == ["fired", "blocked"]


def test_long_text_offsets_hold(basic_rules):
    para = "Article {n}. Le bureau est fourni. " * 1
    text = "".join(para.format(n=i) for i in range(3000)) + "Enfin le secret partagé s'applique."
    assert len(text) > 100_000
    f = fired(match_text(text, basic_rules), "deontologie.secret_partage")[0]
    assert text[f.cue_start:f.cue_end] == "secret partagé"


def test_lemma_rule_loads_the_french_model(tmp_path):
    """A LEMMA pattern switches to fr_core_news_sm; offsets stay those of the text."""
    from iscg_nlp.ruleset import load_ruleset

    (tmp_path / "duree.yaml").write_text(
        "indicator: duree\nlabel: Durée\ndecide:\n  - value: triennale\n    when: {any: [triennale]}\n"
        "  - value: non_precisee\n    absence: Aucune durée.\nrules:\n  - id: duree.renouveler\n"
        "    vote: triennale\n    patterns:\n      - [{LEMMA: renouveler}]\n    explanation: Renouvellement.\n",
        encoding="utf-8")
    rules = load_ruleset(tmp_path)
    assert rules.needs_model
    text = "Article 1.\n\nLa convention est renouvelée  pour trois ans."
    f = fired(match_text(text, rules))[0]
    assert text[f.cue_start:f.cue_end] == "renouvelée"


_OWN_RULES = r"""indicator: autorites
label: Autorités
decide:
  - value: inversee
    when: {any: [inversee]}
  - value: conforme
    absence: Rien.
rules:
  - id: autorites.rx
    vote: inversee
    regex: ['\b(?:est|sont)\s+(?:\w+\s+){0,3}?places?\s+sous\s+l''autorite\s+hierarchique']
    explanation: Autorité hiérarchique.
  - id: autorites.aucun
    vote: inversee
    patterns: [[{NORM: aucun}, {OP: "?"}, {NORM: lien}, {NORM: de}, {NORM: subordination}]]
    explanation: Pas de lien.
  - id: autorites.victimes
    vote: inversee
    phrases: [victimes seulement]
    qualifiers: {pseudo_negation: block}
    explanation: Victimes seulement.
"""


@pytest.fixture(scope="module")
def own_rules(tmp_path_factory):
    from iscg_nlp.ruleset import load_ruleset

    d = tmp_path_factory.mktemp("own")
    (d / "autorites.yaml").write_text(_OWN_RULES, encoding="utf-8")
    return load_ruleset(d)


@pytest.mark.parametrize("sentence, rule_id, status", [
    # « sont » is written in the regex, « ne … pas » is not: the negation inside the match counts
    ("Les intervenants ne sont pas placés sous l'autorité hiérarchique du commandant.", "autorites.rx", "blocked"),
    ("Les intervenants sont placés sous l'autorité hiérarchique du commandant.", "autorites.rx", "fired"),
    # « aucun » is the pattern's own first word: not a negation of it
    ("Il n'existe aucun lien de subordination.", "autorites.aucun", "fired"),
    # a pseudo-negation (widening) blocks a rule whose policy says so
    ("Le public ne se limite pas aux victimes seulement.", "autorites.victimes", "blocked"),
    ("Le public : victimes seulement.", "autorites.victimes", "fired"),
])
def test_own_cues_by_position_and_pseudo_negation_policy(own_rules, sentence, rule_id, status):
    found = [f for f in match_text(sentence, own_rules) if f.rule_id == rule_id]
    assert [f.status for f in found] == [status], [f.reason for f in found]
