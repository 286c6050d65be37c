import asyncio
import threading

steps: list[str] = []
threads: set[int] = set()


async def worker(name: str) -> None:
    for step in range(2):
        steps.append(f"{name}{step}")
        threads.add(threading.get_ident())
        await asyncio.sleep(0)  # hands the loop to the other task


async def main() -> None:
    await asyncio.gather(worker("a"), worker("b"))
    print(f"steps, in the order the loop ran them: {' '.join(steps)}")
    print(f"every step ran on the loop's thread: {threads == {threading.get_ident()}}")


asyncio.run(main())
