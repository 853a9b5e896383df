"""The review app through Flask's test client, on a real store file."""

import re

from web_helpers import csrf_of, named_client

from iscg_nlp.store import ReviewStore
from iscg_nlp.web import create_app
from iscg_nlp.web.server import ServeError, check_binding, make_server


def _page(client, doc, key=None):
    url = f"/convention/{doc}" + (f"?indicateur={key}" if key else "")
    resp = client.get(url)
    assert resp.status_code == 200, resp.get_data(as_text=True)
    return resp.get_data(as_text=True)


def _decide(client, doc, key, action, **fields):
    html = _page(client, doc, key)
    seen = re.search(r'name="vu" value="([^"]*)"', html).group(1)
    data = {"csrf": csrf_of(html), "indicateur": key, "action": action, "vu": seen, **fields}
    return client.post(f"/convention/{doc}/decision", data=data)


def test_list_counts_and_filters(app, ids):
    c = app.test_client()
    html = c.get("/").get_data(as_text=True)
    assert "laval-2021.pdf" in html and "mende-2019.docx" in html
    assert "À revoir : 2" in html and "indicateurs relus : <strong>0</strong>" in html
    only_reserve = c.get("/?avis=reserve").get_data(as_text=True)
    assert "mende-2019.docx" in only_reserve and "laval-2021.pdf" not in only_reserve
    by_value = c.get("/?critere=public%3Dvictimes_seulement").get_data(as_text=True)
    assert "laval-2021.pdf" in by_value and "mende-2019.docx" not in by_value
    by_employer = c.get("/?employeur=conseil_departemental").get_data(as_text=True)
    assert "mende-2019.docx" in by_employer and "laval-2021.pdf" not in by_employer
    assert "Aucune convention" in c.get("/?statut=validee").get_data(as_text=True)


def test_document_text_is_escaped_and_evidence_marked(app, ids):
    html = _page(app.test_client(), ids["a"], "public")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;pirate&#34;)&lt;/script&gt;" in html
    marks = re.findall(r'<mark id="ev-(\d+)" class="preuve">(.*?)</mark>', html)
    assert marks == [("0", "reçoit les victimes de violences"), ("1", "Il n&#39;intervient qu&#39;auprès des victimes")]
    assert "Victimes exclusivement" in html and "Tous publics" in html  # suggestion and alternatives
    assert "confiance 80 %" in html


def test_security_headers(app):
    resp = app.test_client().get("/")
    csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    js = app.test_client().get("/static/review.js")
    assert js.status_code == 200 and b"keydown" in js.data


def test_post_without_or_with_wrong_csrf_is_refused(app, ids, store_path):
    c = named_client(app, "Marie")
    _page(c, ids["a"])
    for data in ({}, {"csrf": "faux"}):
        resp = c.post(f"/convention/{ids['a']}/decision",
                      data={**data, "indicateur": "public", "action": "confirmer"})
        assert resp.status_code == 400 and "formulaire a expiré" in resp.get_data(as_text=True)
    other = app.test_client()  # a valid token of another session does not work either
    token = csrf_of(_page(c, ids["a"]))
    assert other.post(f"/convention/{ids['a']}/decision",
                      data={"csrf": token, "indicateur": "public", "action": "confirmer"}).status_code == 400
    with ReviewStore(store_path) as s:
        assert s.history() == []


def test_name_is_required_then_confirm_and_override(app, ids, store_path):
    a = ids["a"]
    anonymous = app.test_client()
    resp = _decide(anonymous, a, "public", "confirmer")
    assert resp.status_code == 303 and "/relecteur" in resp.headers["Location"]
    c = named_client(app, "Marie Dupont")
    resp = _decide(c, a, "lieu_exercice", "confirmer")
    assert resp.status_code == 303 and "indicateur=public" in resp.headers["Location"]  # next pending
    resp = _decide(c, a, "public", "choisir", valeur="tous_publics", commentaire="Le public n'est pas restreint")
    html = c.get(resp.headers["Location"]).get_data(as_text=True)
    assert "Enregistré : « Public visé » = « Tous publics »" in html
    with ReviewStore(store_path) as s:
        d = s.current_decisions(a)
        assert d["lieu_exercice"].value == "oui" and d["lieu_exercice"].reviewer == "Marie Dupont"
        assert d["public"].value == "tous_publics" and d["public"].comment == "Le public n'est pas restreint"
        assert s.document(a)["status"] == "en_cours"
    history = c.get(f"/convention/{a}/historique").get_data(as_text=True)
    assert "Le public n&#39;est pas restreint" in history and "Marie Dupont" in history


def test_typed_values_and_invalid_choice(app, ids, store_path):
    a = ids["a"]
    c = named_client(app, "Marie")
    resp = _decide(c, a, "annee_signature", "choisir", valeur="20x1")
    assert "n&#39;est pas une année valable" in c.get(resp.headers["Location"]).get_data(as_text=True)
    _decide(c, a, "cout_poste", "choisir", valeur="48 500", etp="1")
    resp = _decide(c, a, "public", "choisir", valeur="n_importe_quoi")
    assert "inconnue" in c.get(resp.headers["Location"]).get_data(as_text=True)
    with ReviewStore(store_path) as s:
        d = s.current_decisions(a)
    assert d["cout_poste"].value == {"montant": 48500, "etp": 1.0} and "public" not in d


