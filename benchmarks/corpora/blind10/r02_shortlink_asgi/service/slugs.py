"""Slug generation helpers."""
import hashlib
import logging
import sys

log = logging.getLogger("service.slugs")

ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789"


def make_slug(url, length=7):
    digest = int(hashlib.sha256(url.encode()).hexdigest(), 16)
    chars = []
    for _ in range(length):
        digest, index = divmod(digest, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


async def unique_slug(url, exists):
    slug = make_slug(url)
    salt = 0
    while await exists(slug):
        salt += 1
        log.info("slug %s taken, salting (%d)", slug, salt)
        slug = make_slug(f"{url}#{salt}")
    return slug


if __name__ == "__main__":
    logging.basicConfig(filename="slugs-demo.log", level=logging.DEBUG)
    for arg in sys.argv[1:] or ["https://example.org/a/very/long/path"]:
        print(arg, "->", make_slug(arg))
