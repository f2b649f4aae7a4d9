import uvicorn
from fastapi import FastAPI

from api.log import setup_logging
from api.routes import router

app = FastAPI(title="subscription-bot admin")
app.include_router(router)


if __name__ == "__main__":
    setup_logging()
    uvicorn.run(app, host="0.0.0.0", port=8081, log_config=None)