def test_two_reviewers_at_the_same_time(app, ids, store_path):
    a = ids["a"]
    marie, paul = named_client(app, "Marie"), named_client(app, "Paul")
    page_m, page_p = _page(marie, a, "public"), _page(paul, a, "public")  # both look at « public »
    base = {"indicateur": "public", "vu": ""}
    resp = marie.post(f"/convention/{a}/decision", data={**base, "csrf": csrf_of(page_m), "action": "confirmer"})
    page_m = marie.get(resp.headers["Location"]).get_data(as_text=True)  # Marie's page after her decision
    resp = paul.post(f"/convention/{a}/decision",
                     data={**base, "csrf": csrf_of(page_p), "action": "choisir", "valeur": "ambiguite"})
    told_paul = paul.get(resp.headers["Location"]).get_data(as_text=True)
    assert "Attention : Marie avait décidé « Victimes exclusivement »" in told_paul
    with ReviewStore(store_path) as s:
        assert [(d.reviewer, d.value) for d in s.history(a)] == [("Marie", "victimes_seulement"),
                                                                  ("Paul", "ambiguite")]
        assert s.current_decisions(a)["public"].reviewer == "Paul"
    # Marie's next action (another indicator, from the page she has open) tells her, once
    resp = marie.post(f"/convention/{a}/decision", data={"csrf": csrf_of(page_m), "indicateur": "duree",
                                                          "vu": "", "action": "confirmer"})
    told_marie = marie.get(resp.headers["Location"]).get_data(as_text=True)
    assert "Paul a remplacé votre décision sur « Public visé »" in told_marie
    assert "Paul a remplacé" not in _page(marie, a)


def test_validation_needs_everything_decided_and_gives_a_number(app, ids, store_path):
    a = ids["a"]
    c = named_client(app, "Marie")
    html = _page(c, a)
    resp = c.post(f"/convention/{a}/validation", data={"csrf": csrf_of(html),
                                                       "vu": re.search(r'name="vu" value="(\d+)"', html[html.index("form-validation"):]).group(1)})
    assert "Il reste" in c.get(resp.headers["Location"]).get_data(as_text=True)
    html = _page(c, a)
    vu = re.search(r'id="form-validation">\s*<input[^>]*>\s*<input type="hidden" name="vu" value="(\d+)"', html).group(1)
    resp = c.post(f"/convention/{a}/validation", data={"csrf": csrf_of(html), "vu": vu, "confirmer_reste": "oui"})
    page = c.get(resp.headers["Location"]).get_data(as_text=True)
    number = re.search(r"Numéro d&#39;enregistrement : (ISCG-\d{4}-\d{4})", page).group(1)
    assert f'<strong id="numero">{number}</strong>' in page
    with ReviewStore(store_path) as s:
        assert s.document(a)["status"] == "validee" and not s.pending(a)
        assert all(d.reviewer == "Marie" for d in s.current_decisions(a).values())
    # a change after validation reopens it; validating again keeps the same number
    _decide(c, a, "duree", "choisir", valeur="annuelle")
    with ReviewStore(store_path) as s:
        assert s.document(a)["status"] == "en_cours"
    html = _page(c, a)
    vu = re.search(r'id="form-validation">\s*<input[^>]*>\s*<input type="hidden" name="vu" value="(\d+)"', html).group(1)
    resp = c.post(f"/convention/{a}/validation", data={"csrf": csrf_of(html), "vu": vu})
    assert number in c.get(resp.headers["Location"]).get_data(as_text=True)


def test_validation_waits_when_someone_else_decided_meanwhile(app, ids, store_path):
    a = ids["a"]
    marie = named_client(app, "Marie")
    html = _page(marie, a)
    with ReviewStore(store_path) as s:
        s.decide(a, "public", "tous_publics", "Paul")
    resp = marie.post(f"/convention/{a}/validation", data={"csrf": csrf_of(html), "vu": "0", "confirmer_reste": "oui"})
    assert "Validation suspendue : Paul a décidé" in marie.get(resp.headers["Location"]).get_data(as_text=True)


def test_conflict_is_shown(app, ids, store_path):
    from review_fixtures import TEXT_A, line_a

    a = ids["a"]
    with ReviewStore(store_path) as s:
        s.decide(a, "public", "tous_publics", "Marie")
        s.record_analysis(s.start_run("test", "regles-2", "modele-1"), line_a(public="ambiguite"), text=TEXT_A)
    html = _page(app.test_client(), a)
    assert "la dernière analyse propose « Ambiguïté du texte » alors que Marie a décidé « Tous publics »" in html
    c = named_client(app, "Marie")
    _decide(c, a, "public", "garder")
    with ReviewStore(store_path) as s:
        assert s.conflicts(a) == {}


