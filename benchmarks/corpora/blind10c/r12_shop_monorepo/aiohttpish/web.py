import asyncio
import json


class Request:
    def __init__(self, path, match_info):
        self.path, self.match_info = path, match_info


class Response:
    def __init__(self, status, text):
        self.status, self.text = status, text


def json_response(data, status=200):
    return Response(status, json.dumps(data))


class Application:
    def __init__(self):
        self.routes = {}

    def add_get(self, prefix, handler):
        self.routes[prefix] = handler


SCRIPT = ("/", "/product/mug-01", "/product/none")


async def _serve(app):
    for path in SCRIPT:
        prefix = "/" + path.split("/")[1] if path.count("/") > 1 else path
        handler = app.routes[prefix]
        response = await handler(Request(path, {"sku": path.rsplit("/", 1)[-1]}))
        print(path, response.status)


def run_app(app, host="0.0.0.0", port=8080):
    asyncio.run(_serve(app))
