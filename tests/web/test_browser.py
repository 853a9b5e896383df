"""A real headless Chromium (Debian's) on the served app: highlight, keyboard, override, reload, export."""

import threading
from pathlib import Path

import pytest

from iscg_nlp.store import ReviewStore
from iscg_nlp.web.server import make_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip("Chromium absent (/usr/bin/chromium) : installez le paquet Debian « chromium » pour le test "
                "du navigateur.", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright absent : pip install playwright")


@pytest.fixture
def served(store_path):
    server = make_server(store_path, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def test_review_in_a_real_browser(served, browser, store_path, ids, tmp_path):
    a = ids["a"]
    page = browser.new_page(accept_downloads=True)
    problems, dialogs = [], []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    page.goto(f"{served}/relecteur")
    page.fill("#nom", "Marie Dupont")
    page.click("form.carte button[type=submit]")
    assert "Relecteur : Marie Dupont" in page.inner_text("header")

    page.goto(f"{served}/convention/{a}?indicateur=public")
    first = page.locator("mark#ev-0")
    assert first.inner_text() == "reçoit les victimes de violences"
    assert "active" in first.get_attribute("class")  # the shipped script ran and picked it
    box, view = first.bounding_box(), page.locator("#texte").evaluate(
        "e => e.closest('.texte-convention').getBoundingClientRect().toJSON()")
    assert view["top"] <= box["y"] <= view["bottom"]  # scrolled into the text pane
    assert '<script>alert("pirate")</script>' in page.inner_text("#texte") and dialogs == []

    page.keyboard.press("j")  # next indicator
    page.wait_for_url("**indicateur=deontologie")
    page.keyboard.press("k")
    page.wait_for_url("**indicateur=public")

    page.keyboard.press("o")
    page.keyboard.press("Escape")
    page.keyboard.press("1")  # first value: Tous publics
    assert page.is_checked("input[name=valeur][value=tous_publics]")
    page.fill("#commentaire", "Les mis en cause sont aussi reçus (article 2).")
    page.click("#btn-choisir")
    page.wait_for_load_state()
    assert "Enregistré : « Public visé » = « Tous publics »" in page.inner_text(".messages")

    page.goto(f"{served}/convention/{a}?indicateur=public")
    page.reload()
    assert page.inner_text("#decision") == "Tous publics"
    assert "Les mis en cause sont aussi reçus (article 2)." in page.inner_text("#detail")
    assert "Marie Dupont" in page.inner_text("#detail")

    page.goto(f"{served}/convention/{a}?indicateur=duree")
    page.keyboard.press("c")  # confirm with the keyboard
    page.wait_for_url("**indicateur=annee_signature")

    with page.expect_download() as info:
        page.click("text=CSV")
    saved = tmp_path / "export.csv"
    info.value.save_as(saved)
    content = saved.read_bytes().decode("utf-8-sig")
    assert "Tous publics;relecteur" in content and "Triennale;relecteur" in content

    with ReviewStore(store_path) as s:
        current = s.current_decisions(a)
    assert current["public"].reviewer == "Marie Dupont" and current["duree"].value == "triennale"
    assert problems == []  # no CSP violation, no script error
