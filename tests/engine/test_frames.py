"""Semantic frames (``frame:`` in a rule): one word of each slot in one clause, order free, qualifiers
judged on the clause; load-time checks; evidence order; readable place outside articles."""

import pytest

from iscg_nlp.decide import decide, evidence_rank
from iscg_nlp.errors import RuleFileError
from iscg_nlp.match import match, match_text
from iscg_nlp.ruleset import load_ruleset
from iscg_nlp.types import Article, Document, ExtractionReport, Structure, TextBlock

_FRAME_RULES = """indicator: deontologie
label: Déontologie
decide:
  - value: contre_sens
    when: {any: [contre_sens]}
  - value: non_precise
    absence: Rien.
rules:
  - id: deontologie.remis
    vote: contre_sens
    frame:
      slots:
        - [compte rendu, comptes rendus, informations]
        - [transmi*, versé, mises]
        - [aux enquêteurs, à la procédure, à la disposition des enquêteurs]
      ordered: [2, 3]
      window: 20
    context:
      forbid_any: [accord]
    explanation: Écrits remis aux forces.
  - id: deontologie.hierarchie
    vote: contre_sens
    frame:
      slots: [[autorité hiérarchique], [commandant, gendarmerie]]
      none: [association]
    explanation: Hiérarchie.
  - id: deontologie.court
    vote: contre_sens
    frame: [[secret], [partagé]]
    explanation: Forme courte.
"""


@pytest.fixture(scope="module")
def frame_rules(tmp_path_factory):
    d = tmp_path_factory.mktemp("frames")
    (d / "deontologie.yaml").write_text(_FRAME_RULES, encoding="utf-8")
    return load_ruleset(d)


def _fired(text, rules, rule_id):
    return [f for f in match_text(text, rules) if f.status == "fired" and f.rule_id == rule_id]


@pytest.mark.parametrize("sentence, fires", [
    ("Le compte rendu de chaque entretien est versé au dossier, puis à la procédure.", True),
    ("Les informations recueillies sont mises à la disposition des enquêteurs, à leur demande.", True),
    ("Sont transmises aux enquêteurs les informations recueillies.", True),       # slot 1 after: order free
    ("Les comptes rendus ne sont jamais versés à la procédure.", False),           # negation inside the frame
    ("En aucun cas les informations ne sont transmises aux enquêteurs.", False),
    ("Avec l'accord de la personne, les informations sont transmises aux enquêteurs.", False),  # context
    ("Aux enquêteurs, l'intervenant a transmis ses informations.", False),         # slot 3 before slot 2
    ("Les informations sont utiles. Elles sont transmises aux enquêteurs.", False),  # two sentences
    ("Les informations sont classées ; les bilans sont transmis aux enquêteurs.", False),  # two clauses
])
def test_frame_fires_on_meaning_not_on_wording(frame_rules, sentence, fires):
    assert bool(_fired(sentence, frame_rules, "deontologie.remis")) is fires


def test_frame_window_in_tokens(frame_rules):
    far = "Les informations " + "très " * 25 + "sont transmises aux enquêteurs."
    assert not _fired(far, frame_rules, "deontologie.remis")


def test_prefix_slot_and_hyphen(frame_rules):
    assert _fired("Le compte-rendu est transmissible aux enquêteurs.", frame_rules, "deontologie.remis")


def test_frame_none_words_in_the_clause_block_with_reason(frame_rules):
    text = "Est exercée par le commandant l'autorité hiérarchique."
    assert _fired(text, frame_rules, "deontologie.hierarchie")
    found = match_text("L'autorité hiérarchique revient à l'association et non au commandant.", frame_rules)
    f = next(x for x in found if x.rule_id == "deontologie.hierarchie")
    assert f.status == "blocked" and "association" in f.reason
    # the employer in another clause does not silence it
    assert _fired("L'association paie le salaire ; le commandant exerce l'autorité hiérarchique.", frame_rules,
                  "deontologie.hierarchie")


def test_frame_cue_span_and_evidence(frame_rules):
    text = "Article 1.\n\nSont transmises aux enquêteurs les informations recueillies."
    f = _fired(text, frame_rules, "deontologie.remis")[0]
    assert text[f.cue_start:f.cue_end] == "transmises aux enquêteurs les informations"
    assert f.text.startswith("Sont transmises")


def test_frame_shorthand_is_a_list_of_slots(frame_rules):
    assert frame_rules.rules["deontologie.court"].rule.frame.slots == [["secret"], ["partagé"]]
    assert _fired("Ils travaillent sous le régime du secret, partagé avec les gendarmes.", frame_rules,
                  "deontologie.court")


