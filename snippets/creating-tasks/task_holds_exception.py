import asyncio


async def parse_quantity(text: str) -> int:
    quantity = int(text)  # raises before the first await
    await asyncio.sleep(0.01)
    return quantity


async def main() -> None:
    parsing = asyncio.create_task(parse_quantity("twelve"))
    await asyncio.sleep(0)  # let the task run
    print(f"create_task returned normally; the task is done: {parsing.done()}")

    try:
        await parsing
    except ValueError as e:
        print(f"await raised ValueError: {e}")


asyncio.run(main())
