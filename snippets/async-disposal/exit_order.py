import asyncio
from contextlib import AsyncExitStack


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"opened {self.name}")
        return self

    async def __aexit__(self, *exc_info):
        print(f"closed {self.name}")


async def main():
    async with AsyncExitStack() as stack:
        for name in ["connection", "transaction", "command"]:
            await stack.enter_async_context(Resource(name))
        print("working")


asyncio.run(main())
