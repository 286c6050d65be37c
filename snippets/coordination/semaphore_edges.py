import asyncio


async def main():
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()

    # A timed wait reports failure by raising.
    try:
        await asyncio.wait_for(bounded.acquire(), timeout=0.02)
    except TimeoutError:
        print("second acquire with a timeout: TimeoutError")

    bounded.release()
    try:
        bounded.release()  # one release too many
    except ValueError:
        print("bounded: extra release raised ValueError")

    unbounded = asyncio.Semaphore(1)
    await unbounded.acquire()
    unbounded.release()
    unbounded.release()
    await unbounded.acquire()
    print(f"unbounded: a second holder still gets in: {not unbounded.locked()}")


asyncio.run(main())
