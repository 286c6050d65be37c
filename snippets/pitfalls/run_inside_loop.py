import asyncio


async def load_theme():
    return "dark"


def load_theme_blocking():  # sync-over-async: runs the coroutine to completion here
    coroutine = load_theme()
    try:
        return asyncio.run(coroutine)
    finally:
        coroutine.close()  # if asyncio.run refused it, Python would warn it never ran


async def on_refresh_clicked():  # async code that calls the blocking helper
    try:
        load_theme_blocking()
    except RuntimeError as error:
        print(f"in async code: RuntimeError: {error}")


print(f"in synchronous code: {load_theme_blocking()}")
asyncio.run(on_refresh_clicked())