def test_token_is_required_everywhere(store_path):
    app = create_app(store_path, token="jeton-tres-secret-42")
    c = app.test_client()
    assert c.get("/").status_code == 403
    assert c.get("/static/review.css").status_code == 403
    assert c.get("/?jeton=mauvais-jeton").status_code == 403
    resp = c.get("/?jeton=jeton-tres-secret-42&statut=a_revoir")
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/?statut=a_revoir")
    assert "HttpOnly" in resp.headers["Set-Cookie"]
    assert c.get("/").status_code == 200  # the cookie carries it now
    assert app.test_client().get("/", headers={"Cookie": "iscg_jeton=autre"}).status_code == 403


def test_only_loopback_host_without_token(app):
    c = app.test_client()
    assert c.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    resp = c.get("/", headers={"Host": "attaquant.example:8000"})
    assert resp.status_code == 403 and "répond seulement sur cet ordinateur" in resp.get_data(as_text=True)


def test_binding_elsewhere_requires_a_token(store_path):
    for host in ("0.0.0.0", "192.168.1.10"):
        try:
            check_binding(host, None)
        except ServeError as exc:
            assert "Refus de démarrer" in str(exc) and "--token" in str(exc)
        else:
            raise AssertionError("should refuse")
    check_binding("0.0.0.0", "un-jeton-assez-long")
    check_binding("127.0.0.1", None)
    server = make_server(store_path, "127.0.0.1", 0)
    assert server.server_port > 0
    server.server_close()


def test_no_open_redirect_and_no_path_from_request(app, ids):
    c = app.test_client()
    page = c.get("/relecteur").get_data(as_text=True)
    resp = c.post("/relecteur", data={"csrf": csrf_of(page), "nom": "Marie", "suivant": "//attaquant.example/"})
    assert resp.headers["Location"] == "/"
    html = c.get(f"/convention/{ids['a']}/comparaison?path=/etc/passwd&chemin=/etc/passwd").get_data(as_text=True)
    assert "root:x:0" not in html  # the file named in the query is never read
    assert "n&#39;est plus à l&#39;emplacement enregistré lors de l&#39;analyse" in html
    assert c.get("/convention/999").status_code == 404


def test_export_download(app, ids):
    c = named_client(app, "Marie")
    _decide(c, ids["a"], "public", "choisir", valeur="ambiguite", commentaire="flou")
    resp = c.get("/export.csv")
    assert resp.status_code == 200 and resp.data.startswith(b"\xef\xbb\xbf")
    assert "Ambiguïté du texte;relecteur" in resp.data.decode("utf-8-sig")
    assert c.get("/export.pdf").status_code == 404


def test_redline_tab_from_the_recorded_path(tmp_path):
    import shutil
    from pathlib import Path

    from review_fixtures import TEXT_A, line_a

    from iscg_nlp.cache import file_sha256

    sample = tmp_path / "mayenne.pdf"
    shutil.copy(Path(__file__).parents[2] / "corpus_samples" / "a01-mayenne-2019.pdf", sample)
    store_path = tmp_path / "r.sqlite"
    with ReviewStore(store_path) as s:
        doc = s.record_analysis(s.start_run("t", "r", "m"), line_a(sha=file_sha256(sample), file=str(sample)),
                                path=str(sample), text=TEXT_A)
    c = create_app(store_path).test_client()
    resp = c.get(f"/convention/{doc}/comparaison")
    html = resp.get_data(as_text=True)
    assert "Points impératifs" in html and '<del class="del">' in html
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in resp.headers["Content-Security-Policy"]
    sample.write_bytes(sample.read_bytes() + b"\n")  # the file changed since the analysis
    store2 = tmp_path / "r2.sqlite"
    with ReviewStore(store2) as s:
        doc = s.record_analysis(s.start_run("t", "r", "m"), line_a(sha="f" * 64, file=str(sample)),
                                path=str(sample), text=TEXT_A)
    html = create_app(store2).test_client().get(f"/convention/{doc}/comparaison").get_data(as_text=True)
    assert "a été modifié depuis l&#39;analyse" in html


def test_open_form_survives_a_restart_of_the_app(ids, store_path):
    """The session key is kept beside the store: a page opened before a restart can still be sent."""
    before = named_client(create_app(store_path), "Marie")
    html = _page(before, ids["a"], "public")
    seen = re.search(r'name="vu" value="([^"]*)"', html).group(1)
    after = create_app(store_path).test_client()
    after.set_cookie(before.get_cookie("iscg_session").key, before.get_cookie("iscg_session").value)
    after.set_cookie("iscg_relecteur", "Marie")
    resp = after.post(f"/convention/{ids['a']}/decision",
                      data={"csrf": csrf_of(html), "indicateur": "public", "action": "confirmer", "vu": seen})
    assert resp.status_code in (302, 303), resp.get_data(as_text=True)
    assert ReviewStore(store_path).current_decisions(ids["a"])["public"].reviewer == "Marie"
    key_file = store_path.with_name(store_path.name + ".cle-session")
    assert key_file.stat().st_mode & 0o077 == 0
