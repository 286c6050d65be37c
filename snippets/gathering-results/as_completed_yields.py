import asyncio


async def download(name: str, gate: asyncio.Event) -> str:
    await gate.wait()  # stands in for the download
    if name == "a":
        raise ValueError(f"{name}: checksum mismatch")
    return f"{name}: {ord(name) * 10} bytes"


async def main() -> None:
    # The gates fix the completion order: c, then a, then b.
    gates = {name: asyncio.Event() for name in "abc"}
    downloads = [asyncio.create_task(download(name, gates[name])) for name in "abc"]
    finish_order = ["c", "a", "b"]

    gates[finish_order.pop(0)].set()
    for next_done in asyncio.as_completed(downloads):
        # Before Python 3.13, as_completed yields new awaitables, not the tasks.
        print(f"yielded one of the input tasks: {next_done in downloads}")
        try:
            print(f"  done: {await next_done}")
        except ValueError as e:
            print(f"  failed: {e}")
        if finish_order:
            gates[finish_order.pop(0)].set()


asyncio.run(main())
