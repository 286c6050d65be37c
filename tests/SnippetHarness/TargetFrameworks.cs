using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace SnippetHarness;

/// <summary>The reference assemblies of each .NET version an example may claim as its minimum.</summary>
public static class TargetFrameworks
{
    /// <summary>The oldest .NET the guide supports without a claim; newer APIs need a <c>// requires:</c> line.</summary>
    public const int Baseline = 8;

    public const int Current = 10;

    public static IEnumerable<MetadataReference> References(int major) => major switch
    {
        8 => Net80.References.All,
        9 => Net90.References.All,
        10 => Net100.References.All,
        _ => throw new ArgumentOutOfRangeException(nameof(major), major, "no reference assemblies for this .NET version"),
    };
}
