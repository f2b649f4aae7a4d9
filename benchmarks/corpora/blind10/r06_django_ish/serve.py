"""Development server:  python3 serve.py   (production runs uvicorn mysite.asgi:application)"""
import asyncio
import logging

from mysite.asgi import application

log = logging.getLogger("mysite.devserver")


async def request(app, path):
    sent = []

    async def receive():
        return {"type": "http.request", "body": b""}

    async def send(message):
        sent.append(message)

    await app({"type": "http", "method": "GET", "path": path}, receive, send)
    return sent[0]["status"]


async def main():
    log.info("development server at http://127.0.0.1:8000/")
    for path in ("/articles/", "/articles/2", "/articles/9", "/admin/"):
        status = await request(application, path)
        print(path, status)


if __name__ == "__main__":
    asyncio.run(main())
