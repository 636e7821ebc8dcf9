"""Reading a response as a visitor would: the parsed page and the text a node shows."""

from bs4 import BeautifulSoup


def soup(response, status=200):
    assert response.status_code == status, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text_of(node):
    """The node's text with whitespace collapsed, as a screen shows it."""
    return " ".join(node.get_text(" ").split())
