"""Status dashboard for the crawler:  python3 dashboard.py"""
import logging

from scraper import store
from scraper.access import setup_access_log
from scraper.miniweb import Application, Response, run_app

log = logging.getLogger("dashboard")


async def index(request):
    pages = await store.count_pages()
    log.info("index rendered with %d pages", pages)
    return Response(f"{pages} pages crawled")


async def pages(request):
    crawled = store.load_all()
    if not crawled:
        log.warning("no pages.json yet; has the crawler run?")
    return Response(", ".join(sorted(crawled)))


def create_app():
    app = Application()
    app.router.add_get("/", index)
    app.router.add_get("/pages", pages)
    setup_access_log(app)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    run_app(create_app())
