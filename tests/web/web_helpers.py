"""Helpers of the web tests: read the CSRF token of a page, a client that gave its name."""

import re


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def named_client(app, name):
    client = app.test_client()
    page = client.get("/relecteur").get_data(as_text=True)
    client.post("/relecteur", data={"csrf": csrf_of(page), "nom": name, "suivant": "/"})
    return client
