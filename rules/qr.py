"""QR codes of invitation URLs, as SVG markup and as PNG, made with segno: the invitation pages
and the `createInvitation` payload both show them, so they live below both (no HTTP here).

Error correction M (15 % of the code may be damaged), a 4-module quiet zone and a white
background, so a code on a dark page or a printed sheet still scans.
"""

from __future__ import annotations

import base64
import io

import segno

ERROR_CORRECTION = "m"
SVG_SCALE = 4
PNG_SCALE = 8
QUIET_ZONE = 4
DARK = "#000"
LIGHT = "#fff"
SVG_MEDIA_TYPE = "image/svg+xml"
PNG_MEDIA_TYPE = "image/png"


def _code(url: str) -> segno.QRCode:
    return segno.make(url, error=ERROR_CORRECTION, micro=False)


def qr_svg(url: str) -> str:
    """The QR code of `url` as a standalone SVG document (no XML declaration, so that it can also
    be put inline in HTML), with a title naming what it encodes."""
    buffer = io.BytesIO()
    _code(url).save(
        buffer,
        kind="svg",
        scale=SVG_SCALE,
        border=QUIET_ZONE,
        dark=DARK,
        light=LIGHT,
        xmldecl=False,
        svgns=True,
        title="Invitation QR code",
        unit=None,
    )
    return buffer.getvalue().decode("utf-8")


def qr_png(url: str) -> bytes:
    """The QR code of `url` as a PNG image, black on white."""
    buffer = io.BytesIO()
    _code(url).save(buffer, kind="png", scale=PNG_SCALE, border=QUIET_ZONE, dark=DARK, light=LIGHT)
    return buffer.getvalue()


def qr_png_data_url(url: str) -> str:
    """The PNG as a `data:image/png;base64,...` URL, for an `<img src>` without a request."""
    return f"data:{PNG_MEDIA_TYPE};base64,{base64.b64encode(qr_png(url)).decode('ascii')}"
