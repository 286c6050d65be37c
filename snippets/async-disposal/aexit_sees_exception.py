import asyncio


class Connection:
    def __init__(self, suppress):
        self.suppress = suppress

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"__aexit__ was told: {exc_type.__name__}: {exc}")
        return self.suppress  # True swallows the exception


async def run(suppress):
    try:
        async with Connection(suppress):
            raise RuntimeError("query failed")
        print(f"suppress={suppress}: the block ended normally")
    except RuntimeError as e:
        print(f"suppress={suppress}: caught RuntimeError: {e}")


async def main():
    await run(suppress=False)
    await run(suppress=True)


asyncio.run(main())
