import uvicorn

if __name__ == "__main__":
    uvicorn.run("notes.app:app", host="0.0.0.0", port=8000, workers=2, proxy_headers=True)
