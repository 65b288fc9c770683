"""QR codes of invitation URLs decode back to the URL."""

import base64

import pytest

from rules.qr import qr_png, qr_png_data_url, qr_svg
from tests.support.qr import decode_png, decode_svg

URLS = [
    "https://partners.example.com/invite/Xy3_a9Qk-abcdefghijklmnopqrstuvwxyz0123456789",
    "http://127.0.0.1:8000/invite/short",
]


@pytest.mark.parametrize("url", URLS)
def test_the_png_decodes_to_the_url(url: str) -> None:
    png = qr_png(url)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert decode_png(png) == [url]


@pytest.mark.parametrize("url", URLS)
def test_the_svg_decodes_to_the_url(url: str) -> None:
    svg = qr_svg(url)
    assert svg.startswith("<svg") and 'xmlns="http://www.w3.org/2000/svg"' in svg
    assert "<title>Invitation QR code</title>" in svg
    assert decode_svg(svg) == [url]


def test_the_data_url_holds_the_png() -> None:
    data_url = qr_png_data_url(URLS[0])
    prefix = "data:image/png;base64,"
    assert data_url.startswith(prefix)
    assert base64.b64decode(data_url.removeprefix(prefix)) == qr_png(URLS[0])
