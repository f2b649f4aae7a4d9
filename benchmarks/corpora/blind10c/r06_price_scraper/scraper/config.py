from dataclasses import dataclass


@dataclass(frozen=True)
class Site:
    slug: str
    base_url: str
    paths: tuple


SITES = (
    Site("acme", "https://acme.example", ("/deals", "/new")),
    Site("bolt", "https://bolt.example", ("/catalog", "/broken")),
)
LOG_FILE = "scraper.log"
ERROR_FILE = "scraper-errors.log"
