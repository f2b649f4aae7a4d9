"""Admin API for accountants, on an internal port: python -m admin"""

import uvicorn
from fastapi import FastAPI

from admin.routes import router

app = FastAPI(title="ledger admin", docs_url=None)
app.include_router(router)

if __name__ == "__main__":
    uvicorn.run(app, host="10.0.0.5", port=9001)
