using System.Threading.Tasks;
using Xunit;

namespace Testing;

public class Placeholder
{
    [Fact]
    public async Task Runs() => await Task.Yield();
}
