using System.Globalization;

namespace Copydesk.Text;

/// <summary>Sizes as the tool's messages and the build's write them: <c>64 MiB</c>, <c>1,500 bytes</c>.</summary>
internal static class ByteSizes
{
    /// <summary>The largest whole unit that divides <paramref name="bytes"/>: GiB, MiB, KiB or bytes.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        _ when bytes % (1024L * 1024 * 1024) == 0 => string.Format(CultureInfo.InvariantCulture, "{0:N0} GiB", bytes / (1024L * 1024 * 1024)),
        _ when bytes % (1024L * 1024) == 0 => string.Format(CultureInfo.InvariantCulture, "{0:N0} MiB", bytes / (1024L * 1024)),
        _ when bytes % 1024 == 0 => string.Format(CultureInfo.InvariantCulture, "{0:N0} KiB", bytes / 1024),
        _ => string.Format(CultureInfo.InvariantCulture, "{0:N0} bytes", bytes),
    };
}
