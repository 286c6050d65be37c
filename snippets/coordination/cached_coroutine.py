import asyncio
import functools

loads = 0


@functools.cache
async def load_settings() -> dict:
    global loads
    loads += 1
    await asyncio.sleep(0.01)  # stands in for reading the settings
    return {"timeout": 30}


async def main() -> None:
    # functools.cache caches what the call returns: a coroutine object, not its result.
    first = load_settings()
    print(f"the second call returns the same coroutine: {load_settings() is first}")
    print(f"first await: {await first}, loads: {loads}")
    try:
        await load_settings()
    except RuntimeError as error:
        print(f"second await: RuntimeError: {error}")


asyncio.run(main())
