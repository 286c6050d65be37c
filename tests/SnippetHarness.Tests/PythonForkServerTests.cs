namespace SnippetHarness.Tests;

/// <summary>
/// A run forked from the ready interpreter prints, writes to standard error and exits as an interpreter of its own
/// does with the same program, for programs that probe where the two could part: how the program ends, what is
/// left to the interpreter's own shutdown, what the program sees of itself.
/// </summary>
/// <remarks>
/// Known differences, which no example may depend on (the file-based check runs every example in an interpreter of
/// its own too): the stack is two frames deeper; every run of one test process shares a string hash seed; a run leads
/// its own process group, so <c>os.setsid()</c> fails; output a grandchild writes after the run ended is lost.
/// </remarks>
public sealed class PythonForkServerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fork-server-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("raises", "import asyncio\nasync def main():\n    raise ValueError('boom')\nprint('before')\nasyncio.run(main())\n")]
    [InlineData("raises_while_handling", "import sys\nprint(sys.exc_info())\ntry:\n    raise KeyError('a')\nexcept KeyError:\n    raise ValueError('b')\n")]
    [InlineData("syntax_error", "print('x'\n")]
    [InlineData("exits_with_a_message", "import sys\nprint('out')\nsys.exit('bye')\n")]
    [InlineData("exits_with_a_code", "raise SystemExit(4)\n")]
    [InlineData("ends_at_once", "import os\nprint('lost in the buffer')\nos._exit(3)\n")]
    [InlineData("killed_by_a_signal", "import os, signal\nos.kill(os.getpid(), signal.SIGTERM)\n")]
    [InlineData("threads_and_atexit", "import atexit, threading, time\natexit.register(lambda: print('atexit'))\n"
        + "threading.Thread(target=lambda: (time.sleep(0.05), print('thread'))).start()\nprint('main')\n")]
    [InlineData("task_destroyed_at_shutdown", "import asyncio\nasync def forever():\n    await asyncio.sleep(100)\n"
        + "async def main():\n    global task\n    task = asyncio.get_running_loop().create_task(forever())\n    await asyncio.sleep(0)\n"
        + "asyncio.new_event_loop().run_until_complete(main())\nprint('end')\n")]
    [InlineData("what_it_sees_of_itself", "import os, sys\nprint(__name__, __file__, sys.argv, os.getcwd() == os.path.dirname(__file__))\n"
        + "print(sys.path)\nprint(sorted(globals()))\nprint(sys.stdin.read() == '', sys.flags.isolated, sys.flags.dont_write_bytecode, sys.flags.utf8_mode)\n")]
    public async Task A_forked_run_ends_as_an_interpreter_of_its_own_does(string name, string program)
    {
        Assert.Null(await PythonRunner.ProblemAsync());
        var path = Path.Combine(_folder, name + ".py");
        await File.WriteAllTextAsync(path, program, TestContext.Current.CancellationToken);
        var example = new Example(name + ".py", path, name + ".py", "", ExampleLanguage.Python);
        var limit = TimeSpan.FromSeconds(10);

        var alone = await PythonRunner.RunAloneAsync(example, limit);
        var forked = await PythonRunner.RunAsync(example, limit);

        Assert.Equal(alone.StandardOutput, forked.StandardOutput);
        Assert.Equal(alone.StandardError, forked.StandardError);
        Assert.Equal((alone.ExitCode, alone.TimedOut), (forked.ExitCode, forked.TimedOut));
    }
}
