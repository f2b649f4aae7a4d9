"""Local stand-in for the parts of aiohttp that labmon uses."""
