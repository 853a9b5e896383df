"""The terminal review driven by a list of answers, on a real store file."""

import io

from rich.console import Console

from iscg_nlp.review_tui import run_review
from iscg_nlp.store import ReviewStore


def _console():
    buf = io.StringIO()
    return Console(file=buf, width=110, color_system=None, highlight=False), buf


def _answers(*items):
    it = iter(items)

    def fake_input(prompt):
        fake_input.prompts.append(prompt)
        try:
            return next(it)
        except StopIteration:
            raise EOFError from None
    fake_input.prompts = []
    return fake_input


def _pending(path, doc):
    with ReviewStore(path) as s:
        return s.pending(doc)


def test_confirm_override_with_comment_and_quit(store_path, ids):
    a = ids["a"]
    console, out = _console()
    # a: first pending is lieu_exercice (confirm), then public: choose 1 (tous_publics) with a comment, then quit
    n = run_review(store_path, "Marie", console, _answers("", "1", "le public est général", "q"))
    assert n == 2
    text = out.getvalue()
    assert "Exercice EN commissariat" in text and "Proposition de l'outil : Oui" in text
    assert "présence d'un intervenant social au commissariat" in text  # evidence in its context
    assert "Article 1 - Objet" in text  # a line around the passage
    with ReviewStore(store_path) as s:
        d = s.current_decisions(a)
        assert d["lieu_exercice"].value == "oui" and d["lieu_exercice"].reviewer == "Marie"
        assert d["public"].value == "tous_publics" and d["public"].comment == "le public est général"
    assert "Relecture interrompue" in text


def test_resumes_at_next_undecided_and_skip_back(store_path, ids):
    run_review(store_path, "Marie", _console()[0], _answers("c", "q"))
    console, out = _console()
    # resumes on « public »; skip it, then go back to it, then confirm it
    run_review(store_path, "Paul", console, _answers("s", "p", "c", "q"))
    text = out.getvalue()
    assert text.count("Public visé") >= 2 and "Exercice EN commissariat" not in text.split("Proposition")[0][-200:]
    with ReviewStore(store_path) as s:
        d = s.current_decisions(ids["a"])
    assert d["public"].reviewer == "Paul" and d["public"].value == "victimes_seulement"
    assert "lieu_exercice" in d and d["lieu_exercice"].reviewer == "Marie"


def test_typed_values_and_bad_answers(store_path, ids):
    a = ids["a"]
    with ReviewStore(store_path) as s:  # decide everything of a except the two typed indicators
        for key in s.pending(a) - {"annee_signature", "cout_poste"}:
            s.decide(a, key, s.suggestions(a)[key].value, "Marie")
    console, out = _console()
    answers = _answers("zz", "v", "19", "v", "2020", "v", "52 000", "0,5", "n", "q")
    run_review(store_path, "Marie", console, answers)
    text = out.getvalue()
    assert "Réponse non comprise" in text and "n'est pas une année valable" in text
    assert any("Valider la convention ?" in p for p in answers.prompts)
    with ReviewStore(store_path) as s:
        d = s.current_decisions(a)
        assert d["annee_signature"].value == 2020
        assert d["cout_poste"].value == {"montant": 52000, "etp": 0.5}
        assert s.document(a)["status"] == "en_cours"


def test_validation_gives_the_registration_number(store_path, ids):
    b = ids["b"]
    with ReviewStore(store_path) as s:
        s.validate(ids["a"], "Marie")  # a is done: only b remains
    pending = _pending(store_path, b)
    console, out = _console()
    answers = _answers(*([""] * len(pending)), "o")
    run_review(store_path, "Marie", console, answers)
    assert "Tous les indicateurs de « mende-2019.docx » sont relus" in answers.prompts[-1]
    assert "numéro d'enregistrement ISCG-" in out.getvalue()
    with ReviewStore(store_path) as s:
        assert s.document(b)["status"] == "validee" and s.document(b)["registration"].startswith("ISCG-")
    console, out = _console()
    assert run_review(store_path, "Marie", console, _answers()) == 0
    assert "Rien à relire" in out.getvalue()


def test_conflict_is_shown_and_can_be_kept(store_path, ids):
    from review_fixtures import TEXT_A, line_a

    a = ids["a"]
    with ReviewStore(store_path) as s:
        s.decide(a, "public", "tous_publics", "Marie")
        run = s.start_run("test", "regles-2", "modele-1")
        s.record_analysis(run, line_a(public="ambiguite"), text=TEXT_A)
        assert s.conflicts(a) == {"public": ("tous_publics", "ambiguite")}
    console, out = _console()
    run_review(store_path, "Marie", console, _answers("c", "g", "q"))
    assert "la dernière analyse propose « Ambiguïté du texte » alors que Marie a décidé « Tous publics »" \
        in out.getvalue()
    with ReviewStore(store_path) as s:
        assert s.conflicts(a) == {} and s.current_decisions(a)["public"].value == "tous_publics"


def test_name_is_asked_and_script_in_text_is_shown_as_text(store_path, ids):
    console, out = _console()
    run_review(store_path, None, console, _answers("", "  Léa  ", "c", "q"))
    with ReviewStore(store_path) as s:
        assert s.history()[0].reviewer == "Léa"
    assert '<script>alert("pirate")</script>' in out.getvalue()  # context of « public », verbatim
