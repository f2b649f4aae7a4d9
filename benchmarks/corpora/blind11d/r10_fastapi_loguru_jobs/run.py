import uvicorn

from app.core.logging import setup_logging
from app.main import app

if __name__ == "__main__":
    setup_logging()
    uvicorn.run(app, host="0.0.0.0", port=8000, log_config=None)
