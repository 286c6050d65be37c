import asyncio
import logging
import unittest
import warnings

# IsolatedAsyncioTestCase runs its event loop in debug mode, which logs a warning for
# any step slower than 0.1 s: noise on a busy machine, so only errors are logged.
logging.getLogger("asyncio").setLevel(logging.ERROR)

loops = []


async def export(path):
    await asyncio.sleep(0)
    raise FileNotFoundError(path)


class ExportTests(unittest.IsolatedAsyncioTestCase):
    async def test_subclass_matches(self):
        loops.append(asyncio.get_running_loop())
        with self.assertRaises(OSError):  # FileNotFoundError derives from OSError
            await export("missing.csv")

    async def test_forgotten_await(self):
        loops.append(asyncio.get_running_loop())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # "never awaited"
            with self.assertRaises(OSError):
                export("missing.csv")  # creates a coroutine, raises nothing


suite = unittest.defaultTestLoader.loadTestsFromTestCase(ExportTests)
result = unittest.TestResult()
suite.run(result)
for test, trace in result.failures:
    print(f"failed: {test._testMethodName}: {trace.splitlines()[-1]}")
print(f"ran {result.testsRun}, failures: {len(result.failures)}")
print(f"each test ran on a loop of its own: {loops[0] is not loops[1]}")
