"""Word-level edit operations: exact operation lists on small passages."""

from iscg_nlp.compare.ops import make_side, word_ops
from iscg_nlp.compare.units import tokenize


def ops_of(a: str, b: str, placeholders: bool = True):
    ma = make_side(a, [(tokenize(a, 0, placeholders), len(a))])
    mb = make_side(b, [(tokenize(b, 0), len(b))])
    return word_ops(ma, mb)


def test_replace_and_insert_are_located():
    ops = ops_of("Le poste est occupé par un travailleur social.",
                 "Le poste est tenu par un travailleur social diplômé.")
    assert [(o.kind, o.model_text, o.doc_text) for o in ops] == [
        ("equal", "Le poste est ", "Le poste est "),
        ("replace", "occupé ", "tenu "),
        ("equal", "par un travailleur social", "par un travailleur social "),
        ("insert", "", "diplômé"),
        ("equal", ".", "."),
    ]


def test_deleting_a_phrase_is_one_delete():
    ops = ops_of("aux victimes, aux auteurs présumés et aux personnes hors du champ pénal.",
                 "aux victimes et aux personnes hors du champ pénal.")
    kinds = [o.kind for o in ops]
    assert "delete" in kinds or "replace" in kinds
    gone = " ".join(o.model_text for o in ops if o.kind in ("delete", "replace"))
    assert "auteurs présumés" in gone


def test_accents_and_case_do_not_count():
    ops = ops_of("Le poste est occupé par un travailleur social diplômé d'État.",
                 "LE POSTE EST OCCUPE PAR UN TRAVAILLEUR SOCIAL DIPLOME D'ETAT.")
    assert [o.kind for o in ops] == ["equal"]


def test_moved_sentence_is_a_move_pair():
    a = ("Le comité se réunit une fois par an. Il examine le rapport d'activité annuel du poste. "
         "Il propose des adaptations.")
    b = ("Le comité se réunit une fois par an. Il propose des adaptations. "
         "Il examine le rapport d'activité annuel du poste.")
    ops = ops_of(a, b)
    moves = [o for o in ops if o.kind == "move"]
    assert sorted(o.side for o in moves) == ["doc", "model"]
    assert moves[0].move_id == moves[1].move_id
    dep = next(o for o in moves if o.side == "model")
    arr = next(o for o in moves if o.side == "doc")
    # the shorter sentence is the one that travels; the longer one stays aligned
    assert "propose des adaptations" in dep.model_text and "propose des adaptations" in arr.doc_text
    assert a[dep.model_start:dep.model_end] == dep.model_text
    assert b[arr.doc_start:arr.doc_end] == arr.doc_text


def test_placeholder_filled_is_not_a_change():
    ops = ops_of("Le Maire de [commune] signe.", "Le Maire de Saint-Étienne signe.")
    changed = [o for o in ops if o.kind != "equal"]
    assert changed and all(o.placeholder for o in changed)


def test_ops_concatenate_back_to_each_text():
    a = "Article premier.\nLe poste est créé.\n\nIl est financé par l'État."
    b = "Le poste est créé pour trois ans.\nIl est financé par l'État et la commune."
    ops = ops_of(a, b)
    doc_side = "".join(o.doc_text for o in ops if o.kind != "delete" and not (o.kind == "move" and o.side == "model"))
    model_side = "".join(o.model_text for o in ops if o.kind != "insert" and not (o.kind == "move" and o.side == "doc"))
    assert doc_side == b and model_side == a
