import asyncio


class Message:
    def __init__(self, chat_id, text):
        self.chat_id = chat_id
        self.text = text
        self.answers = []

    def get_args(self):
        return self.text.partition(" ")[2]

    async def answer(self, text):
        self.answers.append(text)
        await asyncio.sleep(0)