@pytest.mark.parametrize("frame, message", [
    ("[[secret]]", "au moins deux cases"),
    ("[[secret], []]", "case vide"),
    ("[[secret], ['*']]", "invalide"),
    ("[[secret], [pa*rtagé]]", "à la fin"),
    ("[[secret], [pa*]]", "3 lettres"),
    ("{slots: [[secret], [partagé]], ordered: [1, 3]}", "ordered"),
    ("{slots: [[secret], [partagé], [gendarmes]], window: 2}", "fenêtre"),
    ("{slots: [[secret], [partagé]], unit: page}", "unit"),
    ("{slots: [[secret], [partagé]], typo: 1}", "clé inconnue"),
])
def test_bad_frames_are_refused_at_load(tmp_path, frame, message):
    (tmp_path / "deontologie.yaml").write_text(
        "indicator: deontologie\nlabel: D\ndecide:\n  - value: contre_sens\n    when: {any: [contre_sens]}\n"
        "  - value: non_precise\nrules:\n  - id: deontologie.x\n    vote: contre_sens\n"
        f"    frame: {frame}\n    explanation: X.\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        load_ruleset(tmp_path)
    assert message in str(err.value) and "deontologie.x" in str(err.value)


def _doc_with_preamble(text: str, pre_end: int, art_start: int, body_start: int) -> tuple[Document, Structure]:
    doc = Document(path="<t>", sha256="", text=text, blocks=[TextBlock(0, len(text), kind="paragraph", paragraph=0)],
                   report=ExtractionReport(format="txt"))
    st = Structure(title=None, parties=[], preamble=(0, pre_end), articles=[
        Article("1", "Secret professionnel", art_start, len(text), body_start)], annexes=[], signature=None,
        signatories=[], signature_dates=[])
    return doc, st


def test_evidence_body_before_heading_before_preamble_and_place_names():
    rules = load_ruleset()
    pre = "Vu le code pénal, notamment son article 226-13 relatif au secret professionnel ;\n\n"
    head = "Article 1 - Secret professionnel\n\n"
    body = "L'intervenant social est tenu au secret professionnel."
    text = pre + head + body
    doc, st = _doc_with_preamble(text, len(pre), len(pre), len(pre) + len(head))
    findings = [f for f in match(doc, st, rules) if f.indicator == "deontologie" and f.status == "fired"]
    assert any(f.article == "Préambule" for f in findings)  # a readable place, not None
    coding = decide(findings, rules, doc, st)["deontologie"]
    assert coding.evidence[0].text == body
    ranks = [evidence_rank(f, st) for f in sorted(findings, key=lambda f: f.start)]
    assert ranks[0] == 3 and 0 in ranks


def _slot_hits_by_brute_force(folded, index):
    """The frame hits as a plain reading of the index gives them: every entry a word opens, checked
    word by word, in the index's own order (the reference the grouped lookup must equal)."""
    from iscg_nlp.match import TOKEN_RE

    words = [folded[m.start():m.end()] for m in TOKEN_RE.finditer(folded) if m.group() != "-"]
    out = {}
    for i, w in enumerate(words):
        cands = list(index.exact.get(w, []))
        cands += [e for ln in index.prefix_lens if len(w) >= ln for e in index.prefix.get(w[:ln], ())]
        for rule_id, slot, ws, is_prefix in cands:
            tail = words[i:i + len(ws)]
            if len(tail) < len(ws):
                continue
            if all(t.startswith(x) if is_prefix and k == len(ws) - 1 else t == x
                   for k, (t, x) in enumerate(zip(tail, ws)) if k):
                out.setdefault(rule_id, []).append((slot, i, i + len(ws)))
    return out


def test_frame_slot_lookup_equals_a_plain_reading_on_the_shipped_rules():
    """Frequent words (« a », « de », « l' ») open hundreds of slot entries; grouping them by the word
    they need next must find exactly the same hits, in the same order, as checking every entry."""
    from pathlib import Path

    from iscg_nlp.match import _compile, _slot_hits
    from iscg_nlp.nlp import get_nlp
    from iscg_nlp.textutil import fold

    ruleset = load_ruleset()
    index = _compile(ruleset, get_nlp(model=ruleset.needs_model)).frames
    model = (Path(__file__).resolve().parents[2] / "model_template" / "convention-type.txt").read_text("utf-8")
    text = model + (
        "\nLes comptes rendus sont transmis aux enquêteurs ; l'intervenant a accès au dossier, "
        "il est placé sous l'autorité hiérarchique du commandant de la gendarmerie. Transmission "
        "des informations à la procédure, secret partagé, compte-rendu remis.")
    folded = fold(text)
    _, hits = _slot_hits(folded, index)
    assert sum(len(v) for v in hits.values()) > 100
    assert hits == _slot_hits_by_brute_force(folded, index)
