"""Local stand-in for the parts of aiohttp this service uses (see aiohttp/web.py)."""
