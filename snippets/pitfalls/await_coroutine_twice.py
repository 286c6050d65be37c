import asyncio


async def load_theme():
    await asyncio.sleep(0)
    return "dark"


async def main():
    coroutine = load_theme()
    print(f"coroutine, first await: {await coroutine}")
    try:
        await coroutine
    except RuntimeError as error:
        print(f"coroutine, second await: RuntimeError: {error}")

    task = asyncio.create_task(load_theme())
    print(f"task, first await: {await task}; second await: {await task}")


asyncio.run(main())
