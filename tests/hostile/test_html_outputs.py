"""Script and markup written in a convention's text stay inert in every HTML output: the redline of
`iscg diff -o x.html` and the review app's pages (fed by a real `iscg analyze --store`). The review app
also refuses forms without their CSRF token and will not listen beyond this computer without a token."""

from __future__ import annotations

import json
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

import hostile_files as hf
from hostile_run import run_cli

class _Tags(HTMLParser):
    """Every element the browser would build, with its attributes and any inline script text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline_scripts.append(data)


@pytest.fixture(scope="module")
def script_doc(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("html")
    path = d / "convention-piegee.txt"
    path.write_text(hf.convention_text([f"Article 7 – Divers {hf.SCRIPT}",
                                        f"Le préfet réunit le comité de pilotage {hf.SCRIPT} & <b>gras</b> chaque année."]),
                    encoding="utf-8")
    return path


def _assert_inert(html: str) -> None:
    """The document's markup must be text: no element, handler or inline script came from it."""
    assert "<b>gras</b>" not in html and "<script>alert" not in html
    parsed = _Tags()
    parsed.feed(html)
    assert not parsed.inline_scripts, parsed.inline_scripts
    for tag, attrs in parsed.tags:
        assert not (tag == "script" and "src" not in attrs), attrs
        assert not (tag == "img" and attrs.get("src") == "x"), attrs
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert not any("javascript:" in (v or "") for v in attrs.values()), attrs


def test_diff_html_escapes_the_document(script_doc, tmp_path):
    out = tmp_path / "comparaison.html"
    proc = run_cli("diff", str(script_doc), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    _assert_inert(html)
    assert "&lt;script&gt;" in html  # the text is shown, as text


@pytest.fixture(scope="module")
def review_store(script_doc, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "relecture.sqlite"
    proc = run_cli("analyze", str(script_doc), "--format", "jsonl", "--no-cache", "--store", str(db))
    (line,) = [json.loads(l) for l in proc.stdout.splitlines()]
    assert "error" not in line, line
    return db


@pytest.fixture
def client(review_store):
    pytest.importorskip("flask")
    from iscg_nlp.web import create_app

    return create_app(review_store).test_client()


def test_review_pages_show_the_script_inert(client, review_store):
    from iscg_nlp.store import ReviewStore

    with ReviewStore(review_store) as store:
        doc = store.documents()[0]
        keys = list(store.suggestions(doc["id"]))
    assert "<script>" in doc["text"]  # the store keeps the text as written
    pages = ["/", f"/convention/{doc['id']}", f"/convention/{doc['id']}/historique",
             f"/convention/{doc['id']}/comparaison"] + [f"/convention/{doc['id']}?indicateur={k}" for k in keys]
    shown = 0
    for url in pages:
        resp = client.get(url)
        assert resp.status_code == 200, url
        html = resp.get_data(as_text=True)
        _assert_inert(html)
        shown += "&lt;script&gt;" in html
        assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    assert shown >= 1


def test_forms_without_csrf_are_refused(client, review_store):
    from iscg_nlp.store import ReviewStore

    with ReviewStore(review_store) as store:
        doc_id = store.documents()[0]["id"]
        before = len(store.history())
    for url, data in [(f"/convention/{doc_id}/decision", {"indicateur": "public", "action": "confirmer"}),
                      (f"/convention/{doc_id}/validation", {}), ("/relecteur", {"nom": "Intrus"})]:
        for token in (None, "faux-jeton"):
            form = dict(data, **({"csrf": token} if token else {}))
            resp = client.post(url, data=form)
            assert resp.status_code in (400, 403), (url, resp.status_code)
            assert "rien n'a été enregistré" in unescape(resp.get_data(as_text=True))
    with ReviewStore(review_store) as store:
        assert len(store.history()) == before


def test_non_loopback_binding_needs_a_token(review_store):
    pytest.importorskip("flask")
    from iscg_nlp.web.server import ServeError, check_binding, make_server

    for host in ("0.0.0.0", "192.168.1.20", "::"):
        with pytest.raises(ServeError) as err:
            make_server(review_store, host, 0)
        assert "jeton" in str(err.value)
    check_binding("127.0.0.1", None)
    check_binding("0.0.0.0", "un-jeton-assez-long")


def test_foreign_host_header_is_refused(client):
    resp = client.get("/", headers={"Host": "attaquant.example"})
    assert resp.status_code == 403
