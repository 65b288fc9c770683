"""An invitation's URL and its QR codes: in the createInvitation payload, and over HTTP for
whoever holds the token."""

import base64

from models.enums import CooperationModel
from tests.api.conftest import SETTINGS, Actors, Api
from tests.builders import Builders
from tests.support.qr import decode_png, decode_svg

CREATE = """
mutation {
  createInvitation(input: {kind: LINK}) {
    token url qrCodeSvg qrCodePngDataUrl errors { code }
  }
}
"""


async def test_create_invitation_returns_qr_codes_of_its_url(api: Api, actors: Actors) -> None:
    _, key = await actors.partner(CooperationModel.RESELLER)
    payload = (await api.data(CREATE, token=key))["createInvitation"]
    url = payload["url"]
    assert url == f"{SETTINGS.PUBLIC_BASE_URL}/invite/{payload['token']}"
    assert decode_svg(payload["qrCodeSvg"]) == [url]
    prefix = "data:image/png;base64,"
    assert payload["qrCodePngDataUrl"].startswith(prefix)
    png = base64.b64decode(payload["qrCodePngDataUrl"].removeprefix(prefix))
    assert decode_png(png) == [url]


async def test_refused_invitation_has_no_qr_code(api: Api, actors: Actors) -> None:
    _, key = await actors.partner(CooperationModel.RESELLER)
    online = CREATE.replace("kind: LINK", "kind: ONLINE")
    payload = (await api.data(online, token=key))["createInvitation"]
    assert payload["errors"]
    assert payload["token"] is None and payload["url"] is None
    assert payload["qrCodeSvg"] is None and payload["qrCodePngDataUrl"] is None


async def test_qr_endpoints_serve_the_url_of_a_known_token(api: Api, build: Builders) -> None:
    invited = await build.invitation(await build.partner())
    url = f"{SETTINGS.PUBLIC_BASE_URL}/invite/{invited.token}"

    png = await api.client.get(f"/invite/{invited.token}/qr.png")
    assert png.status_code == 200
    assert png.headers["content-type"] == "image/png"
    assert png.headers["cache-control"] == "no-store"
    assert png.headers["referrer-policy"] == "no-referrer"
    assert decode_png(png.content) == [url]

    svg = await api.client.get(f"/invite/{invited.token}/qr.svg")
    assert svg.status_code == 200
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.headers["cache-control"] == "no-store"
    assert decode_svg(svg.text) == [url]


async def test_qr_endpoints_answer_404_for_an_unknown_token(api: Api) -> None:
    for kind in ("png", "svg"):
        response = await api.client.get(f"/invite/no-such-token/qr.{kind}")
        assert response.status_code == 404
        assert response.headers["cache-control"] == "no-store"


async def test_landing_page_is_served_for_any_token_without_caching(api: Api) -> None:
    response = await api.client.get("/invite/whatever-token")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert '<html lang="en">' in response.text


async def test_countries_list_iso_3166_codes(api: Api) -> None:
    response = await api.client.get("/landing/countries.json")
    assert response.status_code == 200
    countries = response.json()
    codes = {country["code"] for country in countries}
    assert {"DE", "US", "CN", "BR"} <= codes and len(codes) >= 249
    names = [country["name"] for country in countries]
    assert names == sorted(names)
