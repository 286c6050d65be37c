import asyncio


async def query(server: str, latency: float) -> str:
    await asyncio.sleep(latency)  # stands in for the network round trip
    return f"42 (from {server})"


async def main() -> None:
    primary = asyncio.create_task(query("primary", 3600))  # hung server
    replica = asyncio.create_task(query("replica", 0.01))

    done, pending = await asyncio.wait(
        {primary, replica}, return_when=asyncio.FIRST_COMPLETED
    )
    print(f"first answer: {done.pop().result()}; still pending: {len(pending)}")

    await asyncio.sleep(0.05)
    print(f"50 ms later the primary query is still running: {not primary.done()}")

    primary.cancel()  # wait() never cancels anything: do it yourself
    await asyncio.gather(primary, return_exceptions=True)
    print(f"after cancelling it: primary cancelled: {primary.cancelled()}")


asyncio.run(main())
