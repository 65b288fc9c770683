"""Reading QR codes back with a real decoder (zxing-cpp), from PNG bytes or SVG markup."""

import io

import cairosvg
import zxingcpp
from PIL import Image


def decode_png(png: bytes) -> list[str]:
    """The texts of every QR code in the PNG image."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return [result.text for result in zxingcpp.read_barcodes(image)]


def decode_svg(svg: str) -> list[str]:
    """The texts of every QR code in the SVG, rendered to a PNG first (by cairo)."""
    png = cairosvg.svg2png(bytestring=svg.encode("utf-8"), output_width=400)
    assert isinstance(png, bytes)
    return decode_png(png)
