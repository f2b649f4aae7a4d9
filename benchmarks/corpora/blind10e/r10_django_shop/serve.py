#!/usr/bin/env python3
"""Production start-up (what the Dockerfile runs)."""
import os

import uvicorn

if __name__ == "__main__":
    uvicorn.run("project.asgi:application", host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), workers=1)
