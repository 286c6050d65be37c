import asyncio


async def load_data() -> int:
    await asyncio.sleep(0.01)
    return 42


async def handle_request() -> int:
    coroutine = load_data()
    try:
        # Blocking on async code from inside a coroutine: asyncio refuses.
        return asyncio.run(coroutine)
    except RuntimeError as e:
        coroutine.close()
        print(f"RuntimeError: {e}")
    return await load_data()


print(f"handled with await instead: {asyncio.run(handle_request())}")
