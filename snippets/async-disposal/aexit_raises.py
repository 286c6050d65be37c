import asyncio
import traceback


class FlakyConnection:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        raise TimeoutError("close timed out")


async def main():
    try:
        async with FlakyConnection():
            raise RuntimeError("query failed")
    except Exception as e:
        print(f"caught {type(e).__name__}: {e}")
        # The exception it replaced is kept, and the traceback prints both.
        print(f"__context__: {type(e.__context__).__name__}: {e.__context__}")
        text = "".join(traceback.format_exception(e))
        both = "RuntimeError: query failed" in text and "close timed out" in text
        print(f"traceback shows both: {both}")


asyncio.run(main())
