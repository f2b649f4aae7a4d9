import json


class HttpRequest:
    def __init__(self, method, path, body=b""):
        self.method = method
        self.path = path
        self.body = body


class JsonResponse:
    def __init__(self, data, status=200):
        self.content = json.dumps(data)
        self.status_code = status
