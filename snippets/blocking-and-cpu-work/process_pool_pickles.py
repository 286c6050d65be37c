import asyncio
from concurrent.futures import ProcessPoolExecutor


def checksum(data: bytes) -> int:
    return sum(data) % 65_521


async def main() -> None:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=1) as pool:
        # The function, its arguments and its result travel to the worker pickled.
        print(f"checksum: {await loop.run_in_executor(pool, checksum, b'abc' * 1000)}")
        try:
            await loop.run_in_executor(pool, lambda: checksum(b"abc"))
        except Exception as e:
            print(f"a lambda could not be pickled for the worker: {'pickle' in str(e)}")


if __name__ == "__main__":
    asyncio.run(main())
