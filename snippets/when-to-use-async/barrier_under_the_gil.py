import asyncio
import threading


def count_primes(start: int, stop: int) -> int:
    return sum(
        1
        for n in range(max(start, 2), stop)
        if all(n % d for d in range(2, int(n**0.5) + 1))
    )


def count_and_meet(start: int, stop: int, halfway: threading.Barrier):
    middle = start + (stop - start) // 2
    primes = count_primes(start, middle)
    try:
        halfway.wait(timeout=5)  # the timeout only turns a failure into False
        met = True
    except threading.BrokenBarrierError:
        met = False
    return primes + count_primes(middle, stop), met


async def main() -> None:
    # The C# example's test, on two threads of the default executor (and less work).
    halfway = threading.Barrier(2)
    outcomes = await asyncio.gather(
        asyncio.to_thread(count_and_meet, 0, 10_000, halfway),
        asyncio.to_thread(count_and_meet, 10_000, 20_000, halfway),
    )
    for _, met in outcomes:
        print(f"met the other halfway: {met}")
    print(f"primes below 20,000: {sum(primes for primes, _ in outcomes)}")


asyncio.run(main())
